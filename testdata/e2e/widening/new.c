#include <math.h>
#include "new.h"
#include "../check.h"

long total = 1;
unsigned int small_port = 1;
double load_avg = 1.0;
int global_level = -1;
int tiny = 1;
struct sample samples[3];
struct sample *psample;
double specials[3] = { 1.0, 1.0, 1.0 };

static void check_sample(const char *where_, const struct sample *s, long count, unsigned port,
			 float ratio, int lvl, short delta, unsigned char flags)
{
	char where[64];
	snprintf(where, sizeof where, "%s", where_);
	check_int(F("%s.count (int -> long)", where), s->count, count);
	check_uint(F("%s.port (unsigned short -> unsigned int)", where), s->port, port);
	/* float -> double by value: exactly the float's value. */
	check_dbl(F("%s.ratio (float -> double)", where), s->ratio, (double)ratio);
	check_int(F("%s.lvl (enum -> int)", where), s->lvl, lvl);
	check_int(F("%s.delta (short -> long long)", where), s->delta, delta);
	check_uint(F("%s.flags (unsigned char -> unsigned long)", where), s->flags, flags);
}

int test_check(void)
{
	int i;
	check_int("total (int -> long)", total, -2000000000L);
	check_uint("small_port (unsigned short -> unsigned int)", small_port, 65535);
	check_dbl("load_avg (float -> double)", load_avg, (double)0.1f);
	check_int("global_level (enum level -> int; LVL_HIGH)", global_level, 2);
	check_int("tiny (signed char -> int)", tiny, -128);
	for (i = 0; i < 3; i++)
		check_sample(F("samples[%d]", i), &samples[i], i == 1 ? -123456789L : 2147483647L - i,
			     65535u - (unsigned)i * 1000u, 1.0f / 3.0f * (float)(i + 1), i,
			     (short)(i == 2 ? -32768 : 32767 - i), (unsigned char)(0xff - i));
	if (!isnan(specials[0]))
		check_fail("specials[0] (float NaN -> double)", "got %g, want NaN", specials[0]);
	if (!(isinf(specials[1]) && specials[1] < 0))
		check_fail("specials[1] (float -infinity -> double)", "got %g, want -inf", specials[1]);
	if (!(specials[2] == 0.0 && signbit(specials[2])))
		check_fail("specials[2] (float -0.0 -> double)", "got %g, want -0", specials[2]);
	if (check_nonnull("psample", psample))
		check_sample("*psample", psample, -1, 40000, -2.5e-8f, 1, -1, 0x80);
	return check_done();
}
