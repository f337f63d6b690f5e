package grammar

import (
	"math/rand"
	"strings"
	"testing"
)

// randomSpec writes a valid spec of random rules with random space and
// comments between every two tokens.
func randomSpec(r *rand.Rand) string {
	var b strings.Builder
	gap := func() {
		switch r.Intn(8) {
		case 0:
			b.WriteString(" /* c" + strings.Repeat("*", r.Intn(2)) + " */ ")
		case 1:
			b.WriteString(" // line\n")
		case 2:
			b.WriteString("\n\n")
		case 3:
			b.WriteString("\n\t")
		case 4:
			b.WriteString(" /* two\nlines */\n")
		default:
			b.WriteString(strings.Repeat(" ", 1+r.Intn(2)))
		}
	}
	paths := []string{"x", "main.c/y", "main.c/f#z", "f#w", "struct s", "union u.f", "enum e", "typedef t_t.a.b"}
	path := func() {
		p := paths[r.Intn(len(paths))]
		if kw, name, ok := strings.Cut(p, " "); ok {
			b.WriteString(kw)
			gap()
			b.WriteString(name)
			return
		}
		b.WriteString(p)
	}
	codes := []string{" $out = 0; ", "\n  if (a) { b('}'); } /* } */ \"{\" // }\n", "", " $xform(struct a *, b) "}
	if r.Intn(3) == 0 {
		b.WriteString("{ static int n; }")
		gap()
	}
	for i, n := 0, r.Intn(6); i < n; i++ {
		labels := 1
		withCode := r.Intn(2) == 0
		if withCode {
			labels += r.Intn(3)
		}
		for j := 0; j < labels; j++ {
			if j > 0 {
				b.WriteString(",")
				gap()
			}
			if withCode && r.Intn(3) == 0 {
				b.WriteString("INIT")
			} else {
				path()
				gap()
				b.WriteString("->")
			}
			gap()
			path()
			gap()
		}
		if withCode {
			b.WriteString(":")
			gap()
			b.WriteString("{" + codes[r.Intn(len(codes))] + "}")
		}
		gap()
		b.WriteString("\n")
	}
	return b.String()
}

// Random valid specs with comments and space everywhere parse without
// errors, and format to a spec with the same meaning that formats to
// itself.
func TestFormatRandomSpecs(t *testing.T) {
	r := rand.New(rand.NewSource(1))
	for i := 0; i < 3000; i++ {
		src := randomSpec(r)
		f, errs := Parse("r.xf", []byte(src))
		if len(errs) > 0 {
			t.Fatalf("spec %d does not parse:\n%s\n%s", i, src, errs.Error())
		}
		checkInvariants(t, f, errs)
		out := Format(f)
		f2, errs := Parse("r.xf", out)
		if len(errs) > 0 {
			t.Fatalf("spec %d formatted does not parse:\n%s\n%s\nformatted:\n%s", i, src, errs.Error(), out)
		}
		if a, b := meaning(f), meaning(f2); a != b {
			t.Fatalf("spec %d changed meaning:\n%s\nformatted:\n%s\n%s\n%s", i, src, out, a, b)
		}
		if again := Format(f2); string(again) != string(out) {
			t.Fatalf("spec %d not idempotent:\n%s\nonce:\n%s\ntwice:\n%s", i, src, out, again)
		}
	}
}
