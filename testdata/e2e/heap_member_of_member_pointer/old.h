/* A pointer into a member of a member of a migrated heap object: item
 * changes (y widens), buf does not; p = &it->b[1].prev must follow the
 * item to its new copy, like bp = &it->b[1] does. */
#ifndef OLD_H
#define OLD_H
struct buf { long prev; long q; };
struct item { struct buf b[3]; int y; };
extern struct item *it;
extern long *p;
extern struct buf *bp;
extern long *end;
#endif
