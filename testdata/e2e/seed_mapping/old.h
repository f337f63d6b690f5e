/* Version 1 of the seed's server: one counter per key. */
#ifndef OLD_H
#define OLD_H

extern int c_size;    /* number of counters */
extern int *mapping;  /* c_size counters, most of them zero */

#endif
