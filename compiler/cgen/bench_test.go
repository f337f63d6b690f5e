package cgen

import (
	"fmt"
	"github.com/xfgen-dev/xfgen/compiler"
	"strings"
	"testing"
)

// synthetic builds two versions of a program with n structs chained by
// pointers and by value, every one changed (a field widened, one added
// with an INIT rule, fields reordered), and a global per struct.
func synthetic(n int) (oldH, newH, spec string) {
	var o, nw, sp strings.Builder
	for i := 0; i < n; i++ {
		prev := ""
		if i > 0 {
			prev = fmt.Sprintf("struct s%d *prev; struct s%d byval;", i-1, i-1)
		}
		fmt.Fprintf(&o, "struct s%d { int a; char name[8]; %s struct s%d *self; unsigned flags : 3; };\nextern struct s%d g%d;\n", i, prev, i, i, i)
		fmt.Fprintf(&nw, "struct s%d { struct s%d *self; long a; %s char name[8]; unsigned flags : 4; int added; };\nextern struct s%d g%d;\n", i, i, prev, i, i)
		fmt.Fprintf(&sp, "INIT struct s%d.added: { $out = $base.a; }\n", i)
	}
	return o.String(), nw.String(), sp.String()
}

// BenchmarkCheckGenerate times compiler.Check and GenerateC on 500 changed
// structs (loading the headers and parsing the spec are not counted).
func BenchmarkCheckGenerate(b *testing.B) {
	oldH, newH, specSrc := synthetic(500)
	spec, old, new, _ := inputs(b, oldH, newH, specSrc)
	b.ResetTimer()
	var size int
	for i := 0; i < b.N; i++ {
		plan, ds := compiler.Check(spec, old, new)
		if ds.HasErrors() {
			b.Fatal(ds)
		}
		src, err := GenerateC(plan, Options{})
		if err != nil {
			b.Fatal(err)
		}
		size = len(src)
	}
	b.ReportMetric(float64(size)/1024, "KiB-out")
}

// The synthetic program checks clean and its code compiles, so the
// benchmark measures real work.
func TestSyntheticCompiles(t *testing.T) {
	needGCC(t)
	oldH, newH, specSrc := synthetic(20)
	dir := t.TempDir()
	generate(t, dir, runCase{oldH: oldH, newH: newH, spec: specSrc})
	gcc(t, dir, "-std=c11", "-Wall", "-Wextra", "-Werror", "-c", "xform.c")
}
