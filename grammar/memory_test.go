package grammar

import (
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
// file, and the AST stays within a fixed multiple of it (about 18 times
// today: every range holds two full positions).
func TestParseMemoryIsLinear(t *testing.T) {
	small, large := bigSpec(2000), bigSpec(8000)
	liveS, totalS := heapAfter(small)
	liveL, totalL := heapAfter(large)
	ratio := float64(len(large)) / float64(len(small))
	if float64(liveL) > 1.25*ratio*float64(liveS) || float64(totalL) > 1.25*ratio*float64(totalS) {
		t.Errorf("%d bytes keep %d and allocate %d; %d bytes keep %d and allocate %d", len(small), liveS, totalS, len(large), liveL, totalL)
	}
	if perByte := float64(liveL) / float64(len(large)); perByte > 24 {
		t.Errorf("the AST takes %.1f bytes per byte of spec", perByte)
	}
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
