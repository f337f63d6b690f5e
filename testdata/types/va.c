/* va_start, va_arg and va_copy with the loader's va_list. */
#include <stdarg.h>
#include <stdio.h>
static va_list saved;
int sum(int n, ...)
{
	va_list ap, ap2;
	int s = 0;
	va_start(ap, n);
	va_copy(ap2, ap);
	for (int i = 0; i < n; i++)
		s += va_arg(ap, int);
	va_end(ap);
	va_end(ap2);
	vprintf("x", saved);
	return s;
}

struct logger {
	int level;
	va_list pending;
	char tag[5];
};
