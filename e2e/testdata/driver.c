/*
 * driver.c: runs one migration the way a dynamic-update runtime would.
 *
 *   driver OLD.so NEW.so            load OLD.so, build its state
 *                                   (test_setup), load NEW.so, run its
 *                                   xf_migrate, then its test_check
 *   driver --no-migrate OLD.so NEW.so
 *                                   the same without xf_migrate: the new
 *                                   version's checks must then fail
 *   driver OLD.so NEW.so BACK.so    after the checks pass, load BACK.so
 *                                   (the old version again, with the
 *                                   migration back and checks of the
 *                                   old state), run its xf_migrate from
 *                                   NEW.so's state, then its test_check:
 *                                   the round trip must give back the
 *                                   state test_setup built
 *
 * Both objects are opened RTLD_NOW|RTLD_LOCAL, so each keeps its own
 * globals and functions under the same names, as two versions of one
 * program do. The interface of the generated code is DESIGN.md's.
 *
 * If OLD.so defines int test_old_intact(void), the driver calls it after
 * xf_migrate, whether that succeeded or not: a migration must leave the
 * old version's state as it found it (after a failed update the old
 * version keeps running on it).
 *
 * With XF_E2E_CUSTOM_LOOKUP=1, the environment's look-ups are the
 * driver's own function over dlsym instead of the ready-made
 * xf_dl_lookup, as a runtime with its own symbol tables would pass:
 * the migration must work through whatever look-up it is given
 * (function pointers included).
 *
 * With XF_E2E_MEMORY_LIMIT_MB=N in the environment, the driver limits
 * its address space (RLIMIT_AS) to what it uses after loading both
 * versions plus N MiB, just before xf_migrate: allocations of the
 * migration then fail, and it must say so rather than crash. With
 * XF_E2E_RETRY=1 as well, the driver then lifts the limit and calls
 * xf_migrate a second time, which must succeed: a failed update can be
 * tried again.
 *
 * With XF_E2E_MEMORY_REPORT=1, the driver also reports the memory the
 * process held (resident set, /proc/self/status) just before
 * xf_migrate, at its peak during the call (VmHWM, reset just before),
 * and after it once malloc_trim gave back what was freed: after - before
 * is what the migrated state keeps, peak - after what the migration
 * used and gave back (its maps, lists and logs).
 *
 * Output (stdout), one line each, parsed by e2e_test.go and bench/:
 *   xf_migrate: rc=<n> seconds=<s>
 *   memory: before_kb=<n> peak_kb=<n> after_kb=<n>   (with XF_E2E_MEMORY_REPORT)
 *   cpu: seconds=<s>      (with XF_E2E_MEMORY_REPORT: the process's CPU
 *                         time in xf_migrate, which other jobs on the
 *                         machine disturb less than the elapsed time)
 *   xf_error: <text>                      (only when rc != 0)
 *   test_old_intact: failures=<n>         (when OLD.so has test_old_intact)
 *   test_check: failures=<n>
 *   xf_migrate_back: rc=<n>               (with BACK.so)
 *   xf_error_back: <text>                 (only when that rc != 0)
 *   test_back: failures=<n>               (with BACK.so)
 * Exit status: 0 all checks passed, 1 some check failed, 2 xf_migrate
 * failed, 3 the driver could not load or find something.
 */
#define _POSIX_C_SOURCE 200809L
#include <dlfcn.h>
#include <malloc.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/resource.h>
#include <time.h>

typedef void *(*xf_lookup_fn)(void *ctx, const char *key);
struct xf_env {
	xf_lookup_fn old_lookup;
	void *old_ctx;
	xf_lookup_fn new_lookup;
	void *new_ctx;
};
typedef int (*xf_migrate_fn)(const struct xf_env *env);
typedef const char *(*xf_error_fn)(void);
typedef void (*setup_fn)(void);
typedef int (*check_fn)(void);

/* custom_lookup is a look-up that is not xf_dl_lookup. */
static void *custom_lookup(void *ctx, const char *key) { return dlsym(ctx, key); }

/* old_intact runs OLD.so's test_old_intact, if it has one. */
static void old_intact(void *old_h)
{
	check_fn f;
	dlerror();
	*(void **)&f = dlsym(old_h, "test_old_intact");
	if (f != NULL) {
		fflush(stdout);
		printf("test_old_intact: failures=%d\n", f());
		fflush(stdout);
	}
}

static void *must_sym(void *h, const char *lib, const char *name)
{
	void *p;
	dlerror();
	p = dlsym(h, name);
	if (p == NULL) {
		const char *e = dlerror();
		fprintf(stderr, "driver: %s: no symbol %s (%s)\n", lib, name, e ? e : "NULL value");
	}
	return p;
}

static struct rlimit saved_as;

/* limit_memory caps the address space at its current size plus mb MiB
 * (the soft limit only, so that it can be lifted again). */
static int limit_memory(long mb)
{
	FILE *f = fopen("/proc/self/status", "r");
	char line[256];
	long kb = -1;
	struct rlimit rl;

	if (f == NULL)
		return -1;
	while (fgets(line, sizeof line, f))
		if (sscanf(line, "VmSize: %ld kB", &kb) == 1)
			break;
	fclose(f);
	if (kb < 0)
		return -1;
	if (getrlimit(RLIMIT_AS, &saved_as) != 0)
		return -1;
	rl = saved_as;
	rl.rlim_cur = (rlim_t)kb * 1024 + (rlim_t)mb * 1024 * 1024;
	return setrlimit(RLIMIT_AS, &rl);
}

/* status_kb reads the field (VmRSS, VmHWM) of /proc/self/status, in
 * KiB; -1 when it cannot. */
static long status_kb(const char *field)
{
	FILE *f = fopen("/proc/self/status", "r");
	char line[256];
	long kb = -1;
	size_t n = strlen(field);
	if (f == NULL)
		return -1;
	while (fgets(line, sizeof line, f))
		if (strncmp(line, field, n) == 0 && line[n] == ':' && sscanf(line + n + 1, "%ld", &kb) == 1)
			break;
	fclose(f);
	return kb;
}

/* reset_peak makes VmHWM the current resident size. */
static int reset_peak(void)
{
	FILE *f = fopen("/proc/self/clear_refs", "w");
	int ok;
	if (f == NULL)
		return -1;
	ok = fputs("5", f) >= 0;
	return fclose(f) == 0 && ok ? 0 : -1;
}

/* unlimit_memory gives back the address space limit_memory took. */
static int unlimit_memory(void) { return setrlimit(RLIMIT_AS, &saved_as); }

/* round_trip migrates the new version's state back into BACK.so, the
 * old version loaded once more, and runs BACK.so's checks of the state
 * the old version had. */
static int round_trip(void *new_h, const char *new_path, const char *back_path)
{
	void *back_h = dlopen(back_path, RTLD_NOW | RTLD_LOCAL);
	xf_migrate_fn xf_migrate;
	xf_error_fn xf_error;
	xf_lookup_fn xf_dl_lookup;
	check_fn check;
	struct xf_env env;
	int rc, failures;

	(void)new_path;
	if (back_h == NULL) {
		fprintf(stderr, "driver: dlopen %s: %s\n", back_path, dlerror());
		return 3;
	}
	*(void **)&xf_migrate = must_sym(back_h, back_path, "xf_migrate");
	*(void **)&xf_error = must_sym(back_h, back_path, "xf_error");
	*(void **)&xf_dl_lookup = must_sym(back_h, back_path, "xf_dl_lookup");
	*(void **)&check = must_sym(back_h, back_path, "test_check");
	if (xf_migrate == NULL || xf_error == NULL || xf_dl_lookup == NULL || check == NULL)
		return 3;
	env.old_lookup = xf_dl_lookup;
	env.old_ctx = new_h;
	env.new_lookup = xf_dl_lookup;
	env.new_ctx = back_h;
	/* XF_E2E_BACK_SKIP=1: no migration back, so the checks of the old
	 * state run on the old version's initial state and must fail */
	rc = getenv("XF_E2E_BACK_SKIP") != NULL ? 0 : xf_migrate(&env);
	printf("xf_migrate_back: rc=%d\n", rc);
	if (rc != 0) {
		const char *e = xf_error();
		printf("xf_error_back: %s\n", e ? e : "(NULL)");
		return 2;
	}
	fflush(stdout);
	failures = check();
	printf("test_back: failures=%d\n", failures);
	fflush(stdout);
	return failures == 0 ? 0 : 1;
}

int main(int argc, char **argv)
{
	int migrate = 1, argi = 1;
	const char *old_path, *new_path, *back_path = NULL;
	void *old_h, *new_h;
	setup_fn setup;
	check_fn check;
	int failures;

	if (argc > 1 && strcmp(argv[1], "--no-migrate") == 0) {
		migrate = 0;
		argi++;
	}
	if (argc - argi != 2 && !(migrate && argc - argi == 3)) {
		fprintf(stderr, "usage: driver [--no-migrate] OLD.so NEW.so | driver OLD.so NEW.so BACK.so\n");
		return 3;
	}
	old_path = argv[argi];
	new_path = argv[argi + 1];
	if (argc - argi == 3)
		back_path = argv[argi + 2];

	old_h = dlopen(old_path, RTLD_NOW | RTLD_LOCAL);
	if (old_h == NULL) {
		fprintf(stderr, "driver: dlopen %s: %s\n", old_path, dlerror());
		return 3;
	}
	*(void **)&setup = must_sym(old_h, old_path, "test_setup");
	if (setup == NULL)
		return 3;
	setup();

	new_h = dlopen(new_path, RTLD_NOW | RTLD_LOCAL);
	if (new_h == NULL) {
		fprintf(stderr, "driver: dlopen %s: %s\n", new_path, dlerror());
		return 3;
	}

	if (migrate) {
		xf_migrate_fn xf_migrate;
		xf_error_fn xf_error;
		xf_lookup_fn xf_dl_lookup;
		struct xf_env env;
		struct timespec t0, t1, c0, c1;
		int rc, attempt, report = getenv("XF_E2E_MEMORY_REPORT") != NULL;
		long before_kb = -1;

		*(void **)&xf_migrate = must_sym(new_h, new_path, "xf_migrate");
		*(void **)&xf_error = must_sym(new_h, new_path, "xf_error");
		*(void **)&xf_dl_lookup = must_sym(new_h, new_path, "xf_dl_lookup");
		if (xf_migrate == NULL || xf_error == NULL || xf_dl_lookup == NULL)
			return 3;
		env.old_lookup = xf_dl_lookup;
		env.old_ctx = old_h;
		env.new_lookup = xf_dl_lookup;
		env.new_ctx = new_h;
		if (getenv("XF_E2E_CUSTOM_LOOKUP") != NULL)
			env.old_lookup = env.new_lookup = custom_lookup;

		if (getenv("XF_E2E_MEMORY_LIMIT_MB") != NULL &&
		    limit_memory(atol(getenv("XF_E2E_MEMORY_LIMIT_MB"))) != 0) {
			fprintf(stderr, "driver: cannot limit the address space\n");
			return 3;
		}
		if (report) {
			if (reset_peak() != 0) {
				fprintf(stderr, "driver: cannot reset the peak resident size (/proc/self/clear_refs)\n");
				return 3;
			}
			before_kb = status_kb("VmRSS");
		}
		for (attempt = 1;; attempt++) {
			clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &c0);
			clock_gettime(CLOCK_MONOTONIC, &t0);
			rc = xf_migrate(&env);
			clock_gettime(CLOCK_MONOTONIC, &t1);
			clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &c1);
			printf("xf_migrate: rc=%d seconds=%.6f\n", rc,
			       (double)(t1.tv_sec - t0.tv_sec) + (double)(t1.tv_nsec - t0.tv_nsec) / 1e9);
			if (rc == 0) {
				if (report) {
					long peak_kb = status_kb("VmHWM");
					malloc_trim(0);
					printf("memory: before_kb=%ld peak_kb=%ld after_kb=%ld\n", before_kb, peak_kb, status_kb("VmRSS"));
					printf("cpu: seconds=%.6f\n", (double)(c1.tv_sec - c0.tv_sec) + (double)(c1.tv_nsec - c0.tv_nsec) / 1e9);
				}
				break;
			}
			{
				const char *e = xf_error();
				printf("xf_error: %s\n", e ? e : "(NULL)");
			}
			old_intact(old_h);
			if (attempt > 1 || getenv("XF_E2E_RETRY") == NULL)
				return 2;
			/* The update failed; the old version ran on. Now
			 * there is memory again: the same update is tried
			 * once more, and must succeed. */
			if (unlimit_memory() != 0) {
				fprintf(stderr, "driver: cannot lift the address space limit\n");
				return 3;
			}
		}
		fflush(stdout);
		old_intact(old_h);
	}

	if (!migrate)
		old_intact(old_h);
	*(void **)&check = must_sym(new_h, new_path, "test_check");
	if (check == NULL)
		return 3;
	failures = check();
	printf("test_check: failures=%d\n", failures);
	fflush(stdout);
	if (failures == 0 && back_path != NULL)
		return round_trip(new_h, new_path, back_path);
	/* Both versions stay loaded: the migrated state may point into the
	 * old one's objects (unchanged types are kept in place). */
	return failures == 0 ? 0 : 1;
}
