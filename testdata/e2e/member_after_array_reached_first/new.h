/* An object that starts where an array member just before it ends,
 * reached alone before its holder. rows[1].head begins one past the end
 * of rows[0].tail, an array of the same type. ref.to is migrated first
 * (a value global) and copies rows[1].head alone; table's copy then
 * maps rows[1].head inside it, and the lone copy goes stale. When the
 * lone copy came off the work list, the array rows[0].tail, one past
 * whose end it lies, took it over: in the new layout (pair grows an
 * int after tail) that is 8 bytes before rows[1].head, and every
 * pointer to rows[1].head ended there. */
#ifndef NEW_H
#define NEW_H
struct item { struct item *peer; long v; };
struct pair { struct item head; struct item tail[1]; int extra; };
struct table { int n; struct pair rows[2]; };
struct ref { struct item *to; };
extern struct ref first;
extern struct table *table;
#endif
