package grammar

import (
	"fmt"
	"runtime"
	"strings"
	"testing"
)

// heapAfter returns what parse keeps live and what it allocated in all.
func heapAfter(src []byte) (live, total uint64) {
	var before, after runtime.MemStats
	runtime.GC()
	runtime.ReadMemStats(&before)
	f, _ := Parse("big.xf", src)
	runtime.GC()
	runtime.ReadMemStats(&after)
	runtime.KeepAlive(f)
	return after.HeapAlloc - before.HeapAlloc, after.TotalAlloc - before.TotalAlloc
}

// A spec's AST and the garbage made while reading it grow with the
// file, and both stay within a small multiple of it (about 8 and 19
// times on this mix of short rules; they were 18 and 125 times when
// every node held two full diag positions and participle parsed).
func TestParseMemoryIsLinear(t *testing.T) {
	small, large := bigSpec(2000), bigSpec(8000)
	liveS, totalS := heapAfter(small)
	liveL, totalL := heapAfter(large)
	ratio := float64(len(large)) / float64(len(small))
	if float64(liveL) > 1.25*ratio*float64(liveS) || float64(totalL) > 1.25*ratio*float64(totalS) {
		t.Errorf("%d bytes keep %d and allocate %d; %d bytes keep %d and allocate %d", len(small), liveS, totalS, len(large), liveL, totalL)
	}
	if perByte := float64(liveL) / float64(len(large)); perByte > 10 {
		t.Errorf("the AST takes %.1f bytes per byte of spec", perByte)
	}
	if perByte := float64(totalL) / float64(len(large)); perByte > 24 {
		t.Errorf("reading the spec allocates %.1f bytes per byte of it", perByte)
	}
	t.Logf("%d bytes: the AST keeps %.1f bytes per byte, reading allocates %.1f", len(large), float64(liveL)/float64(len(large)), float64(totalL)/float64(len(large)))
}

// A binary file is one error, not one per byte.
func TestBinaryFileIsNotText(t *testing.T) {
	src := []byte("a -> b\n\x7fELF\x02\x01\x01" + strings.Repeat("\x00\xff{}->", 1000))
	f, errs := Parse("prog", src)
	if len(errs) != 1 || errs[0].Code != codeNotText || errs[0].Range.Start.String() != "prog:2:8" || len(f.Rules) != 0 {
		t.Fatalf("want one %s at prog:2:8 and no rules, got %d rules and:\n%s", codeNotText, len(f.Rules), errs.Error())
	}
	if _, errs := FormatSource("prog", src); len(errs) != 1 {
		t.Errorf("fmt: want the one error, got %d", len(errs))
	}
}

// A spec too large for 32-bit offsets is one clear error.
func TestTooLargeSpec(t *testing.T) {
	defer func(n int) { maxSize = n }(maxSize)
	maxSize = 16
	f, errs := Parse("huge.xf", []byte("a -> b\nc -> d\ne -> f\n"))
	if len(errs) != 1 || errs[0].Code != codeTooLarge || errs[0].Range.Start.String() != "huge.xf:1:1" || len(f.Rules) != 0 {
		t.Fatalf("want one %s at huge.xf:1:1 and no rules, got %d rules and:\n%s", codeTooLarge, len(f.Rules), errs.Error())
	}
}

// With an error limit, a large file that is not a spec keeps only the
// syntax errors a report stopping there shows, and the same ones.
func TestParseUpToKeepsWhatTheReportShows(t *testing.T) {
	var b strings.Builder
	for i := 0; i < 5000; i++ {
		fmt.Fprintf(&b, "a%d b%d\n}\n", i, i)
	}
	_, all := Parse("junk.xf", []byte(b.String()))
	_, some := ParseUpTo("junk.xf", []byte(b.String()), 20)
	if len(all) < 10000 || len(some) > 100 {
		t.Fatalf("Parse reported %d, ParseUpTo(20) kept %d", len(all), len(some))
	}
	want, _ := all.UpToErrors(20)
	got, cut := some.UpToErrors(20)
	if !cut || fmt.Sprint(got) != fmt.Sprint(want) {
		t.Errorf("ParseUpTo(20) shows (cut %v)\n%v\nParse shows\n%v", cut, got, want)
	}
}
