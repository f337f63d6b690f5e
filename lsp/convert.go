package lsp

import (
	"os"
	"strings"

	"github.com/xfgen-dev/xfgen/diag"
	"go.lsp.dev/protocol"
	"go.lsp.dev/uri"
)

// DocsURL is where every diagnostic code is explained; a code's anchor
// is its lower-case name.
const DocsURL = "https://github.com/xfgen-dev/xfgen/blob/main/docs/diagnostics.md"

// unnecessary are the codes of rules that do nothing: editors grey them.
var unnecessary = map[string]bool{"XF0121": true, "XF0122": true}

// texts reads the files that diagnostics point into, once per request.
type texts struct {
	utf8  bool
	known map[string][]byte
	cache map[string]*lines
}

func newTexts(utf8 bool) *texts {
	return &texts{utf8: utf8, known: map[string][]byte{}, cache: map[string]*lines{}}
}

// lines of path: the editor's text when given, else the file on disk.
func (t *texts) lines(path string) *lines {
	if l := t.cache[path]; l != nil {
		return l
	}
	b, ok := t.known[path]
	if !ok {
		b, _ = os.ReadFile(path)
	}
	l := newLines(b, t.utf8)
	t.cache[path] = l
	return l
}

func (t *texts) location(r diag.Range) protocol.Location {
	return protocol.Location{URI: uri.URI(fileURI(r.Start.File)), Range: t.lines(r.Start.File).rangeOf(r)}
}

// convertDiags turns diagnostics of the file path (published as u,
// whose editor text is text, or nil to read it) into LSP's.
func (s *session) convertDiags(u, path string, text []byte, ds diag.List) []protocol.Diagnostic {
	s.mu.Lock()
	tx := newTexts(s.utf8)
	s.mu.Unlock()
	if text != nil {
		tx.known[path] = text
	}
	out := make([]protocol.Diagnostic, 0, len(ds))
	for _, d := range ds {
		out = append(out, tx.diagnostic(path, d))
	}
	return out
}

func (t *texts) diagnostic(path string, d diag.Diagnostic) protocol.Diagnostic {
	r := d.Range
	if r.Start.File == "" {
		r.Start.File, r.End.File = path, path
	}
	pd := protocol.Diagnostic{
		Range:    t.lines(path).rangeOf(r),
		Severity: severity(d.Severity),
		Source:   protocol.NewOptional("xfgen"),
		Message:  protocol.String(d.Message),
	}
	if d.Code != "" {
		pd.Code = protocol.String(d.Code)
		pd.CodeDescription = protocol.CodeDescription{Href: uri.URI(DocsURL + "#" + strings.ToLower(d.Code))}
	}
	if unnecessary[d.Code] {
		pd.Tags = protocol.NewDiagnosticTags(protocol.DiagnosticTagUnnecessary)
	}
	for _, rel := range d.Related {
		if !rel.Range.Start.IsValid() || rel.Range.Start.File == "" {
			continue
		}
		pd.RelatedInformation = append(pd.RelatedInformation, protocol.DiagnosticRelatedInformation{Location: t.location(rel.Range), Message: rel.Message})
	}
	return pd
}

func severity(s diag.Severity) protocol.DiagnosticSeverity {
	switch s {
	case diag.Error:
		return protocol.DiagnosticSeverityError
	case diag.Warning:
		return protocol.DiagnosticSeverityWarning
	}
	return protocol.DiagnosticSeverityInformation
}
