package pipeline

import (
	"testing"

	"github.com/xfgen-dev/xfgen/typesdiff"
)

// BenchmarkDiskCacheHit loads the 200-struct benchmark header of
// typesdiff from a disk cache that has it: the digest of every file it
// may read, then the entry read and decoded.
func BenchmarkDiskCacheHit(b *testing.B) {
	d := NewDiskCache(b.TempDir())
	cfg := typesdiff.Config{Files: []string{"../testdata/types/bench/old.h"}}
	if _, l := d.Load(cfg); l.HasErrors() {
		b.Fatal(l.Error())
	}
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		if p, _ := d.Load(cfg); p.Types["struct rec0"] == nil {
			b.Fatal("struct rec0 is missing")
		}
	}
}
