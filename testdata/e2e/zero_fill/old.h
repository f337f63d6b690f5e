/* "An object that the migration allocates starts zero-filled before any
 * code runs on it. A new variable's storage starts as the new program
 * initialized it." A type rule that sets only some fields shows which:
 * the rest is zero in allocated objects (the old version first dirties
 * and frees many blocks of that size, so unzeroed memory shows), and
 * the new program's own values in globals. */
#ifndef OLD_H
#define OLD_H

struct rec {
	int a;
};

extern struct rec g;
extern struct rec *heap[64];

#endif
