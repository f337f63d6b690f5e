package lsp

import (
	"encoding/json"
	"math/rand"
	"os"
	"path/filepath"
	"runtime"
	"strings"
	"testing"

	"github.com/xfgen-dev/xfgen/grammar"
	"github.com/xfgen-dev/xfgen/pipeline"
)

// TestEndurance replays 10,000 random edits of the kvserver spec
// (insertions, deletions, pasted binary garbage, sent without waiting),
// with requests among them that must all be answered; the heap stays
// bounded, and the final diagnostics are those of a fresh check of the
// final text.
func TestEndurance(t *testing.T) {
	edits := 10000
	if testing.Short() {
		edits = 1000
	}
	kv, _ := filepath.Abs("../testdata/kvserver")
	orig, err := os.ReadFile(filepath.Join(kv, "spec.xf"))
	if err != nil {
		t.Fatal(err)
	}
	c := startServer(t, nil, "")
	path := filepath.Join(kv, "spec.xf")
	u := c.open(path, string(orig))
	c.waitDiags(u, 1)
	heap := func() uint64 {
		runtime.GC()
		var ms runtime.MemStats
		runtime.ReadMemStats(&ms)
		return ms.HeapInuse
	}
	before := heap()
	rng := rand.New(rand.NewSource(7))
	pieces := []string{"x", "\n", " ", "struct conn.", "$in->", "->", "INIT ", "{", "}", "/*", "*/", "é", "😀", "\"", ": { $out = 0; }\n", "\x00\xff\xfe\x01"}
	text := string(orig)
	for i := 0; i < edits; i++ {
		l := newLines([]byte(text), false)
		a := rng.Intn(len(text) + 1)
		b := min(len(text), a+rng.Intn(8))
		for a > 0 && a < len(text) && !isRuneStart(text[a]) {
			a--
		}
		for b < len(text) && !isRuneStart(text[b]) {
			b++
		}
		ins := ""
		switch rng.Intn(10) {
		case 0, 1, 2, 3:
			ins = pieces[rng.Intn(len(pieces))]
		case 4:
			g := make([]byte, rng.Intn(40))
			rng.Read(g)
			ins = string(g)
		case 5:
			b = a // insertion only
			ins = string(orig[rng.Intn(len(orig)/2):][:40])
		}
		ins = strings.ToValidUTF8(ins, "\uFFFD") // what JSON carries
		if !strings.Contains(text, "\u0000") && i%1000 == 999 {
			text = string(orig) // from time to time, the whole text anew
			c.notify("textDocument/didChange", map[string]any{"textDocument": map[string]any{"uri": u, "version": i + 2}, "contentChanges": []any{map[string]any{"text": text}}})
			continue
		}
		rangeOf := map[string]any{"start": l.position(a), "end": l.position(b)}
		c.notify("textDocument/didChange", map[string]any{"textDocument": map[string]any{"uri": u, "version": i + 2},
			"contentChanges": []any{map[string]any{"range": rangeOf, "text": ins}}})
		text = text[:a] + ins + text[b:]
		if i%50 == 0 {
			p := l.position(rng.Intn(len(text) + 1))
			var raw json.RawMessage
			for _, m := range []string{"textDocument/hover", "textDocument/completion", "textDocument/documentSymbol", "textDocument/semanticTokens/full"} {
				if err := c.call(m, docPos(u, p.Line, p.Character), &raw); err != nil {
					t.Fatalf("edit %d: %s: %v", i, m, err)
				}
			}
		}
	}
	final := int32(edits + 1)
	got := c.waitDiags(u, final)
	r := pipeline.NewCache().Run(pipeline.Options{Old: []string{filepath.Join(kv, "old.h")}, New: []string{filepath.Join(kv, "new.h")}, Include: []string{filepath.Join(kv, "../../include")}}, path, []byte(text))
	want := map[string]bool{}
	for _, d := range r.Diags {
		if d.Range.Start.File == path {
			want[key(path, d.Range.Start.Line, d.Range.Start.Col, d.Severity.String(), d.Code, d.Message)] = true
		}
	}
	l := newLines([]byte(text), false)
	gotKeys := map[string]bool{}
	for _, d := range got {
		if codeOf(d) == "XF0310" {
			continue
		}
		off := l.offset(d.Range.Start)
		p := grammar.NewLines(path, []byte(text)).Pos(off)
		gotKeys[key(path, p.Line, p.Col, sevWord(d.Severity), codeOf(d), messageOf(d))] = true
	}
	if diff := setDiff(want, gotKeys); diff != "" {
		t.Errorf("final diagnostics differ from a fresh check:\n%s", diff)
	}
	c.mu.Lock()
	c.diags = nil // the client's own record of every publication is not the server's memory
	c.mu.Unlock()
	after := heap()
	if after > before+64<<20 {
		t.Errorf("heap grew from %d MiB to %d MiB over %d edits", before>>20, after>>20, edits)
	}
	t.Logf("%d edits; heap %d → %d MiB; %d final diagnostics", edits, before>>20, after>>20, len(got))
}

func isRuneStart(b byte) bool { return b&0xC0 != 0x80 }
