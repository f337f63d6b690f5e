// Package e2e proves that the migrations xfgen generates work, by running
// them: for every case it generates xform.c from the case's two headers
// and spec, compiles it warning-free, loads the old version of a little
// program, builds its state, loads the new version, runs xf_migrate and
// lets the new version check the migrated state field by field.
//
// # Cases
//
// A case is a folder of testdata/e2e/ (and testdata/kvserver/, the
// example, is run as the case "kvserver"). It holds:
//
//	old.h, new.h  the headers given to xfgen: types and extern declarations
//	              of the globals; they may #include "xfgen/annotations.h"
//	              (the harness passes -I <repo>/include to xfgen and gcc)
//	old.c         includes old.h, defines the old globals and
//	              void test_setup(void), which builds the old state
//	new.c         includes new.h, defines the new globals with the new
//	              program's own initial values, and int test_check(void),
//	              which checks the migrated state, prints every mismatch
//	              to stderr as "field: got X, want Y" and returns the
//	              number of failures; old.c may also define
//	              int test_old_intact(void), run after xf_migrate
//	              (succeeded or failed), which checks that the old state
//	              is as test_setup left it, since after a failed update
//	              the old version keeps running on it
//	old/*.c, new/*.c
//	              optional: more of the program, compiled into the
//	              version's shared object as translation units of their
//	              own (statics live there, under their file's name)
//	spec.xf       optional: without it, inference alone
//	expect        optional: what must happen instead of success, below
//
// testdata/e2e/check.h holds what the checks share: check_int,
// check_uint, check_dbl (exact), check_ptr, check_str, check_nonnull,
// check_distinct, and check_done, which returns the count.
//
// # The expect file
//
// One "key: value" per line; blank lines and lines starting with '#' are
// ignored; a key may repeat, and every line must hold.
//
//	exit: N            xfgen must exit with status N (default 0, or 1 when
//	                   a check-fails line is present)
//	check-fails: TEXT  xfgen must reject the inputs (exit 1, no output
//	                   file) and its diagnostics must contain TEXT
//	warns: TEXT        xfgen must succeed and its diagnostics must contain
//	                   TEXT (e.g. a removed field's name)
//	migrate-fails: TEXT
//	                   xf_migrate must return non-zero without crashing and
//	                   xf_error() must contain TEXT
//	cc-fails: TEXT     xfgen must succeed, and compiling xform.c must fail
//	                   with TEXT in gcc's errors (user code with a C error:
//	                   the error must point into spec.xf)
//	memory-limit: N    the driver caps its address space at its size after
//	                   loading both versions plus N MiB, just before
//	                   xf_migrate (plain mode only: the sanitizers reserve
//	                   terabytes of address space)
//	xfgen-old: FILE    the old version's files given to xfgen instead of
//	xfgen-new: FILE    old.h and new.h (relative to the case; repeatable),
//	                   e.g. xfgen-old: old/server.c for a case with statics
//	xform-I: DIR       an include directory (relative to the case;
//	                   repeatable) that compiling xform.c needs, for a
//	                   header the spec's preamble includes
//	compdb-old: FILE   the old version's compile_commands.json (relative
//	compdb-new: FILE   to the case), given to xfgen with --old-compdb and
//	                   --new-compdb instead of old.h and new.h; the
//	                   version's shared object is built from the files it
//	                   lists, each with its own command's flags, with
//	                   old.c (new.c)
//	retry: yes         with memory-limit and migrate-fails: after the failed
//	                   xf_migrate the driver lifts the limit and calls it
//	                   again; that call must succeed and the checks pass
//
// # Modes
//
// Each case that xfgen accepts is built and run twice: "plain"
// (-O2) and "asan" (-fsanitize=address,undefined
// -fno-sanitize-recover=all, driver included, and -DXF_CHECK_OWNED: the
// migration checks that what E_OWNED says is true of the state). Leak detection is off
// (ASAN_OPTIONS=detect_leaks=0): after an update the old version's
// objects are still allocated by design (unchanged objects are kept in
// place and the old version stays loaded), so every run would "leak".
// The driver runs under an 8 MiB stack (ulimit -s 8192), so a
// migration that recurses along a long list fails.
//
// Every mode also compiles xform.c with DESIGN.md's exact command
// (gcc -std=c11 -Wall -Wextra -Werror -c, no include path but the
// case's xform-I: the file needs no header of the program).
//
// # The tests
//
//	TestE2E                 every case in every mode, with xfgen's output
//	TestChecksCanFail       each case's checks on the new version's own
//	                        initial state, without xf_migrate: they must
//	                        fail (and test_old_intact pass); no generator
//	                        needed
//	TestReferenceMigrations cases run with hand-written migrations
//	                        (testdata/reference/CASE.c) instead of xfgen's:
//	                        proves the driver and those checks right on
//	                        a correct migration, whatever the generator does
//	TestCustomLookup        the cases with function pointers, through a
//	                        look-up of the driver's own instead of
//	                        xf_dl_lookup
//	TestStubsMigrate        each case whose spec only renames and
//	                        initializes, with a spec written anew by
//	                        xfgen stubs and the case's own code in place
//	                        of each TODO body: it must migrate and pass
//	                        the checks
//	TestStubRenameCounts    how many of the cases' renames xfgen stubs
//	                        guesses, and how many it guesses wrongly
//	TestEvolve              random evolution cases (package evolve): each
//	                        seed's case is generated, migrated and checked
//	                        in every mode like a case of testdata/e2e/; a
//	                        failing seed is shrunk to a smaller case that
//	                        fails the same way (same mode, same kind of
//	                        failure) and written as an e2e case
//	TestEvolveChecksCanFail each fixed seed's checks fail without
//	                        xf_migrate, and fail when the old program aims
//	                        one pointer elsewhere than they expect
//	BenchmarkListMigrate    xf_migrate on the 10M-node list, in nodes per
//	                        second (and ...Reference, the hand-written one);
//	                        bench/ (go run ./bench) compares five workloads
//	                        with hand-written migrations
//
// # Environment
//
//	XF_E2E_LIST_N       nodes of the list_10m case (default 10000000)
//	XF_E2E_ASAN_LIST_N  the same under asan (default 10000000: about 25 s
//	                    and 1.5 GB there; lower it on small machines)
//	XF_E2E_NO_ASAN=1    skip the asan mode
//	XF_E2E_MEMORY_REPORT=1
//	                    the driver also prints the resident memory before,
//	                    at the peak of and after xf_migrate (bench/ reads it)
//	XF_E2E_CASES=DIRS   more folders of cases (':'-separated), e.g. the
//	                    tester's shrunk failures or
//	                    testdata/e2e_known_failures (failures found and
//	                    not fixed yet, which the default run leaves out)
//	XF_EVOLVE_SEEDS=N   TestEvolve runs N seeds instead of the fixed ones
//	XF_EVOLVE_FIRST=S   ... starting at seed S (default 1)
//	XF_EVOLVE_SHRINK=N  runs a shrink may take (default 400; 0: write
//	                    failing cases as they are)
//	XF_EVOLVE_OUT=DIR   where shrunk failures go (default
//	                    testdata/e2e_evolve_failed, ignored by git)
//
// Run it with
//
//	go test ./e2e/
//	go test ./e2e/ -run 'TestE2E/kvserver' -v
//	go test ./e2e/ -run '^$' -bench ListMigrate -benchtime 3x
//	XF_EVOLVE_SEEDS=5000 XF_EVOLVE_FIRST=1000 go test ./e2e/ -run 'TestEvolve$' -timeout 24h
//	XF_E2E_CASES=testdata/e2e_evolve_failed go test ./e2e/ -run 'TestE2E/evolve_seed_1234'
//
// A failing case says what is wrong: xfgen's exit status and
// diagnostics, gcc's errors, xf_error(), or the checks' own lines
// ("field: got X, want Y"), with the driver's whole output.
package e2e
