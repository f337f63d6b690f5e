/* state.h: the state both versions compute alike. */
#define NSESSIONS 100

static inline void record_data(char *d, long i)
{
	int k;
	for (k = 0; k < 80; k++)
		d[k] = (char)(scatter((unsigned long)i) >> (k % 8 * 8));
}
