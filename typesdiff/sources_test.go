package typesdiff

import (
	"os"
	"path/filepath"
	"testing"
)

// A header in Config.Overlay is read from there, not from the disk: the
// language server's unsaved edits.
func TestOverlayReplacesFile(t *testing.T) {
	dir := t.TempDir()
	top := filepath.Join(dir, "top.h")
	inner := filepath.Join(dir, "inner.h")
	os.WriteFile(top, []byte("#include \"inner.h\"\nextern struct s g;\n"), 0o644)
	os.WriteFile(inner, []byte("struct s { int a; };\n"), 0o644)
	p, l := Load(Config{Files: []string{top}})
	if l.HasErrors() || len(p.Types["struct s"].Fields) != 1 {
		t.Fatalf("from disk: %v", l)
	}
	over := map[string][]byte{OverlayKey(inner): []byte("struct s { int a; long b; char c; };\n")}
	p, l = Load(Config{Files: []string{top}, Overlay: over})
	if l.HasErrors() || len(p.Types["struct s"].Fields) != 3 {
		t.Fatalf("with the overlay: %v, %d fields", l, len(p.Types["struct s"].Fields))
	}
	over[OverlayKey(top)] = []byte("#include \"inner.h\"\nextern struct s g, h;\n")
	p, _ = Load(Config{Files: []string{top}, Overlay: over})
	if p.Vars["h"] == nil {
		t.Error("the overlay of a file given to Load was not read")
	}
}

// An #include of an absolute path is one of the user's files unless it
// lies in a system directory (Sources used to crash on one).
func TestSourcesFollowsAbsoluteIncludes(t *testing.T) {
	dir := t.TempDir()
	inner := filepath.Join(dir, "inner.h")
	top := filepath.Join(dir, "top.h")
	os.WriteFile(inner, []byte("struct s { int a; };\n"), 0o644)
	os.WriteFile(top, []byte("#include \""+inner+"\"\n#include \"/usr/include/stdio.h\"\nextern struct s g;\n"), 0o644)
	got := Sources(Config{Files: []string{top}})
	if len(got) != 2 || got[0] != top || got[1] != inner {
		t.Errorf("Sources = %v, want %s and %s", got, top, inner)
	}
}
