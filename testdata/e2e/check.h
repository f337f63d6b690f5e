/*
 * check.h: what every case's test_check uses to compare the migrated
 * state with what it must be. Each mismatch is printed to stderr as
 * "field: got X, want Y" (the first CHECK_PRINT_LIMIT of them; all are
 * counted), and check_done() returns the number of failures.
 */
#ifndef XF_E2E_CHECK_H
#define XF_E2E_CHECK_H

#include <stdarg.h>
#include <stdio.h>
#include <string.h>

#define CHECK_PRINT_LIMIT 60

static int check_failures;

static inline void check_fail(const char *field, const char *fmt, ...)
{
	va_list ap;
	if (check_failures++ >= CHECK_PRINT_LIMIT)
		return;
	fprintf(stderr, "%s: ", field);
	va_start(ap, fmt);
	vfprintf(stderr, fmt, ap);
	va_end(ap);
	fputc('\n', stderr);
}

/* F formats a field name, e.g. F("records[%d].hits", i); eight buffers
 * rotate so that a few names can be live at once. The functions are
 * "static inline" so that a case may leave some unused. */
static inline const char *F(const char *fmt, ...)
{
	static char bufs[8][160];
	static unsigned next;
	char *b = bufs[next++ % 8];
	va_list ap;
	va_start(ap, fmt);
	vsnprintf(b, sizeof bufs[0], fmt, ap);
	va_end(ap);
	return b;
}

static inline int check_int(const char *field, long long got, long long want)
{
	if (got == want)
		return 1;
	check_fail(field, "got %lld, want %lld", got, want);
	return 0;
}

static inline int check_uint(const char *field, unsigned long long got, unsigned long long want)
{
	if (got == want)
		return 1;
	check_fail(field, "got %llu, want %llu", got, want);
	return 0;
}

/* Exact: every case computes its wanted value the way the migration must. */
static inline int check_dbl(const char *field, double got, double want)
{
	if (got == want)
		return 1;
	check_fail(field, "got %.17g, want %.17g", got, want);
	return 0;
}

static inline int check_ptr(const char *field, const void *got, const void *want)
{
	if (got == want)
		return 1;
	check_fail(field, "got %p, want %p", got, want);
	return 0;
}

static inline int check_nonnull(const char *field, const void *got)
{
	if (got != NULL)
		return 1;
	check_fail(field, "got NULL, want a pointer");
	return 0;
}

static inline int check_distinct(const char *field, const void *a, const void *b)
{
	if (a != b)
		return 1;
	check_fail(field, "got the same object %p for both, want two distinct objects", a);
	return 0;
}

static inline int check_str(const char *field, const char *got, const char *want)
{
	if (got == NULL || want == NULL) {
		if (got == want)
			return 1;
		check_fail(field, "got %s%s%s, want %s%s%s", got ? "\"" : "", got ? got : "NULL", got ? "\"" : "",
			   want ? "\"" : "", want ? want : "NULL", want ? "\"" : "");
		return 0;
	}
	if (strcmp(got, want) == 0)
		return 1;
	check_fail(field, "got \"%s\", want \"%s\"", got, want);
	return 0;
}

static inline int check_done(void)
{
	if (check_failures > CHECK_PRINT_LIMIT)
		fprintf(stderr, "(%d more mismatches not printed)\n", check_failures - CHECK_PRINT_LIMIT);
	return check_failures;
}

#endif
