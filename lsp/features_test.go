package lsp

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/xfgen-dev/xfgen/grammar"
	"go.lsp.dev/protocol"
	"go.lsp.dev/uri"
)

// openKV opens a copy of the kvserver example's spec, whose xfgen.toml
// names the example's headers, and waits for its first diagnostics.
func openKV(t testing.TB, text string) (*client, string, string) {
	t.Helper()
	src, err := filepath.Abs("../testdata/kvserver")
	if err != nil {
		t.Fatal(err)
	}
	c := startServer(t, nil, "")
	path := filepath.Join(src, "spec.xf")
	if text == "" {
		b, err := os.ReadFile(path)
		if err != nil {
			t.Fatal(err)
		}
		text = string(b)
	}
	u := c.open(path, text)
	c.waitDiags(u, 1)
	return c, u, text
}

func hoverText(t testing.TB, c *client, u string, line, char uint32) string {
	t.Helper()
	var h *protocol.Hover
	c.mustCall("textDocument/hover", docPos(u, line, char), &h)
	if h == nil {
		return ""
	}
	if m, ok := h.Contents.(*protocol.MarkupContent); ok {
		return m.Value
	}
	return ""
}

func TestHover(t *testing.T) {
	c, u, _ := openKV(t, "")
	cases := []struct {
		line, char uint32
		want       []string
	}{
		// struct config.max_conns -> struct config.max_clients (line 18)
		{17, 9, []string{"**old**", "struct config {", "int max_conns;", "**new**", "int max_clients;", "old.h:"}},
		{17, 16, []string{"**old** field of `struct config`", "int max_conns;", "**new**: not in this version", "**change:** field removed"}},
		// $in in the idle_timeout rule (line 22, col 10)
		{21, 10, []string{"$in: int (old)", "the old value"}},
		{21, 3, []string{"$out: long (new)"}},
		// $base in INIT struct entry.vlen (line 27)
		{26, 11, []string{"$base: struct entry (old)"}},
		// $oldsym(now) (line 39)
		{38, 30, []string{"$oldsym: long (old)"}},
		// the INIT keyword of a label: what happens without the rule
		{29, 1, []string{"Without this rule:** error: field `bytes_in` of struct conn is new"}},
	}
	for _, tc := range cases {
		got := hoverText(t, c, u, tc.line, tc.char)
		for _, w := range tc.want {
			if !strings.Contains(got, w) {
				t.Errorf("hover at %d:%d = %q, want it to contain %q", tc.line+1, tc.char+1, got, w)
			}
		}
	}
	if got := hoverText(t, c, u, 15, 0); got != "" {
		t.Errorf("hover on a blank line: %q", got)
	}
}

func completionLabels(t *testing.T, c *client, u string, line, char uint32) []string {
	t.Helper()
	var l protocol.CompletionList
	c.mustCall("textDocument/completion", docPos(u, line, char), &l)
	var out []string
	for _, it := range l.Items {
		out = append(out, it.Label)
	}
	return out
}

func has(list []string, want ...string) bool {
	set := map[string]bool{}
	for _, s := range list {
		set[s] = true
	}
	for _, w := range want {
		if !set[w] {
			return false
		}
	}
	return true
}

func TestCompletion(t *testing.T) {
	spec := strings.Join([]string{
		"struct con",                     // 0: old type names after struct
		"struct conn.fd -> struct conn.", // 1: new fields after '.'
		"INIT struct entry.vlen: {",      // 2
		"  $out = $base.",                // 3: old entry's fields after $base.
		"  $out = $base.next->",          // 4: through a pointer
		"  $",                            // 5: forms
		"  $newtype(",                    // 6: new type names
		"}",                              // 7
		"cf",                             // 8: old variable keys
		"config_t -> INIT ",              // 9
	}, "\n") + "\n"
	c, u, _ := openKV(t, spec)
	cases := []struct {
		line, char uint32
		want, not  []string
	}{
		{0, 10, []string{"conn", "entry", "config"}, nil},
		{1, 30, []string{"bytes_in", "reqs", "next"}, nil},
		{3, 16, []string{"key", "val", "next", "hash"}, []string{"vlen"}},
		{4, 22, []string{"key", "val"}, nil},
		{5, 3, []string{"out", "base", "oldsym", "newtype"}, []string{"in"}},
		{6, 11, []string{"struct entry", "struct conn"}, nil},
		{8, 2, []string{"cfg", "legacy_mode", "INIT"}, []string{"uptime_base"}},
	}
	for _, tc := range cases {
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

func TestDefinitionAndReferences(t *testing.T) {
	c, u, _ := openKV(t, "")
	var loc protocol.Location
	// max_clients on the TO side is declared in new.h.
	c.mustCall("textDocument/definition", docPos(u, 17, 45), &loc)
	if !strings.HasSuffix(string(loc.URI), "/kvserver/new.h") || loc.Range.Start.Line != 33 || loc.Range.End.Character-loc.Range.Start.Character != 11 {
		t.Errorf("definition of max_clients: %+v", loc)
	}
	// max_conns on the FROM side is declared in old.h.
	c.mustCall("textDocument/definition", docPos(u, 17, 16), &loc)
	if !strings.HasSuffix(string(loc.URI), "/kvserver/old.h") {
		t.Errorf("definition of max_conns: %+v", loc)
	}
	// A member after $base. goes to the old struct's field.
	c.mustCall("textDocument/definition", docPos(u, 26, 16), &loc)
	if !strings.HasSuffix(string(loc.URI), "/kvserver/old.h") || loc.Range.Start.Line != 16 {
		t.Errorf("definition of $base.val: %+v", loc)
	}
	var refs []protocol.Location
	c.mustCall("textDocument/references", map[string]any{"textDocument": map[string]any{"uri": u}, "position": pos(17, 9), "context": map[string]any{"includeDeclaration": true}}, &refs)
	if len(refs) != 4 {
		t.Errorf("references of struct config: %d, want 4 (two rules, both sides): %+v", len(refs), refs)
	}
}

func TestOutlineFoldingTokensFormatting(t *testing.T) {
	c, u, text := openKV(t, "")
	var syms []protocol.DocumentSymbol
	c.mustCall("textDocument/documentSymbol", map[string]any{"textDocument": map[string]any{"uri": u}}, &syms)
	if len(syms) != 8 || syms[0].Name != "preamble" || syms[1].Name != "struct config.max_conns -> struct config.max_clients" || syms[7].Name != "INIT uptime_base" {
		t.Errorf("symbols: %+v", syms)
	}
	var folds []protocol.FoldingRange
	c.mustCall("textDocument/foldingRange", map[string]any{"textDocument": map[string]any{"uri": u}}, &folds)
	if len(folds) < 5 || folds[0].StartLine != 0 || folds[0].Kind != protocol.FoldingRangeKindComment {
		t.Errorf("folding: %+v", folds)
	}
	var toks protocol.SemanticTokens
	c.mustCall("textDocument/semanticTokens/full", map[string]any{"textDocument": map[string]any{"uri": u}}, &toks)
	if len(toks.Data)%5 != 0 || len(toks.Data) < 5*20 {
		t.Fatalf("semantic tokens: %d numbers", len(toks.Data))
	}
	// The first token after the comment tokens of the header is the
	// keyword `struct` at line 18, column 1.
	line, found := uint32(0), false
	for i := 0; i < len(toks.Data); i += 5 {
		line += toks.Data[i]
		if line == 17 && toks.Data[i+3] == tokKeyword && toks.Data[i+2] == 6 {
			found = true
			break
		}
	}
	if !found {
		t.Error("no keyword token for `struct` on line 18")
	}
	var edits []protocol.TextEdit
	c.mustCall("textDocument/formatting", map[string]any{"textDocument": map[string]any{"uri": u}, "options": map[string]any{"tabSize": 2, "insertSpaces": true}}, &edits)
	if len(edits) != 0 {
		t.Errorf("the example is formatted, yet formatting edits it: %+v", edits)
	}
	messy := text + "INIT   extra_var:{$out=0;}\n"
	c.notify("textDocument/didChange", map[string]any{"textDocument": map[string]any{"uri": u, "version": 2}, "contentChanges": []any{map[string]any{"text": messy}}})
	c.waitDiags(u, 2)
	c.mustCall("textDocument/formatting", map[string]any{"textDocument": map[string]any{"uri": u}, "options": map[string]any{"tabSize": 2, "insertSpaces": true}}, &edits)
	want, _ := grammar.FormatSource("spec.xf", []byte(messy))
	if len(edits) != 1 || edits[0].NewText != string(want) || string(want) == messy || applyEdits(t, messy, edits) != string(want) {
		t.Errorf("formatting: %+v", edits)
	}
}

// A diagnostic's fix is a quick fix that, applied, clears it; the source
// action adds every missing rule at once.
func TestCodeActions(t *testing.T) {
	dir := workspace(t, map[string]string{"old.h": oldH, "new.h": newH, "xfgen.toml": toml})
	c := startServer(t, nil, "")
	spec := "struct conn.fd -> struct conn.sok\n"
	u := c.open(filepath.Join(dir, "spec.xf"), spec)
	c.waitDiags(u, 1)
	var acts []protocol.CodeAction
	c.mustCall("textDocument/codeAction", map[string]any{"textDocument": map[string]any{"uri": u},
		"range": map[string]any{"start": pos(0, 31), "end": pos(0, 31)}, "context": map[string]any{"diagnostics": []any{}, "only": []string{"quickfix"}}}, &acts)
	if len(acts) != 1 || acts[0].Title != "change to `sock`" || acts[0].Edit == nil {
		t.Fatalf("quick fixes: %+v", acts)
	}
	text := applyEdits(t, spec, acts[0].Edit.Changes[uri.URI(u)])
	c.notify("textDocument/didChange", map[string]any{"textDocument": map[string]any{"uri": u, "version": 2}, "contentChanges": []any{map[string]any{"text": text}}})
	c.waitDiags(u, 2)
	c.mustCall("textDocument/codeAction", map[string]any{"textDocument": map[string]any{"uri": u},
		"range": map[string]any{"start": pos(0, 0), "end": pos(0, 0)}, "context": map[string]any{"diagnostics": []any{}, "only": []string{string(SourceAddMissingRules)}}}, &acts)
	if len(acts) != 1 || acts[0].Edit == nil {
		t.Fatalf("source action: %+v", acts)
	}
	text = applyEdits(t, text, acts[0].Edit.Changes[uri.URI(u)])
	c.notify("textDocument/didChange", map[string]any{"textDocument": map[string]any{"uri": u, "version": 3}, "contentChanges": []any{map[string]any{"text": text}}})
	for _, d := range c.waitDiags(u, 3) {
		if d.Severity == protocol.DiagnosticSeverityError {
			t.Errorf("after both actions:\n%s\nstill: %s", text, messageOf(d))
		}
	}
}

// applyEdits applies LSP edits (UTF-16 positions) to text.
func applyEdits(t *testing.T, text string, edits []protocol.TextEdit) string {
	t.Helper()
	for i := len(edits) - 1; i >= 0; i-- {
		l := newLines([]byte(text), false)
		a, b := l.offset(edits[i].Range.Start), l.offset(edits[i].Range.End)
		text = text[:a] + edits[i].NewText + text[b:]
	}
	return text
}

// Code blocks are compiled: a C error in a rule lands on its spec line.
func TestCompilerErrorsInCode(t *testing.T) {
	dir := workspace(t, map[string]string{"old.h": oldH, "new.h": newH, "xfgen.toml": toml})
	c := startServer(t, nil, "")
	spec := "struct conn.fd -> struct conn.sock\n\nINIT struct conn.port: {\n  $out = undeclared_thing + 1;\n}\n"
	u := c.open(filepath.Join(dir, "spec.xf"), spec)
	deadline := time.Now().Add(30 * time.Second)
	for time.Now().Before(deadline) {
		for _, d := range c.waitDiags(u, 1) {
			if codeOf(d) == "XF0310" && strings.Contains(messageOf(d), "undeclared_thing") {
				if d.Range.Start.Line != 3 {
					t.Errorf("C error at line %d, want 4: %s", d.Range.Start.Line+1, messageOf(d))
				}
				return
			}
		}
		time.Sleep(50 * time.Millisecond)
	}
	t.Fatal("no C compiler diagnostic for the undeclared identifier")
}

// A header changed on disk is read again, when the client says so and
// when its modification time moved.
func TestHeaderChangedOnDisk(t *testing.T) {
	dir := workspace(t, map[string]string{"old.h": oldH, "new.h": newH, "xfgen.toml": toml})
	c := startServer(t, nil, `{"workspace":{"didChangeWatchedFiles":{"dynamicRegistration":true}}}`)
	spec := "struct conn.fd -> struct conn.sock\n\nINIT struct conn.port: { $out = 1; }\n"
	u := c.open(filepath.Join(dir, "spec.xf"), spec)
	if ds := c.waitDiags(u, 1); len(ds) != 0 {
		t.Fatalf("clean spec: %+v", ds)
	}
	// The new version loses port: the INIT now names nothing.
	nh := filepath.Join(dir, "new.h")
	if err := os.WriteFile(nh, []byte(strings.Replace(newH, "\tint port;\n", "", 1)), 0o644); err != nil {
		t.Fatal(err)
	}
	future := time.Now().Add(3 * time.Second)
	os.Chtimes(nh, future, future)
	c.notify("workspace/didChangeWatchedFiles", map[string]any{"changes": []any{map[string]any{"uri": string(uri.File(nh)), "type": 2}}})
	deadline := time.Now().Add(20 * time.Second)
	for time.Now().Before(deadline) {
		for _, d := range c.waitDiags(u, 1) {
			if codeOf(d) == "XF0103" {
				return
			}
		}
		time.Sleep(20 * time.Millisecond)
	}
	t.Fatal("the changed header was not read again")
}

// A header open in the editor is read from the editor's text, unsaved
// edits included, and from the disk again once it is closed; requests
// about it are answered with null.
func TestUnsavedHeaderEdits(t *testing.T) {
	dir := workspace(t, map[string]string{"old.h": oldH, "new.h": newH, "xfgen.toml": toml})
	c := startServer(t, nil, "")
	spec := "struct conn.fd -> struct conn.sock\n\nINIT struct conn.port: { $out = 1; }\n"
	u := c.open(filepath.Join(dir, "spec.xf"), spec)
	if ds := c.waitDiags(u, 1); len(ds) != 0 {
		t.Fatalf("clean spec: %+v", ds)
	}
	hu := string(uri.File(filepath.Join(dir, "new.h")))
	c.notify("textDocument/didOpen", map[string]any{"textDocument": map[string]any{"uri": hu, "languageId": "c", "version": 1, "text": strings.Replace(newH, "\tint port;\n", "", 1)}})
	waitFor := func(what string, ok func([]protocol.Diagnostic) bool) {
		t.Helper()
		deadline := time.Now().Add(20 * time.Second)
		for time.Now().Before(deadline) {
			if ok(c.waitDiags(u, 1)) {
				return
			}
			time.Sleep(20 * time.Millisecond)
		}
		t.Fatalf("%s: %+v", what, c.waitDiags(u, 1))
	}
	waitFor("the unsaved header was not read", func(ds []protocol.Diagnostic) bool { return len(ds) == 1 && codeOf(ds[0]) == "XF0103" })
	var h *protocol.Hover
	c.mustCall("textDocument/hover", docPos(hu, 1, 2), &h)
	if h != nil {
		t.Errorf("hover on a header: %+v", h)
	}
	c.notify("textDocument/didClose", map[string]any{"textDocument": map[string]any{"uri": hu}})
	waitFor("the header on disk was not read again", func(ds []protocol.Diagnostic) bool { return len(ds) == 0 })
}
