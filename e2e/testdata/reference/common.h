/*
 * common.h: what the hand-written reference migrations share: the
 * interface of DESIGN.md, an error buffer, and a map from old to new
 * addresses (so shared objects stay shared). These files stand in for
 * xfgen's output to test the harness and the cases' checks on their
 * own; they are not what xfgen generates.
 */
#define _GNU_SOURCE
#include <dlfcn.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

typedef void *(*xf_lookup_fn)(void *ctx, const char *key);
struct xf_env {
	xf_lookup_fn old_lookup;
	void *old_ctx;
	xf_lookup_fn new_lookup;
	void *new_ctx;
};

int xf_migrate(const struct xf_env *env);
const char *xf_error(void);
void *xf_dl_lookup(void *dl_handle, const char *key);

static char ref_err[256];

const char *xf_error(void) { return ref_err; }

void *xf_dl_lookup(void *dl_handle, const char *key) { return dlsym(dl_handle, key); }

/* An open-addressing map from old to new addresses. */
static struct ref_slot {
	const void *old;
	void *new;
} *ref_map;
static size_t ref_cap, ref_len;

static size_t ref_hash(const void *p)
{
	uint64_t x = (uint64_t)(uintptr_t)p;
	x ^= x >> 33;
	x *= 0xff51afd7ed558ccdULL;
	x ^= x >> 33;
	return (size_t)x;
}

__attribute__((unused)) static int ref_put(const void *old, void *new)
{
	size_t i;
	if (2 * (ref_len + 1) > ref_cap) {
		struct ref_slot *m = ref_map;
		size_t cap = ref_cap, j;
		ref_cap = cap ? 2 * cap : 1024;
		ref_map = calloc(ref_cap, sizeof *ref_map);
		if (ref_map == NULL)
			return -1;
		ref_len = 0;
		for (j = 0; j < cap; j++)
			if (m[j].old)
				ref_put(m[j].old, m[j].new);
		free(m);
	}
	for (i = ref_hash(old) & (ref_cap - 1); ref_map[i].old; i = (i + 1) & (ref_cap - 1))
		;
	ref_map[i].old = old;
	ref_map[i].new = new;
	ref_len++;
	return 0;
}

__attribute__((unused)) static void *ref_get(const void *old)
{
	size_t i;
	if (ref_cap == 0)
		return NULL;
	for (i = ref_hash(old) & (ref_cap - 1); ref_map[i].old; i = (i + 1) & (ref_cap - 1))
		if (ref_map[i].old == old)
			return ref_map[i].new;
	return NULL;
}

static void *ref_lookup(const struct xf_env *env, int old, const char *key)
{
	void *p = old ? env->old_lookup(env->old_ctx, key) : env->new_lookup(env->new_ctx, key);
	if (p == NULL)
		snprintf(ref_err, sizeof ref_err, "%s version has no symbol %s", old ? "the old" : "the new", key);
	return p;
}

/* ref_failed says whether a function pointer could not be remapped. */
static int ref_failed;

/* ref_remap returns the new version's function named like the old
 * function fn (NULL stays NULL); when there is none it says why in
 * ref_err, sets ref_failed and returns NULL. */
__attribute__((unused)) static void *ref_remap(const struct xf_env *env, void *fn, const char *where)
{
	Dl_info info;
	void *p;
	if (fn == NULL)
		return NULL;
	if (dladdr(fn, &info) == 0 || info.dli_sname == NULL) {
		snprintf(ref_err, sizeof ref_err, "%s: %p is no known function", where, fn);
		ref_failed = 1;
		return NULL;
	}
	p = env->new_lookup(env->new_ctx, info.dli_sname);
	if (p == NULL) {
		snprintf(ref_err, sizeof ref_err, "%s: the new version has no function %s", where, info.dli_sname);
		ref_failed = 1;
	}
	return p;
}
