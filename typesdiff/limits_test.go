package typesdiff

import (
	"os"
	"path/filepath"
	"runtime"
	"strconv"
	"strings"
	"testing"
)

// nestedStructs is a header whose struct top holds n anonymous structs,
// each inside the one before, the innermost holding int x.
func nestedStructs(n int) string {
	var b strings.Builder
	b.WriteString("struct top {\n")
	b.WriteString(strings.Repeat("struct {\n", n))
	b.WriteString("int x;\n")
	for i := n - 1; i >= 0; i-- {
		b.WriteString("} f" + strconv.Itoa(i) + ";\n")
	}
	b.WriteString("};\n")
	return b.String()
}

func writeHeader(t *testing.T, name, text string) string {
	t.Helper()
	path := filepath.Join(t.TempDir(), name)
	if err := os.WriteFile(path, []byte(text), 0o644); err != nil {
		t.Fatal(err)
	}
	return path
}

// allocatedBy is the number of bytes f allocates.
func allocatedBy(f func()) uint64 {
	var before, after runtime.MemStats
	runtime.GC()
	runtime.ReadMemStats(&before)
	f()
	runtime.ReadMemStats(&after)
	return after.TotalAlloc - before.TotalAlloc
}

// Each anonymous struct of a nest is converted once: four times the
// depth allocates about four times as much, not sixteen.
func TestNestedAnonymousStructsAreLinear(t *testing.T) {
	var progs [2]*Program
	var bytes [2]uint64
	for i, n := range []int{300, 1200} {
		path := writeHeader(t, "nest.h", nestedStructs(n))
		bytes[i] = allocatedBy(func() { progs[i] = load(t, path) })
	}
	if bytes[1] > 8*bytes[0] {
		t.Errorf("300 levels allocate %d bytes, 1200 levels %d (%.1f times)", bytes[0], bytes[1], float64(bytes[1])/float64(bytes[0]))
	}
	// The model is whole: the innermost int is reached through every level.
	ty := mustType(t, progs[1], "struct top")
	for i := 0; i < 1200; i++ {
		ty = mustField(t, ty, "f"+strconv.Itoa(i)).Type
	}
	if x := mustField(t, ty, "x"); x.Type.Name != "int" {
		t.Errorf("innermost x is %s", x.Type)
	}
}

// Nesting deeper than cc/v4's recursion can take is an error at the
// bracket that passes the limit, not a crash of the whole process.
func TestDeepNestingIsAnErrorNotACrash(t *testing.T) {
	cases := []struct {
		name, text, pos string
	}{
		{"parens.h", "int x =\n " + strings.Repeat("(", 100000) + "1" + strings.Repeat(")", 100000) + ";\n", ":2:" + strconv.Itoa(2+maxParenDepth)},
		{"brackets.h", "/* ((((( */ char *s = \"((((\";\nint v = " + strings.Repeat("a[", 30000) + ";\n", ":2:" + strconv.Itoa(10+2*maxParenDepth)},
		{"braces.h", nestedStructs(100000), ":" + strconv.Itoa(2+maxBraceDepth-1) + ":8"},
	}
	for _, c := range cases {
		path := writeHeader(t, c.name, c.text)
		_, errs := Load(Config{Files: []string{path}})
		if len(errs) != 1 || errs[0].Code != codeNesting || !strings.HasSuffix(errs[0].Range.Start.String(), c.pos) {
			t.Errorf("%s: want one %s at %s, got:\n%s", c.name, codeNesting, c.pos, errs.Error())
		}
	}
	// At the limits themselves the file loads.
	path := writeHeader(t, "ok.h", "int x = "+strings.Repeat("(", maxParenDepth)+"1"+strings.Repeat(")", maxParenDepth)+";\n"+nestedStructs(2000))
	if p := load(t, path); p.Vars["x"] == nil {
		t.Error("x missing")
	}
}

// A file that ends inside a literal just after a backslash (FuzzLoad's
// two-byte `"\`) is an error at the literal: cc/v4 would loop forever.
func TestLiteralEndingTheFileIsAnError(t *testing.T) {
	for _, c := range []struct{ name, text, pos, what string }{
		{"str.h", `"\`, ":1:1", "string literal is not closed"},
		{"chr.h", "int a;\nchar c = '\\", ":2:10", "character literal is not closed"},
	} {
		path := writeHeader(t, c.name, c.text)
		_, errs := Load(Config{Files: []string{path}})
		if len(errs) != 1 || errs[0].Code != codeC || !strings.HasSuffix(errs[0].Range.Start.String(), c.pos) || !strings.Contains(errs[0].Message, c.what) {
			t.Errorf("%s: want one %s at %s saying %q, got:\n%s", c.name, codeC, c.pos, c.what, errs.Error())
		}
	}
	// A literal closed at the very end, and a backslash in a comment, load.
	path := writeHeader(t, "ok.h", "const char *s = \"a\\\\\";\n// \\")
	if p := load(t, path); p.Vars["s"] == nil {
		t.Error("s missing")
	}
}
