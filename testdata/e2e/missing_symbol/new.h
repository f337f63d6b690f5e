/* The header declares stats, but the new program (new.c) does not define
 * it: the shared object links, and xf_migrate must report the key it
 * could not find instead of writing through NULL. */
struct stats {
	long hits;
};
extern struct stats stats;
extern int version;
