package grammar

import (
	"runtime"
	"strings"
	"testing"
)

// Inputs built to make a careless lexer, parser or formatter rescan.
// Each is read at two sizes, four times apart; the work must grow about
// four times, not sixteen. Work is counted as allocations and bytes
// allocated, which do not depend on the machine's load as time does:
// rescanning makes tokens, positions and strings again.
func TestPathologicalInputsAreLinear(t *testing.T) {
	if testing.Short() {
		t.Skip("large inputs")
	}
	inputs := map[string]func(n int) string{
		"quotes in code":          func(n int) string { return "INIT x: {" + strings.Repeat(`"\`, n/2) },
		"apostrophes in code":     func(n int) string { return "INIT x: {" + strings.Repeat(`'\`, n/2) },
		"open blocks":             func(n int) string { return strings.Repeat("a -> b: {\n", n/10) },
		"open comments":           func(n int) string { return strings.Repeat("/*", n/2) },
		"open parens of forms":    func(n int) string { return "INIT x: {" + strings.Repeat("$oldsym(", n/8) },
		"deep nesting":            func(n int) string { return strings.Repeat("{", n) },
		"junk":                    func(n int) string { return strings.Repeat("; ", n/2) },
		"arrows":                  func(n int) string { return strings.Repeat("->", n/2) },
		"one long list commented": func(n int) string { return strings.Repeat("a -> b, /* c */\n", n/16) + "c -> d: { }" },
		"INIT without code":       func(n int) string { return strings.Repeat("INIT x\n", n/7) },
		"unknown forms":           func(n int) string { return "INIT x: {" + strings.Repeat("$f ", n/3) },
		"comments between rules":  func(n int) string { return strings.Repeat("a -> b // c\n", n/12) },
		"colons without arrows":   func(n int) string { return strings.Repeat("INIT x: { }\n", n/12) },
		"forms without quotes":    func(n int) string { return "INIT x: {" + strings.Repeat("$in ", n/4) + "}" },
		"closing braces":          func(n int) string { return strings.Repeat("{", n/2) + strings.Repeat("}", n/2) },
	}
	const small = 32 << 10
	for name, gen := range inputs {
		an, ab := work(gen(small))
		bn, bb := work(gen(4 * small))
		if bn > 10*an+1000 || bb > 10*ab+1<<20 {
			t.Errorf("%s: %d allocations (%d bytes) for %d bytes but %d (%d bytes) for four times as much", name, an, ab, small, bn, bb)
		}
	}
}

// work parses and formats src and returns the allocations it made and
// their bytes.
func work(src string) (allocs, bytes uint64) {
	var before, after runtime.MemStats
	runtime.ReadMemStats(&before)
	f, _ := Parse("big.xf", []byte(src))
	Format(f)
	runtime.ReadMemStats(&after)
	return after.Mallocs - before.Mallocs, after.TotalAlloc - before.TotalAlloc
}
