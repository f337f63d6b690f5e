/* keys.h: the keys and buckets both versions compute alike. */
#include <stdio.h>

/* key_of writes entry i's key. */
static inline void key_of(char *buf, size_t len, long i) { snprintf(buf, len, "user:%lx", scatter(i)); }

static inline unsigned long fnv(const char *s)
{
	unsigned long h = 1469598103934665603UL;
	for (; *s; s++)
		h = (h ^ (unsigned char)*s) * 1099511628211UL;
	return h;
}

/* nbuckets_for(n): a power of two, about two entries a bucket. */
static inline long nbuckets_for(long n)
{
	long b = 1;
	while (2 * b < n)
		b *= 2;
	return b;
}
