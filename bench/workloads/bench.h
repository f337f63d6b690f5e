/*
 * bench.h: what the workloads' old and new programs share: the number
 * of objects (XF_BENCH_N, default 1,000,000), a scattering hash that
 * both versions compute the same way, and the checks of the e2e suite.
 */
#ifndef XF_BENCH_H
#define XF_BENCH_H

#include <stdlib.h>
#include "../../testdata/e2e/check.h"

static inline long bench_n(void)
{
	const char *s = getenv("XF_BENCH_N");
	long n = s ? atol(s) : 0;
	return n > 0 ? n : 1000000L;
}

/* scatter(i): a value that looks random and is the same in both versions. */
static inline unsigned long scatter(unsigned long i)
{
	i ^= i >> 31;
	i *= 0x7fb5d329728ea185UL;
	i ^= i >> 27;
	return i;
}

/* CHECK(got, want, field-format, args...): check_int that formats the
 * field's name only when it fails, so that checking a million objects
 * stays cheap. */
#define CHECK(got, want, ...) ((long long)(got) == (long long)(want) ? 1 : check_int(F(__VA_ARGS__), (got), (want)))
#define CHECKP(got, want, ...) ((const void *)(got) == (const void *)(want) ? 1 : check_ptr(F(__VA_ARGS__), (got), (want)))

#endif
