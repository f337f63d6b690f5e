package main

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestMain keeps the tests' loaded versions out of the user's cache
// folder.
func TestMain(m *testing.M) {
	dir, err := os.MkdirTemp("", "xfgen-cache-test-")
	if err != nil {
		panic(err)
	}
	os.Setenv("XFGEN_CACHE", dir)
	code := m.Run()
	os.RemoveAll(dir)
	os.Exit(code)
}

// A second check of the same inputs is served from the disk cache and
// says the same; an edited header is read again; XFGEN_CACHE=off writes
// nothing.
func TestCheckUsesDiskCache(t *testing.T) {
	cache := t.TempDir()
	t.Setenv("XFGEN_CACHE", "")
	t.Setenv("XDG_CACHE_HOME", cache) // the user's cache folder, here
	dir := t.TempDir()
	write := func(name, text string) string {
		p := filepath.Join(dir, name)
		if err := os.WriteFile(p, []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
		return p
	}
	write("s.h", "struct s { int a; };\n")
	oldH := write("old.h", "#include \"s.h\"\nstruct s *g;\n")
	newH := write("new.h", "struct s { int a; };\nstruct s *g;\n")
	entries := func() int {
		m, _ := filepath.Glob(filepath.Join(cache, "xfgen", "*.model"))
		return len(m)
	}
	diff := func() string {
		var out, errb bytes.Buffer
		if code := run([]string{"diff", oldH, newH}, &out, &errb); code != 0 {
			t.Fatalf("diff exit %d: %s", code, errb.String())
		}
		return out.String()
	}
	first := diff()
	if n := entries(); n != 2 {
		t.Fatalf("%d cache entries after the first run, want one per version", n)
	}
	if again := diff(); again != first {
		t.Errorf("from the cache:\n%s\nread anew:\n%s", again, first)
	}
	write("s.h", "struct s { long a; };\n")
	if changed := diff(); !strings.Contains(changed, "struct s") || changed == first {
		t.Errorf("after the header changed, diff says:\n%s", changed)
	}
	t.Setenv("XFGEN_CACHE", "off")
	write("s.h", "struct s { short a; };\n")
	n := entries()
	diff()
	if entries() != n {
		t.Errorf("XFGEN_CACHE=off wrote a cache entry")
	}
}
