package lsp

import (
	"encoding/json"
	"path/filepath"
	"strings"
	"testing"

	"go.lsp.dev/protocol"
	"go.lsp.dev/uri"
)

const (
	oldH = "struct conn {\n\tint fd;\n\tstruct conn *next;\n};\nextern struct conn *conns;\nextern int count;\n"
	newH = "struct conn {\n\tlong sock;\n\tint port;\n\tstruct conn *next;\n};\nextern struct conn *conns;\nextern int count;\n"
	toml = "old = [\"old.h\"]\nnew = [\"new.h\"]\n"
)

func codeOf(d protocol.Diagnostic) string {
	if s, ok := d.Code.(protocol.String); ok {
		return string(s)
	}
	return ""
}

func messageOf(d protocol.Diagnostic) string {
	if s, ok := d.Message.(protocol.String); ok {
		return string(s)
	}
	return ""
}

// The diagnostics of a spec are those of xfgen check, with their
// positions, code links, related header lines and fixes; an edit that
// fixes the spec clears them.
func TestDiagnosticsOnOpenAndChange(t *testing.T) {
	dir := workspace(t, map[string]string{"old.h": oldH, "new.h": newH, "xfgen.toml": toml})
	c := startServer(t, nil, "")
	spec := "struct conn.fd -> struct conn.sok\n"
	u := c.open(filepath.Join(dir, "spec.xf"), spec)
	ds := c.waitDiags(u, 1)
	var bad, port *protocol.Diagnostic
	for i := range ds {
		switch codeOf(ds[i]) {
		case "XF0103":
			bad = &ds[i]
		}
	}
	if bad == nil {
		t.Fatalf("no XF0103 for the misspelt field: %+v", ds)
	}
	if !strings.Contains(messageOf(*bad), "did you mean `sock`?") || bad.Range.Start != (protocol.Position{Line: 0, Character: 30}) || bad.Range.End.Character != 33 {
		t.Errorf("diagnostic %q at %+v", messageOf(*bad), bad.Range)
	}
	if !strings.HasSuffix(string(bad.CodeDescription.Href), "#xf0103") {
		t.Errorf("code link %q", bad.CodeDescription.Href)
	}
	// The new field's error is published on the header it points into.
	hs := c.waitDiags(string(uri.File(filepath.Join(dir, "new.h"))), -1)
	for i := range hs {
		if codeOf(hs[i]) == "XF0131" {
			port = &hs[i]
		}
	}
	if port == nil || port.Range.Start.Line != 2 || len(port.RelatedInformation) == 0 {
		t.Fatalf("no XF0131 on new.h line 3 with the old struct as related: %+v", hs)
	}
	// Fix both through incremental changes.
	c.notify("textDocument/didChange", map[string]any{
		"textDocument": map[string]any{"uri": u, "version": 2},
		"contentChanges": []any{
			map[string]any{"range": map[string]any{"start": pos(0, 31), "end": pos(0, 33)}, "text": "ock"},
			map[string]any{"range": map[string]any{"start": pos(1, 0), "end": pos(1, 0)}, "text": "INIT struct conn.port: { $out = 80; }\n"},
		},
	})
	if ds := c.waitDiags(u, 2); len(ds) != 0 {
		t.Errorf("after the fix: %+v", ds)
	}
	if hs := c.waitDiags(string(uri.File(filepath.Join(dir, "new.h"))), -1); len(hs) != 0 {
		t.Errorf("header diagnostics not cleared: %+v", hs)
	}
}

// Positions count UTF-16 code units unless the client offers UTF-8, on
// text with characters outside ASCII and outside the BMP.
func TestPositionEncodings(t *testing.T) {
	dir := workspace(t, map[string]string{"old.h": oldH, "new.h": newH, "xfgen.toml": toml})
	spec := "/* é😀 */ struct conn.fd -> struct conn.sok\nINIT struct conn.port: { $out = 80; }\n"
	for _, tc := range []struct {
		caps string
		char uint32
	}{
		{"", 40},
		{`{"general":{"positionEncodings":["utf-8","utf-16"]}}`, 43},
	} {
		c := startServer(t, nil, tc.caps)
		u := c.open(filepath.Join(dir, "spec.xf"), spec)
		ds := c.waitDiags(u, 1)
		if len(ds) != 1 || ds[0].Range.Start.Character != tc.char {
			t.Errorf("caps %s: diagnostics %+v, want one at character %d", tc.caps, ds, tc.char)
		}
		// An edit in the same encoding lands where it should.
		c.notify("textDocument/didChange", map[string]any{
			"textDocument":   map[string]any{"uri": u, "version": 2},
			"contentChanges": []any{map[string]any{"range": map[string]any{"start": pos(0, tc.char+1), "end": pos(0, tc.char+3)}, "text": "ock"}},
		})
		if ds := c.waitDiags(u, 2); len(ds) != 0 {
			t.Errorf("caps %s: after the edit: %+v", tc.caps, ds)
		}
	}
}

// Many changes sent at once are applied in order, and only the last
// version's diagnostics are published for it.
func TestRapidChangesKeepOrder(t *testing.T) {
	dir := workspace(t, map[string]string{"old.h": oldH, "new.h": newH, "xfgen.toml": toml})
	c := startServer(t, nil, "")
	u := c.open(filepath.Join(dir, "spec.xf"), "")
	c.waitDiags(u, 1)
	want := "struct conn.fd -> struct conn.sock\n\nINIT struct conn.port: { $out = 80; }\n"
	for i := 0; i < len(want); i++ {
		c.notify("textDocument/didChange", map[string]any{
			"textDocument":   map[string]any{"uri": u, "version": i + 2},
			"contentChanges": []any{map[string]any{"range": map[string]any{"start": pos(0, uint32(i)), "end": pos(0, uint32(i))}, "text": want[i : i+1]}},
		})
		if want[i] == '\n' {
			break // later characters are on the next line: send the rest whole
		}
	}
	last := int32(len("struct conn.fd -> struct conn.sock\n") + 2)
	c.notify("textDocument/didChange", map[string]any{
		"textDocument": map[string]any{"uri": u, "version": last}, "contentChanges": []any{map[string]any{"text": want}},
	})
	if ds := c.waitDiags(u, last); len(ds) != 0 {
		t.Errorf("final version: %+v", ds)
	}
	c.mu.Lock()
	defer c.mu.Unlock()
	for _, p := range c.diags[u] {
		if p.hasVer && p.version > last {
			t.Errorf("published a version that was never sent: %d", p.version)
		}
	}
	var formatted []protocol.TextEdit
	c.mustCall("textDocument/formatting", map[string]any{"textDocument": map[string]any{"uri": u}, "options": map[string]any{"tabSize": 2, "insertSpaces": true}}, &formatted)
	if len(formatted) != 0 {
		t.Errorf("the document is not what was typed (formatting changes it): %+v", formatted)
	}
}

// The server survives what a broken client or a half-typed file sends.
func TestRobustness(t *testing.T) {
	dir := workspace(t, map[string]string{"old.h": oldH, "new.h": newH, "xfgen.toml": toml})
	c := startServer(t, nil, "")
	// Malformed JSON and a message that is no JSON-RPC, written raw.
	for _, body := range []string{"{not json", `{"jsonrpc":"2.0"}`, `[]`} {
		if _, err := c.raw.Write([]byte("Content-Length: " + itoa(len(body)) + "\r\n\r\n" + body)); err != nil {
			t.Fatal(err)
		}
	}
	// A header block without Content-Length is skipped.
	if _, err := c.raw.Write([]byte("X-Garbage: 1\r\nContent-Length: lots\r\n\r\n")); err != nil {
		t.Fatal(err)
	}
	var raw json.RawMessage
	err := c.call("textDocument/noSuchMethod", map[string]any{}, &raw)
	if err == nil || !strings.Contains(err.Error(), "not supported") {
		t.Errorf("unknown method: %v", err)
	}
	// Binary and half-typed text, positions past the end.
	u := c.open(filepath.Join(dir, "spec.xf"), "struct conn.\x00\xff\xfe { $in-> ")
	c.waitDiags(u, 1)
	for _, m := range []string{"textDocument/hover", "textDocument/completion", "textDocument/definition", "textDocument/references"} {
		params := docPos(u, 999, 999)
		if m == "textDocument/references" {
			params["context"] = map[string]any{"includeDeclaration": true}
		}
		if err := c.call(m, params, &raw); err != nil {
			t.Errorf("%s past the end: %v", m, err)
		}
	}
	if err := c.call("textDocument/hover", map[string]any{"textDocument": 5}, &raw); err == nil {
		t.Error("bad params: no error")
	}
	// A config pointing at missing files is a diagnostic on the toml file.
	dir2 := workspace(t, map[string]string{"xfgen.toml": "old = [\"gone.h\"]\nnew = [\"new.h\"]\n"})
	u2 := c.open(filepath.Join(dir2, "spec.xf"), "")
	ds := c.waitDiags(u2, 1)
	if len(ds) != 1 || !strings.Contains(messageOf(ds[0]), "xfgen.toml has errors") {
		t.Errorf("spec diagnostics with a broken config: %+v", ds)
	}
	ts := c.waitDiags(string(uri.File(filepath.Join(dir2, "xfgen.toml"))), -1)
	if len(ts) != 2 || ts[0].Range.Start.Line != 0 || ts[0].Range.Start.Character != 7 {
		t.Errorf("toml diagnostics: %+v", ts)
	}
	// Still alive: shutdown then exit exits 0.
	c.mustCall("shutdown", nil, nil)
	c.notify("exit", nil)
	if code := <-c.exited; code != 0 {
		t.Errorf("exit after shutdown: %d", code)
	}
}

func TestExitWithoutShutdown(t *testing.T) {
	c := startServer(t, nil, "")
	c.notify("exit", nil)
	if code := <-c.exited; code != 1 {
		t.Errorf("exit without shutdown: %d, want 1", code)
	}
}

func itoa(n int) string {
	b, _ := json.Marshal(n)
	return string(b)
}
