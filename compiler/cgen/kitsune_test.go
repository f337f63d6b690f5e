package cgen

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// The generated file includes the system headers its types need, not
// those of dead #ifdef branches.
func TestGeneratedIncludesOnlyWhatTypesNeed(t *testing.T) {
	h := "#ifdef _WIN32\n#include <windows.h>\n#include <..\\..\\contrib\\zlib\\zlib.h>\n#else\n#include <pthread.h>\n#endif\n#include <stdio.h>\nstruct s { pthread_mutex_t lock; int n; };\nextern struct s v;\n"
	dir := t.TempDir()
	path, _ := generate(t, dir, runCase{oldH: h, newH: strings.Replace(h, "int n;", "long n;", 1)})
	src, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	text := string(src)
	if !strings.Contains(text, "#include <pthread.h>") {
		t.Errorf("the file lacks <pthread.h>, which pthread_mutex_t needs")
	}
	for _, h := range []string{"windows.h", "zlib.h"} {
		if strings.Contains(text, h) {
			t.Errorf("the file includes %s, from a dead #ifdef branch", h)
		}
	}
	needGCC(t)
	gcc(t, dir, "-std=c11", "-Wall", "-Wextra", "-Werror", "-c", "xform.c", "-o", "xform.o")
}

// A preamble that includes Kitsune's kitsune.h (which defines the
// helpers too) compiles, and rules keep xfgen's helpers; a bare
// `return;` ends a rule without a warning; helpers typed with the new
// version's own names take $out; _kitsune_mainupdate_xform runs after
// the migration.
func TestRunKitsunePreamble(t *testing.T) {
	kh, err := os.ReadFile(filepath.Join("..", "..", "testdata", "e2e", "kitsune_preamble", "kitsune", "kitsune.h"))
	if err != nil {
		t.Fatal(err)
	}
	oldH := "struct item { int v; char *name; };\nextern struct item items[2];\n"
	newH := "struct item { long v; char *name; int seen; };\nextern struct item items[2];\nextern int hook;\n"
	spec := `{
#include "kitsune.h"
#pragma xfgen own_names new
static void mark(struct item *it) { it->seen = 7; }
static int hook_calls;
void _kitsune_mainupdate_xform(void)
{
	int *h = kitsune_lookup_key_new("hook");
	struct item *it = kitsune_lookup_key_new("items");
	hook_calls++;
	if (h != NULL && it[1].seen == 7)
		*h = hook_calls;
}
}
struct item.v -> struct item.v: {
  if ($in < 0) { $out = 0; return; }
  $out = $in;
}
struct item.name -> struct item.name: { XF_INVOKE(XF_NTSTR(), &$in, &$out); }
INIT struct item.seen: { mark((struct item *)xf_out); }
INIT hook: { $out = 0; }
`
	oldC := "#include \"old.h\"\nstruct item items[2];\nstatic char nm[] = \"x\";\nvoid test_setup(void) { items[0].v = -5; items[1].v = 6; items[1].name = nm; }\n"
	newC := `#include <string.h>
#include "new.h"
struct item items[2];
int hook;
int test_check(void) {
	return (items[0].v != 0) + (items[1].v != 6) + (items[1].seen != 7) + (items[1].name == 0 || strcmp(items[1].name, "x") != 0) + (hook != 1);
}
`
	needGCC(t)
	dir := t.TempDir()
	if err := os.WriteFile(filepath.Join(dir, "kitsune.h"), kh, 0o644); err != nil {
		t.Fatal(err)
	}
	path, _ := generate(t, dir, runCase{oldH: oldH, newH: newH, spec: spec, oldC: oldC, newC: newC})
	src, _ := os.ReadFile(path)
	for _, want := range []string{"struct item {", "#pragma push_macro(\"XF_INVOKE\")", "_kitsune_mainupdate_xform();"} {
		if !strings.Contains(string(src), want) {
			t.Errorf("generated file lacks %q", want)
		}
	}
	if strings.Contains(string(src), "#pragma xfgen") {
		t.Errorf("the generated file keeps xfgen's own pragma, which gcc would warn about")
	}
	out, code := runMigrationIn(t, dir, runCase{oldH: oldH, newH: newH, spec: spec, oldC: oldC, newC: newC})
	if code != 0 || !strings.Contains(out, "failures=0") {
		t.Fatalf("exit %d:\n%s", code, out)
	}
}

// Every helper put aside around the preamble's #includes is one the
// runtime defines, and every Kitsune helper macro the runtime defines
// is put aside.
func TestKitsuneHelpersMatchRuntime(t *testing.T) {
	defined := map[string]bool{}
	for _, line := range strings.Split(runtimeC, "\n") {
		if name, ok := strings.CutPrefix(line, "#define "); ok {
			name, _, _ = strings.Cut(name, "(")
			name, _, _ = strings.Cut(name, " ")
			defined[name] = true
		}
	}
	listed := map[string]bool{}
	for _, m := range kitsuneHelpers {
		listed[m] = true
		if !defined[m] {
			t.Errorf("%s is put aside but runtime.c does not define it", m)
		}
	}
	for m := range defined {
		if (strings.HasPrefix(m, "XF_") && m != "XF_UNUSED" && !strings.HasPrefix(m, "XF_STATIC_") || strings.HasPrefix(m, "kitsune_") || strings.HasPrefix(m, "GET_")) && !listed[m] {
			t.Errorf("runtime.c defines %s, which a preamble's kitsune.h may define too, but it is not put aside", m)
		}
	}
}
