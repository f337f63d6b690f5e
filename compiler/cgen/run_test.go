package cgen

import (
	"github.com/xfgen-dev/xfgen/compiler"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	"github.com/xfgen-dev/xfgen/diag"
	"github.com/xfgen-dev/xfgen/grammar"
	"github.com/xfgen-dev/xfgen/typesdiff"
)

// driverC loads both versions the way an update runtime does, runs the
// old version's setup, the generated migration and the new version's
// checks, and prints what happened.
const driverC = `#define _GNU_SOURCE
#include <dlfcn.h>
#include <stdio.h>
#include <string.h>
typedef void *(*lookup_fn)(void *ctx, const char *key);
struct env { lookup_fn old_lookup; void *old_ctx; lookup_fn new_lookup; void *new_ctx; };
int main(int argc, char **argv)
{
	char name[128];
	void *o, *n;
	void (*setup)(void);
	int (*check)(void), (*migrate)(const struct env *), rc;
	const char *(*err)(void);
	lookup_fn lk;
	struct env env;
	if (argc != 4) return 3;
	o = dlopen(argv[1], RTLD_NOW | RTLD_LOCAL);
	n = dlopen(argv[2], RTLD_NOW | RTLD_LOCAL);
	if (!o || !n) { printf("dlopen: %s\n", dlerror()); return 3; }
	*(void **)&setup = dlsym(o, "test_setup");
	*(void **)&check = dlsym(n, "test_check");
	snprintf(name, sizeof name, "%smigrate", argv[3]);
	*(void **)&migrate = dlsym(n, name);
	snprintf(name, sizeof name, "%serror", argv[3]);
	*(void **)&err = dlsym(n, name);
	snprintf(name, sizeof name, "%sdl_lookup", argv[3]);
	*(void **)&lk = dlsym(n, name);
	if (!setup || !check || !migrate || !err || !lk) { printf("missing symbols\n"); return 3; }
	setup();
	env.old_lookup = lk; env.old_ctx = o; env.new_lookup = lk; env.new_ctx = n;
	rc = migrate(&env);
	printf("rc=%d\n", rc);
	if (rc != 0) { printf("error: %s\n", err()); return 2; }
	rc = check();
	printf("failures=%d\n", rc);
	return rc != 0;
}
`

// runCase is a migration to generate, build and run.
type runCase struct {
	oldH, newH, spec string // headers given to xfgen
	oldC, newC       string // the two versions; they #include their header
	prefix           string
	srcInput         bool     // give old.c and new.c (not the headers) to xfgen, for statics
	xformFlags       []string // more gcc flags for xform.c (-DXF_CHECK_OWNED)
}

// generate checks and generates a case in dir and returns the C file.
func generate(t *testing.T, dir string, rc runCase) (string, diag.List) {
	t.Helper()
	write := func(name, src string) string {
		p := filepath.Join(dir, name)
		if err := os.WriteFile(p, []byte(src), 0o644); err != nil {
			t.Fatal(err)
		}
		return p
	}
	oh, nh := write("old.h", rc.oldH), write("new.h", rc.newH)
	write("old.c", rc.oldC)
	write("new.c", rc.newC)
	of, nf := oh, nh
	if rc.srcInput {
		// Both versions' sources have the same file name, as they do in
		// a real program, so the keys of statics match.
		os.MkdirAll(filepath.Join(dir, "old"), 0o755)
		os.MkdirAll(filepath.Join(dir, "new"), 0o755)
		of, nf = write("old/prog.c", rc.oldC), write("new/prog.c", rc.newC)
	}
	inc := []string{repoInclude()}
	old, ds1 := typesdiff.Load(typesdiff.Config{Files: []string{of}, IncludeDirs: inc})
	new, ds2 := typesdiff.Load(typesdiff.Config{Files: []string{nf}, IncludeDirs: inc})
	if ds1.HasErrors() || ds2.HasErrors() {
		t.Fatalf("load: %v %v", ds1, ds2)
	}
	var spec *grammar.File
	if rc.spec != "" {
		var ds diag.List
		spec, ds = grammar.Parse(write("spec.xf", rc.spec), []byte(rc.spec))
		if ds.HasErrors() {
			t.Fatalf("parse: %v", ds)
		}
	}
	plan, ds := compiler.Check(spec, old, new)
	if ds.HasErrors() {
		t.Fatalf("check: %v", ds)
	}
	src, err := GenerateC(plan, Options{Prefix: rc.prefix})
	if err != nil {
		t.Fatal(err)
	}
	return write("xform.c", string(src)), ds
}

// runMigration generates, compiles (warnings are errors) and runs a
// case; it returns the driver's output and exit status.
func runMigration(t *testing.T, rc runCase) (string, int) {
	t.Helper()
	needGCC(t)
	return runMigrationIn(t, t.TempDir(), rc)
}

// runMigrationIn is runMigration in dir, which may hold headers the
// spec's preamble includes.
func runMigrationIn(t *testing.T, dir string, rc runCase) (string, int) {
	t.Helper()
	generate(t, dir, rc)
	if rc.prefix == "" {
		rc.prefix = "xf_"
	}
	inc := "-I" + repoInclude()
	gcc(t, dir, append([]string{"-std=c11", "-Wall", "-Wextra", "-Werror", "-fPIC", "-O2", "-c", "xform.c", "-o", "xform.o"}, rc.xformFlags...)...)
	oc, nc := "old.c", "new.c"
	if rc.srcInput {
		oc, nc = "old/prog.c", "new/prog.c"
	}
	gcc(t, dir, "-std=c11", "-fPIC", "-shared", inc, "-o", "old.so", oc)
	gcc(t, dir, "-std=c11", "-fPIC", "-shared", inc, "-o", "new.so", nc, "xform.o")
	if err := os.WriteFile(filepath.Join(dir, "driver.c"), []byte(driverC), 0o644); err != nil {
		t.Fatal(err)
	}
	gcc(t, dir, "-std=c11", "-o", "driver", "driver.c", "-ldl")
	cmd := exec.Command("./driver", "./old.so", "./new.so", rc.prefix)
	cmd.Dir = dir
	out, err := cmd.CombinedOutput()
	code := 0
	if ee, ok := err.(*exec.ExitError); ok {
		code = ee.ExitCode()
	} else if err != nil {
		t.Fatal(err)
	}
	return string(out), code
}

// mustMigrate requires the case to migrate and pass its checks.
func mustMigrate(t *testing.T, rc runCase) {
	t.Helper()
	out, code := runMigration(t, rc)
	if code != 0 || !strings.Contains(out, "failures=0") {
		t.Fatalf("migration failed (exit %d):\n%s", code, out)
	}
}
