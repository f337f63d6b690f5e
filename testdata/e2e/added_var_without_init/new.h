/* Version 2 adds connected_count and the spec gives it no INIT rule:
 * xfgen must refuse, name the variable and suggest INIT. */
extern int requests;
extern int connected_count;
