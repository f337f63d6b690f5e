/* struct later is only declared here; b.c defines it. */
struct later;
struct later *first;
struct never *dangling; /* never defined anywhere */
