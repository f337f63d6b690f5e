package grammar

import (
	"strings"
	"testing"
	"time"
)

// Inputs built to make a careless lexer, parser or formatter rescan.
// Each is read at two sizes, four times apart; the time must grow about
// four times, not sixteen. The best of three runs is taken to smooth a
// shared machine's noise.
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
		a, b := bestOf3(gen(small)), bestOf3(gen(4*small))
		if b > 10*a && b > 50*time.Millisecond {
			t.Errorf("%s: %v for %d bytes but %v for four times as much", name, a, small, b)
		}
	}
}

func bestOf3(src string) time.Duration {
	best := time.Duration(1<<63 - 1)
	for i := 0; i < 3; i++ {
		start := time.Now()
		f, _ := Parse("big.xf", []byte(src))
		Format(f)
		best = min(best, time.Since(start))
	}
	return best
}
