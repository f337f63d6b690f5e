/* edges.h: the graph's shape, which both versions compute alike: node
 * i's first edge goes to node i+1 (a ring, so that every node is
 * reachable from the root), the other two to scattered nodes. */
static inline long target(long i, int k, long n)
{
	return k == 0 ? (i + 1) % n : (long)(scatter((unsigned long)(i * 3 + k)) % (unsigned long)n);
}

static inline long label_of(long i) { return (long)(scatter((unsigned long)i) >> 1); }
