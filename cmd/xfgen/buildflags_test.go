package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func writeFiles(t *testing.T, dir string, files map[string]string) {
	t.Helper()
	for name, src := range files {
		p := filepath.Join(dir, name)
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(p, []byte(src), 0o644); err != nil {
			t.Fatal(err)
		}
	}
}

// A build's flags as gcc takes them: -DNAME, -DNAME=VALUE, -IDIR,
// -include FILE and -std=gnu99.
func TestGccSpelledFlags(t *testing.T) {
	dir := t.TempDir()
	writeFiles(t, dir, map[string]string{
		"inc/conf.h": "#pragma once\ntypedef WIDTH count_t;\n",
		"pre.h":      "#define COUNTED 1\n",
		"v.h":        "#include \"conf.h\"\n#ifndef COUNTED\n#error -include pre.h was not read\n#endif\n#ifdef BIG\nstruct s { count_t n; long extra; };\n#else\nstruct s { count_t n; };\n#endif\nextern struct s v;\n",
	})
	v := filepath.Join(dir, "v.h")
	code, out, errs := diffRun("diff", "-I"+filepath.Join(dir, "inc"), "-DWIDTH=int", "-include", filepath.Join(dir, "pre.h"), "-std=gnu99", "--new-D", "BIG", v, v)
	if code != exitOK || !strings.Contains(out, "field extra: added long") {
		t.Fatalf("exit %d\nstdout:\n%s\nstderr:\n%s", code, out, errs)
	}
}

// Each version from its build's compile_commands.json: every C file
// with the flags its command gives it.
func TestVersionsFromCompdb(t *testing.T) {
	dir := t.TempDir()
	writeFiles(t, dir, map[string]string{
		"v1/include/conn.h": "#pragma once\nstruct conn { int fd; };\n",
		"v1/server.c":       "#include \"conn.h\"\nstruct conn conns[VERSION_CONNS];\n",
		"v1/stats.c":        "#include \"conn.h\"\nstatic long served;\nlong *stats(void) { return &served; }\n",
		"v2/include/conn.h": "#pragma once\nstruct conn { long fd; int port; };\n",
		"v2/server.c":       "#include \"conn.h\"\nstruct conn conns[VERSION_CONNS];\n",
		"v2/stats.c":        "#include \"conn.h\"\nstatic long served;\nlong *stats(void) { return &served; }\n",
		"v1/build/compile_commands.json": `[{"directory": "..", "file": "server.c", "command": "cc -Iinclude -DVERSION_CONNS=4 -c server.c"},
 {"directory": "..", "file": "stats.c", "arguments": ["cc", "-Iinclude", "-c", "stats.c"]}]`,
		"v2/build/compile_commands.json": `[{"directory": "..", "file": "server.c", "command": "cc -Iinclude -DVERSION_CONNS=8 -c server.c"},
 {"directory": "..", "file": "stats.c", "arguments": ["cc", "-Iinclude", "-c", "stats.c"]}]`,
	})
	code, out, errs := diffRun("diff", "--old-compdb", filepath.Join(dir, "v1/build"), "--new-compdb", filepath.Join(dir, "v2/build/compile_commands.json"))
	if code != exitOK {
		t.Fatalf("exit %d\nstdout:\n%s\nstderr:\n%s", code, out, errs)
	}
	for _, want := range []string{"field fd: retyped int -> long", "field port: added int", "variable conns: changed"} {
		if !strings.Contains(out, want) {
			t.Errorf("output lacks %q:\n%s", want, out)
		}
	}
	if strings.Contains(out, "served") {
		t.Errorf("stats.c/served did not change, but is listed:\n%s", out)
	}

	code, _, errs = diffRun("diff", "--old-compdb", filepath.Join(dir, "nowhere"), "--new-compdb", filepath.Join(dir, "v2/build"))
	if code != exitUsage || !strings.Contains(errs, "cannot read the compilation database") {
		t.Errorf("a missing database: exit %d, stderr:\n%s", code, errs)
	}
}
