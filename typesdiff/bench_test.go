package typesdiff

import (
	"os/exec"
	"testing"

	"modernc.org/cc/v4"
)

// The benchmark pair: 200 project structs each in old.h and new.h, over
// 36 system headers (stdio, stdlib, pthread, sys/socket, netinet/in, ...).
var benchFiles = [2]string{"../testdata/types/bench/old.h", "../testdata/types/bench/new.h"}

func benchLoadAndDiff(b *testing.B, cold bool) {
	for i := 0; i < b.N; i++ {
		if cold {
			sourceCache = new(cc.SourceCache) // every header is read and scanned again
		}
		old, errs := Load(Config{Files: benchFiles[:1]})
		if len(errs) > 0 {
			b.Fatal(errs.Error())
		}
		new, errs := Load(Config{Files: benchFiles[1:]})
		if len(errs) > 0 {
			b.Fatal(errs.Error())
		}
		r := Diff(old, new)
		if r.Type("struct rec0").Kind != Changed || r.Type("struct rec1").Kind == Unchanged {
			b.Fatal("the benchmark pair's changes were not found")
		}
	}
}

// BenchmarkLoadAndDiff loads both versions and diffs them, each time
// with an empty header cache, as one xfgen run does.
func BenchmarkLoadAndDiff(b *testing.B) { benchLoadAndDiff(b, true) }

// BenchmarkLoadAndDiffCached is the same with the headers cached from
// earlier runs, as in the language server.
func BenchmarkLoadAndDiffCached(b *testing.B) { benchLoadAndDiff(b, false) }

// BenchmarkGCCSyntaxOnly runs gcc -fsyntax-only on the same two files,
// for comparison in the same run.
func BenchmarkGCCSyntaxOnly(b *testing.B) {
	gcc, err := exec.LookPath("gcc")
	if err != nil {
		b.Skip("gcc not installed")
	}
	for i := 0; i < b.N; i++ {
		for _, f := range benchFiles {
			if out, err := exec.Command(gcc, "-fsyntax-only", f).CombinedOutput(); err != nil {
				b.Fatalf("gcc %s: %v\n%s", f, err, out)
			}
		}
	}
}
