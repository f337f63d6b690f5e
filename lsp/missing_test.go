package lsp

import (
	"path/filepath"
	"strings"
	"testing"

	"go.lsp.dev/protocol"
	"go.lsp.dev/uri"
)

// "Add all missing rules" appends what xfgen stubs prints: the stubs,
// after the blank line the formatter puts between rules.
func TestAddAllMissingRules(t *testing.T) {
	for _, tc := range []struct{ toml, want string }{
		{toml, "INIT struct conn.port: {\n  $out = 0; /* TODO: its value */\n}"},
		// lang = "go": the bodies are Go, for the Go generator
		{toml + "lang = \"go\"\n", "INIT struct conn.port: {\n  $out = 0 /* TODO: its value */\n}"},
	} {
		addAllMissingRules(t, tc.toml, tc.want)
	}
}

func addAllMissingRules(t *testing.T, toml, want string) {
	dir := workspace(t, map[string]string{"old.h": oldH, "new.h": newH, "xfgen.toml": toml})
	c := startServer(t, nil, "")
	spec := "struct conn.fd -> struct conn.sock\n"
	u := c.open(filepath.Join(dir, "spec.xf"), spec)
	c.waitDiags(u, 1)
	var actions []protocol.CodeAction
	c.mustCall("textDocument/codeAction", map[string]any{
		"textDocument": map[string]any{"uri": u},
		"range":        map[string]any{"start": pos(0, 0), "end": pos(0, 0)},
		"context":      map[string]any{"diagnostics": []any{}, "only": []string{string(SourceAddMissingRules)}},
	}, &actions)
	if len(actions) != 1 || actions[0].Edit == nil {
		t.Fatalf("want one source action with an edit, got %+v", actions)
	}
	edits := actions[0].Edit.Changes[uri.URI(u)]
	if len(edits) != 1 {
		t.Fatalf("edits %+v", edits)
	}
	e := edits[0]
	if e.Range.Start != (protocol.Position{Line: 1, Character: 0}) || e.Range.End != e.Range.Start {
		t.Errorf("inserted at %+v, want the end of the document", e.Range)
	}
	if !strings.HasPrefix(e.NewText, "\n// ") || !strings.Contains(e.NewText, want) {
		t.Errorf("inserted text:\n%s", e.NewText)
	}
}
