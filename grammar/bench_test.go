package grammar

import (
	"fmt"
	"strings"
	"testing"
)

// bigSpec is a spec of n rules in the mix a large update has: variable
// and field renames, INIT rules, and lists with code using `$` forms,
// with comments between them.
func bigSpec(n int) []byte {
	var b strings.Builder
	b.WriteString("{\n#include <stdlib.h>\nstatic int helper($oldtype(struct s) *p) { return p != 0; }\n}\n\n")
	for i := 0; i < n; i++ {
		switch i % 4 {
		case 0:
			fmt.Fprintf(&b, "// rule %d\nmain.c/var_%d -> main.c/renamed_%d\n\n", i, i, i)
		case 1:
			fmt.Fprintf(&b, "struct conn_%d.fd -> struct conn_%d.sock // renamed\n\n", i, i)
		case 2:
			fmt.Fprintf(&b, "INIT struct conn_%d.created: {\n  $out = $base->last_seen + *$oldsym(epoch_%d);\n}\n\n", i, i)
		case 3:
			fmt.Fprintf(&b, "struct list_%d -> struct list_%d,\nf#head_%d -> f#head_%d: {\n  XF_INVOKE(XF_PTR($xform(struct list_%d, struct list_%d)), &$in, &$out);\n  if ($in == NULL) { $out = NULL; } /* { */\n}\n\n", i, i, i, i, i, i)
		}
	}
	return []byte(strings.TrimSuffix(b.String(), "\n"))
}

func BenchmarkParse10000Rules(b *testing.B) {
	src := bigSpec(10000)
	b.SetBytes(int64(len(src)))
	b.ReportAllocs()
	for b.Loop() {
		f, errs := Parse("big.xf", src)
		if len(errs) > 0 || len(f.Rules) != 10000 {
			b.Fatalf("%d rules, %v", len(f.Rules), errs)
		}
	}
}

func BenchmarkFormat10000Rules(b *testing.B) {
	f, errs := Parse("big.xf", bigSpec(10000))
	if len(errs) > 0 {
		b.Fatal(errs)
	}
	b.SetBytes(int64(len(f.Src)))
	b.ReportAllocs()
	for b.Loop() {
		Format(f)
	}
}

// The benchmark's spec is itself a valid spec in canonical layout.
func TestBigSpecIsCanonical(t *testing.T) {
	src := bigSpec(40)
	out, errs := FormatSource("big.xf", src)
	if len(errs) > 0 {
		t.Fatal(errs)
	}
	if string(out) != string(src) {
		t.Errorf("not canonical:\n%s", out)
	}
}
