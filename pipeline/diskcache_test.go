package pipeline

import (
	"os"
	"path/filepath"
	"testing"

	"github.com/xfgen-dev/xfgen/typesdiff"
)

func writeFile(t *testing.T, path, text string) {
	t.Helper()
	if err := os.WriteFile(path, []byte(text), 0o644); err != nil {
		t.Fatal(err)
	}
}

func fieldType(t *testing.T, p *typesdiff.Program, typ, field string) string {
	t.Helper()
	s := p.Types[typ]
	if s == nil || s.Field(field) == nil {
		t.Fatalf("no %s.%s in the program", typ, field)
	}
	return s.Field(field).Type.Name
}

func onlyEntry(t *testing.T, dir string) string {
	t.Helper()
	m, _ := filepath.Glob(filepath.Join(dir, "*.model"))
	if len(m) != 1 {
		t.Fatalf("%d cache entries, want 1", len(m))
	}
	return m[0]
}

// The disk cache serves what it stored, never for inputs that changed
// (here a header included by the file given), and ignores and rewrites
// an entry that is damaged or cut short.
func TestDiskCache(t *testing.T) {
	src, cacheDir := t.TempDir(), t.TempDir()
	hdr := filepath.Join(src, "s.h")
	writeFile(t, hdr, "#pragma once\nstruct s { int a; };\n")
	writeFile(t, filepath.Join(src, "v.h"), "#include <stdio.h>\n#include \"s.h\"\nstruct s *g;\n")
	cfg := typesdiff.Config{Files: []string{filepath.Join(src, "v.h")}}
	d := NewDiskCache(cacheDir)
	p, l := d.Load(cfg)
	if len(l) > 0 || fieldType(t, p, "struct s", "a") != "int" {
		t.Fatalf("first load: %v", l)
	}
	entry := onlyEntry(t, cacheDir)

	// What the entry holds is what the next Load returns: put a program
	// of another shape there and it comes back.
	other := filepath.Join(src, "other.h")
	writeFile(t, other, "struct s { char a; };\nstruct s *g;\n")
	op, _ := typesdiff.Load(typesdiff.Config{Files: []string{other}})
	d.write(entry, op, nil)
	if p, _ := d.Load(cfg); fieldType(t, p, "struct s", "a") != "char" {
		t.Fatalf("the entry was not used")
	}

	// An edit of the included header is seen.
	writeFile(t, hdr, "#pragma once\nstruct s { long a; };\n")
	if p, _ := d.Load(cfg); fieldType(t, p, "struct s", "a") != "long" {
		t.Errorf("after the header changed, struct s.a is %s", fieldType(t, p, "struct s", "a"))
	}
	entry = filepath.Join(cacheDir, filepath.Base(d.path(mustDigest(t, cfg))))

	// Damaged or cut short: ignored, loaded again, written whole again.
	good, err := os.ReadFile(entry)
	if err != nil {
		t.Fatal(err)
	}
	flipped := append([]byte(nil), good...)
	flipped[len(flipped)/2] ^= 0xff
	for name, bad := range map[string][]byte{"truncated": good[:len(good)/2], "damaged": flipped, "empty": nil, "magic only": []byte(cacheMagic)} {
		writeFile(t, entry, string(bad))
		if p, l := d.Load(cfg); len(l) > 0 || fieldType(t, p, "struct s", "a") != "long" {
			t.Errorf("%s entry: %v", name, l)
		}
		if _, _, err := readEntry(entry); err != nil {
			t.Errorf("%s entry was not written again: %v", name, err)
		}
	}
	if m, _ := filepath.Glob(filepath.Join(cacheDir, ".entry-*")); len(m) > 0 {
		t.Errorf("temporary files left: %v", m)
	}
}

func mustDigest(t *testing.T, cfg typesdiff.Config) [32]byte {
	t.Helper()
	d, ok := typesdiff.InputDigest(cfg)
	if !ok {
		t.Fatal("no digest")
	}
	return d
}

// A version whose includes cannot be listed from the files (a computed
// #include) is loaded each time and never stored.
func TestDiskCacheSkipsComputedIncludes(t *testing.T) {
	src, cacheDir := t.TempDir(), t.TempDir()
	writeFile(t, filepath.Join(src, "s.h"), "struct s { int a; };\n")
	writeFile(t, filepath.Join(src, "v.h"), "#define H \"s.h\"\n#include H\nstruct s *g;\n")
	cfg := typesdiff.Config{Files: []string{filepath.Join(src, "v.h")}}
	if p, l := NewDiskCache(cacheDir).Load(cfg); len(l) > 0 || fieldType(t, p, "struct s", "a") != "int" {
		t.Fatalf("load: %v", l)
	}
	if m, _ := filepath.Glob(filepath.Join(cacheDir, "*")); len(m) > 0 {
		t.Errorf("stored %v", m)
	}
}

// A load that reads an editor's unsaved text is neither stored nor
// served from the cache.
func TestDiskCacheSkipsOverlays(t *testing.T) {
	src, cacheDir := t.TempDir(), t.TempDir()
	hdr := filepath.Join(src, "s.h")
	writeFile(t, hdr, "struct s { int a; };\nstruct s *g;\n")
	d := NewDiskCache(cacheDir)
	cfg := typesdiff.Config{Files: []string{hdr}}
	d.Load(cfg)
	onlyEntry(t, cacheDir)
	cfg.Overlay = map[string][]byte{typesdiff.OverlayKey(hdr): []byte("struct s { short a; };\nstruct s *g;\n")}
	if p, _ := d.Load(cfg); fieldType(t, p, "struct s", "a") != "short" {
		t.Errorf("the unsaved text was not read: struct s.a is %s", fieldType(t, p, "struct s", "a"))
	}
	onlyEntry(t, cacheDir)
}
