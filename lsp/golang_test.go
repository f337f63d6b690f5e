package lsp

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

// With lang = "go" in xfgen.toml, hover and completion in code blocks
// speak of Go: the generated types' names, members by their Go names
// after '.', through pointers as Go selectors go.
func TestGoCodeBlocks(t *testing.T) {
	src, err := filepath.Abs("../testdata/kvserver")
	if err != nil {
		t.Fatal(err)
	}
	inc, err := filepath.Abs("../include")
	if err != nil {
		t.Fatal(err)
	}
	dir := t.TempDir()
	for _, f := range []string{"old.h", "new.h"} {
		b, err := os.ReadFile(filepath.Join(src, f))
		if err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(filepath.Join(dir, f), b, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	toml := "old = [\"old.h\"]\nnew = [\"new.h\"]\ninclude = [\"" + inc + "\"]\nlang = \"go\"\n"
	if err := os.WriteFile(filepath.Join(dir, "xfgen.toml"), []byte(toml), 0o644); err != nil {
		t.Fatal(err)
	}
	spec := strings.Join([]string{
		"INIT struct entry.vlen: {",   // 0
		"\t$out = uint64($base.Hash)", // 1: hover $base, $out
		"\t_ = $base.Next.",           // 2: members through the pointer next
		"\t_ = $base.",                // 3
		"}",                           // 4
	}, "\n") + "\n"
	c := startServer(t, nil, "")
	u := c.open(filepath.Join(dir, "spec.xf"), spec)
	c.waitDiags(u, 1)

	for _, tc := range []struct {
		line, char uint32
		want       []string
	}{
		{1, 16, []string{"$base: struct entry (old)", "```go\n$base OldEntry\n```"}},
		{1, 2, []string{"```go\n$out uint64\n```"}},
		{1, 21, []string{"Hash uint32", "C: unsigned int hash"}},
	} {
		got := hoverText(t, c, u, tc.line, tc.char)
		for _, w := range tc.want {
			if !strings.Contains(got, w) {
				t.Errorf("hover at %d:%d = %q, want it to contain %q", tc.line+1, tc.char+1, got, w)
			}
		}
	}
	for _, tc := range []struct {
		line, char uint32
		want, not  []string
	}{
		{2, 16, []string{"Key", "Val", "Hash", "Next"}, []string{"key", "vlen"}},
		{3, 11, []string{"Key", "Next"}, []string{"next"}},
	} {
		got := completionLabels(t, c, u, tc.line, tc.char)
		if !has(got, tc.want...) {
			t.Errorf("completion at %d:%d = %v, want %v", tc.line+1, tc.char+1, got, tc.want)
		}
		for _, n := range tc.not {
			if has(got, n) {
				t.Errorf("completion at %d:%d offers %q", tc.line+1, tc.char+1, n)
			}
		}
	}
}

// With lang = "go", code blocks are built as Go: a Go error in a rule
// lands on its spec line.
func TestGoCompilerErrorsInCode(t *testing.T) {
	dir := workspace(t, map[string]string{"old.h": oldH, "new.h": newH, "xfgen.toml": toml + "lang = \"go\"\n"})
	c := startServer(t, nil, "")
	spec := "struct conn.fd -> struct conn.sock\n\nINIT struct conn.port: {\n  $out = undeclaredThing + 1\n}\n"
	u := c.open(filepath.Join(dir, "spec.xf"), spec)
	deadline := time.Now().Add(60 * time.Second)
	for time.Now().Before(deadline) {
		for _, d := range c.waitDiags(u, 1) {
			if codeOf(d) == "XF0310" && strings.Contains(messageOf(d), "undefined: undeclaredThing") {
				if d.Range.Start.Line != 3 || !strings.HasPrefix(messageOf(d), "Go compiler: ") {
					t.Errorf("Go error at line %d, want 4: %s", d.Range.Start.Line+1, messageOf(d))
				}
				return
			}
		}
		time.Sleep(50 * time.Millisecond)
	}
	t.Fatal("no Go compiler diagnostic for the undefined identifier")
}
