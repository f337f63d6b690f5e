package typesdiff

import (
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	"modernc.org/cc/v4"
)

// benchVersion writes one version of a generated server under dir: a
// header of structs records (each with pointers, annotated fields and
// system types, over the system headers of testdata/types/bench/common.h)
// and units .c files that include it, each with statics and functions
// that use the records. The new version widens a field of every tenth
// record and adds one to every seventh. It returns the files to read.
func benchVersion(b *testing.B, dir string, records, units int, newVersion bool) []string {
	b.Helper()
	common, err := os.ReadFile("../testdata/types/bench/common.h")
	if err != nil {
		b.Fatal(err)
	}
	annot, _ := filepath.Abs("../include/xfgen/annotations.h")
	var h strings.Builder
	fmt.Fprintf(&h, "#pragma once\n%s#include %q\n", common, annot)
	for i := 0; i < records; i++ {
		count := "int"
		if newVersion && i%10 == 0 {
			count = "long"
		}
		fmt.Fprintf(&h, "struct rec%d {\n\tint id;\n\tint n;\n\t%s count;\n\tstruct rec%d *next;\n\tchar E_SZ *name;\n", i, count, (i+1)%records)
		if newVersion && i%7 == 0 {
			h.WriteString("\tuint32_t flags;\n")
		}
		fmt.Fprintf(&h, "\tstruct sockaddr_in addr;\n\tpthread_mutex_t lock;\n\tstruct timespec when;\n\tint E_PTRARRAY(n) *vals;\n};\nextern struct rec%d *table%d;\n\n", i, i)
	}
	write := func(name, text string) string {
		p := filepath.Join(dir, name)
		if err := os.WriteFile(p, []byte(text), 0o644); err != nil {
			b.Fatal(err)
		}
		return p
	}
	hdr := write("server.h", h.String())
	if units == 0 {
		return []string{hdr}
	}
	var files []string
	for u := 0; u < units; u++ {
		var c strings.Builder
		c.WriteString("#include \"server.h\"\n\n")
		for k := 0; k < 5; k++ {
			r := (u*5 + k) % records
			fmt.Fprintf(&c, "struct rec%d *table%d;\nstatic int hits%d_%d;\n\n", r, r, u, k)
			fmt.Fprintf(&c, "int count%d_%d(const struct rec%d *p)\n{\n\tint n = 0;\n\tfor (; p != NULL && n < 1000; p = (const void *)p->next) {\n\t\tn += p->count + p->n;\n\t\tif (p->name != NULL && strlen(p->name) > 3)\n\t\t\thits%d_%d++;\n\t}\n\treturn n;\n}\n\n", u, k, r, u, k)
		}
		files = append(files, write(fmt.Sprintf("unit%d.c", u), c.String()))
	}
	return files
}

// benchPrograms are the generated programs: name -> records, units.
var benchPrograms = []struct {
	name           string
	records, units int
}{
	{"200structs", 200, 0},
	{"2000structs", 2000, 0},
	{"40units", 200, 40},
}

func benchPair(b *testing.B, records, units int) (old, new []string) {
	dir := b.TempDir()
	for _, v := range []string{"old", "new"} {
		if err := os.Mkdir(filepath.Join(dir, v), 0o755); err != nil {
			b.Fatal(err)
		}
	}
	return benchVersion(b, filepath.Join(dir, "old"), records, units, false), benchVersion(b, filepath.Join(dir, "new"), records, units, true)
}

// BenchmarkCheckCold loads both versions of each generated program at
// once, as xfgen check does, with the header cache emptied first, and
// diffs them.
func BenchmarkCheckCold(b *testing.B) {
	for _, p := range benchPrograms {
		b.Run(p.name, func(b *testing.B) {
			oldFiles, newFiles := benchPair(b, p.records, p.units)
			for i := 0; i < b.N; i++ {
				sourceCache = new(cc.SourceCache)
				var op, np *Program
				var wg sync.WaitGroup
				wg.Add(1)
				go func() {
					defer wg.Done()
					np = mustLoad(b, Config{Files: newFiles})
				}()
				op = mustLoad(b, Config{Files: oldFiles})
				wg.Wait()
				if r := Diff(op, np); r.Type("struct rec0").Kind != Changed {
					b.Fatal("the change of struct rec0 was not found")
				}
			}
		})
	}
}

// BenchmarkGCCSyntaxOnlyGenerated runs gcc -fsyntax-only on every file of
// both versions of each generated program, one gcc per file as a build
// does.
func BenchmarkGCCSyntaxOnlyGenerated(b *testing.B) {
	if _, err := exec.LookPath("gcc"); err != nil {
		b.Skip("gcc not installed")
	}
	for _, p := range benchPrograms {
		b.Run(p.name, func(b *testing.B) {
			oldFiles, newFiles := benchPair(b, p.records, p.units)
			for i := 0; i < b.N; i++ {
				gccSyntaxOnlyAll(b, oldFiles, newFiles)
			}
		})
	}
}

func gccSyntaxOnlyAll(b *testing.B, oldFiles, newFiles []string) {
	for _, f := range append(append([]string(nil), oldFiles...), newFiles...) {
		if out, err := exec.Command("gcc", "-fsyntax-only", f).CombinedOutput(); err != nil {
			b.Fatalf("gcc %s: %v\n%s", f, err, out)
		}
	}
}

func mustLoad(b *testing.B, c Config) *Program {
	p, errs := Load(c)
	if errs.HasErrors() {
		b.Error(errs.Error())
	}
	return p
}

// BenchmarkCommandCheck runs the xfgen command, built for the purpose,
// as a user does: xfgen check of each generated program with an empty
// spec, each run a new process. "cold" is without the disk cache
// (XFGEN_CACHE=off): the host compiler is asked for its configuration,
// every file is read and both versions are parsed. "repeat" is a run
// with the same inputs as the run before it, served from the disk cache.
// "gcc" is gcc -fsyntax-only on the same files, one process per file,
// measured between them so that the three see the same machine.
// "edited" is a run after the new version's first file changed: that
// version is parsed again, the old one is served from the disk cache.
func BenchmarkCommandCheck(b *testing.B) {
	if _, err := exec.LookPath("gcc"); err != nil {
		b.Skip("gcc not installed")
	}
	bin := filepath.Join(b.TempDir(), "xfgen")
	if out, err := exec.Command("go", "build", "-o", bin, "../cmd/xfgen").CombinedOutput(); err != nil {
		b.Fatalf("go build: %v\n%s", err, out)
	}
	for _, p := range benchPrograms {
		oldFiles, newFiles := benchPair(b, p.records, p.units)
		spec := filepath.Join(b.TempDir(), "spec.xf")
		if err := os.WriteFile(spec, nil, 0o644); err != nil {
			b.Fatal(err)
		}
		args := []string{"check"}
		for _, f := range oldFiles {
			args = append(args, "--old", f)
		}
		for _, f := range newFiles {
			args = append(args, "--new", f)
		}
		args = append(args, spec)
		cache := b.TempDir()
		check := func(b *testing.B, cacheEnv string) {
			cmd := exec.Command(bin, args...)
			cmd.Env = append(os.Environ(), "XFGEN_CACHE="+cacheEnv)
			out, err := cmd.CombinedOutput()
			if e, ok := err.(*exec.ExitError); err != nil && (!ok || e.ExitCode() != 1) {
				b.Fatalf("xfgen check: %v\n%s", err, out)
			}
		}
		b.Run(p.name+"/gcc", func(b *testing.B) {
			for i := 0; i < b.N; i++ {
				gccSyntaxOnlyAll(b, oldFiles, newFiles)
			}
		})
		b.Run(p.name+"/cold", func(b *testing.B) {
			for i := 0; i < b.N; i++ {
				check(b, "off")
			}
		})
		b.Run(p.name+"/repeat", func(b *testing.B) {
			check(b, cache)
			b.ResetTimer()
			for i := 0; i < b.N; i++ {
				check(b, cache)
			}
		})
		b.Run(p.name+"/edited", func(b *testing.B) {
			// The new version's first file changed since the last run, as
			// after an edit: it is read again, the old one and the host
			// configuration come from the disk cache.
			check(b, cache)
			text, err := os.ReadFile(newFiles[0])
			if err != nil {
				b.Fatal(err)
			}
			b.ResetTimer()
			for i := 0; i < b.N; i++ {
				b.StopTimer()
				edited := fmt.Appendf(append([]byte(nil), text...), "/* edit %d */\n", i)
				if err := os.WriteFile(newFiles[0], edited, 0o644); err != nil {
					b.Fatal(err)
				}
				b.StartTimer()
				check(b, cache)
			}
		})
	}
}

// BenchmarkFrontEndFloor measures the floor under a cold check: cc/v4
// alone (cc.Translate of one version's header, with an empty header
// cache, nothing of xfgen's around it) against gcc -fsyntax-only of the
// same file, alternating, and reports both and their ratio. A cold check
// reads two versions on two cores, so it cannot take less than one
// Translate, which is to be compared with gcc run on both files.
func BenchmarkFrontEndFloor(b *testing.B) {
	if _, err := exec.LookPath("gcc"); err != nil {
		b.Skip("gcc not installed")
	}
	for _, p := range benchPrograms[:2] {
		b.Run(p.name, func(b *testing.B) {
			oldFiles, _ := benchPair(b, p.records, p.units)
			file := oldFiles[0]
			cfg, pre, err := ccConfig(Config{Files: oldFiles})
			if err != nil {
				b.Fatal(err)
			}
			var inCC, inGCC time.Duration
			for i := 0; i < b.N; i++ {
				start := time.Now()
				if out, err := exec.Command("gcc", "-fsyntax-only", file).CombinedOutput(); err != nil {
					b.Fatalf("gcc: %v\n%s", err, out)
				}
				inGCC += time.Since(start)
				c := *cfg
				c.SourceCache = new(cc.SourceCache)
				c.PragmaHandler = pragmaOnce()
				start = time.Now()
				if _, err := cc.Translate(&c, []cc.Source{{Name: "<predefined>", Value: pre}, {Name: "<builtin>", Value: cc.Builtin}, {Name: file}}); err != nil {
					b.Fatal(err)
				}
				inCC += time.Since(start)
			}
			b.ReportMetric(float64(inGCC.Microseconds())/1000/float64(b.N), "gcc-ms/file")
			b.ReportMetric(float64(inCC.Microseconds())/1000/float64(b.N), "cc-ms/file")
			b.ReportMetric(float64(inCC)/float64(inGCC), "cc/gcc")
		})
	}
}
