package typesdiff

import (
	"os"
	"path/filepath"
	"testing"
	"time"
)

// FuzzLoad mutates headers and loads them: the loader must report
// errors, never panic or hang.
func FuzzLoad(f *testing.F) {
	for _, s := range []string{
		"../testdata/types/basic/v1.h", "../testdata/types/layout.h", "../testdata/types/bad/annot.h",
		"../testdata/types/bad/syntax.h", "../testdata/types/multi/b.c", "../testdata/types/fuzz/seed.h",
	} {
		b, err := os.ReadFile(s)
		if err != nil {
			f.Fatal(err)
		}
		f.Add(b)
	}
	f.Add([]byte("#define A(x) A(x) A(x)\nstruct s { int A(1); };"))
	f.Add([]byte("struct s { int n; int E_PTRARRAY(n) *p; } E_GENERIC(@);\n"))
	f.Add([]byte("#include <nonexistent.h>\n*x;\n"))
	ann, _ := filepath.Abs("../include/xfgen/annotations.h")
	dir := f.TempDir()
	f.Fuzz(func(t *testing.T, src []byte) {
		if len(src) > 4096 {
			return
		}
		path := filepath.Join(dir, "fuzz.h")
		full := append([]byte("#include \""+ann+"\"\n"), src...)
		if err := os.WriteFile(path, full, 0o644); err != nil {
			t.Fatal(err)
		}
		done := make(chan struct{})
		go func() {
			defer close(done)
			p, errs := Load(Config{Files: []string{path}})
			if p == nil {
				t.Error("Load returned no program")
				return
			}
			for _, d := range errs {
				if d.Message == "" || d.Code == "" {
					t.Errorf("diagnostic without message or code: %+v", d)
				}
			}
			if !errs.HasErrors() {
				Diff(p, p)
			}
		}()
		select {
		case <-done:
		case <-time.After(20 * time.Second):
			t.Fatalf("Load did not finish in 20s on:\n%s", full)
		}
	})
}
