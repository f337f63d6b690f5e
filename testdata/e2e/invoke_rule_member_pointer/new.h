/* A global migrated by a rule that runs the generated transformer holds
 * a pointer into another, changed global (&gj.peer); a grown global
 * array of an unchanged struct has a pointer into a member of one of its
 * elements (&g_root[2].last). Both must reach the new globals. */
#ifndef OLD_H
#define OLD_H
struct job { int peer; long z; };
struct cell { int *p; long n; };
struct slot { int port; long last; };
extern struct job gj;
extern struct cell g_aux;
extern struct slot g_root[4];
extern long *g_state;
#endif
