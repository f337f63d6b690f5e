/* Elements of an array member copied alone before the object holding
 * them is reached. head.next = &pool->slots[1]: head is migrated before
 * the pointer pool, and a list's next is filled at once, so slots[1] is
 * copied alone before pool's array is known. cursor = &box->items[1],
 * whose box is reached only through items[1].home: the lone element is
 * filled first and reaches its holder. In both, the array's copy of the
 * element is the one the pointer must end in. */
#ifndef NEW_H
#define NEW_H
struct node { struct node *next; long v; };
struct pool { int n; struct node slots[2]; };
struct box;
struct elem { long v; struct box *home; };
struct box { int id; struct elem items[2]; };
extern struct node head;
extern struct pool *pool;
extern struct elem *cursor;
#endif
