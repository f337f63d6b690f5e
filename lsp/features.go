package lsp

import (
	"context"
	"errors"
	"fmt"
	"time"

	"github.com/xfgen-dev/xfgen/compiler/gogen"
	"github.com/xfgen-dev/xfgen/diag"
	"github.com/xfgen-dev/xfgen/grammar"
	"github.com/xfgen-dev/xfgen/pipeline"
	"go.lsp.dev/protocol"
)

// SourceAddMissingRules is the kind of the source action that appends
// every rule the spec still lacks.
const SourceAddMissingRules protocol.CodeActionKind = "source.addMissingRules"

// tokenTypes is the semantic tokens legend, in index order.
var tokenTypes = []string{"keyword", "operator", "variable", "type", "property", "macro", "comment"}

const (
	tokKeyword = iota
	tokOperator
	tokVariable
	tokType
	tokProperty
	tokMacro
	tokComment
)

func initializeResult(enc protocol.PositionEncodingKind) *protocol.InitializeResult {
	yes := protocol.Boolean(true)
	change := protocol.TextDocumentSyncKindIncremental
	open := true
	return &protocol.InitializeResult{
		Capabilities: protocol.ServerCapabilities{
			PositionEncoding: enc,
			TextDocumentSync: &protocol.TextDocumentSyncOptions{OpenClose: &open, Change: &change},
			CompletionProvider: &protocol.CompletionOptions{
				TriggerCharacters: []string{".", ">", "$", "(", " ", "/", "#"},
			},
			HoverProvider:              yes,
			DefinitionProvider:         yes,
			ReferencesProvider:         yes,
			DocumentSymbolProvider:     yes,
			FoldingRangeProvider:       yes,
			DocumentFormattingProvider: yes,
			CodeActionProvider: &protocol.CodeActionOptions{
				CodeActionKinds: []protocol.CodeActionKind{protocol.CodeActionKindQuickFix, SourceAddMissingRules},
			},
			SemanticTokensProvider: &protocol.SemanticTokensOptions{
				Legend: protocol.SemanticTokensLegend{TokenTypes: tokenTypes, TokenModifiers: []string{}},
				Full:   yes,
			},
		},
		ServerInfo: protocol.ServerInfo{Name: "xfls", Version: protocol.NewOptional(Version())},
	}
}

type requestFunc func(ctx context.Context, sn *snapshot, params []byte) (any, error)

func (s *session) request(method string) (requestFunc, bool) {
	if f, ok := s.extra[method]; ok {
		return f, true
	}
	f, ok := requests[method]
	return f, ok
}

var requests = map[string]requestFunc{
	"textDocument/hover":               hover,
	"textDocument/completion":          completion,
	"textDocument/definition":          definition,
	"textDocument/references":          references,
	"textDocument/documentSymbol":      documentSymbols,
	"textDocument/foldingRange":        foldingRanges,
	"textDocument/formatting":          formatting,
	"textDocument/semanticTokens/full": semanticTokens,
	"textDocument/codeAction":          codeActions,
}

// doc returns the document a request names, with its spec parsed (the
// latest analysis's when it is of this version) and the programs of the
// latest analysis.
type docCtx struct {
	view
	spec  *grammar.File
	lines *lines
	an    *analysis // may be nil (not checked yet)
}

// errNotSpec is a request about a document that is not a spec (a header
// the editor shares with the server): it is answered with null.
var errNotSpec = errors.New("not a spec")

func (sn *snapshot) doc(u string) (*docCtx, error) {
	v, ok := sn.docs[u]
	if !ok {
		return nil, badParams{fmt.Errorf("%s is not open", u)}
	}
	if !v.spec {
		return nil, errNotSpec
	}
	d := &docCtx{view: v, lines: newLines(v.text, sn.utf8), an: v.last}
	if v.last != nil && v.last.version == v.version && v.last.spec != nil {
		d.spec = v.last.spec
	} else {
		d.spec, _ = grammar.Parse(v.path, v.text)
	}
	return d, nil
}

// positioned decodes a request about a position of a document (hover,
// definition, references) and finds the document and the element there
// (nil when the position is on nothing).
func positioned(sn *snapshot, params []byte) (*docCtx, *element, error) {
	var p protocol.TextDocumentPositionParams
	if err := decode(params, &p); err != nil {
		return nil, nil, err
	}
	d, err := sn.doc(string(p.TextDocument.URI))
	if err != nil {
		return nil, nil, err
	}
	return d, find(d.spec, d.lines.offset(p.Position)), nil
}

func (d *docCtx) programs() (old, new *programs) {
	if d.an == nil || d.an.res == nil {
		return nil, nil
	}
	return &programs{p: d.an.res.Old, version: "old"}, &programs{p: d.an.res.New, version: "new"}
}

// scheduleCC runs the C compiler (the Go compiler, with lang = "go") on
// the code generated for a, after the document stayed unchanged a while
// longer, off the typing path.
func (s *session) scheduleCC(u string, a *analysis) {
	s.mu.Lock()
	d := s.docs[u]
	if d == nil || d.version != a.version {
		s.mu.Unlock()
		return
	}
	stopTimer(d.ccTimer)
	if d.ccCancel != nil {
		d.ccCancel()
	}
	ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
	d.ccCancel = cancel
	d.ccTimer = time.AfterFunc(s.opts.CompileDelay, func() {
		defer cancel()
		check := func() (diag.List, error) { return pipeline.CompileCheck(ctx, a.res.Plan, a.opts.Prefix) }
		if a.goMode() {
			check = func() (diag.List, error) { return gogen.BuildCheck(ctx, a.res.Plan) }
		}
		ds, err := check()
		if err != nil {
			s.logf("compiler check: %v", err)
			return
		}
		s.mu.Lock()
		d := s.docs[u]
		current := d != nil && d.version == a.version && d.last == a
		s.mu.Unlock()
		if current && len(ds) > 0 {
			s.publishAnalysis(u, a, ds)
		}
	})
	s.mu.Unlock()
}

// diagsAt are the latest diagnostics of the spec whose range meets r.
func (d *docCtx) diagsAt(r protocol.Range) diag.List {
	if d.an == nil {
		return nil
	}
	a, b := d.lines.offset(r.Start), d.lines.offset(r.End)
	var out diag.List
	for _, x := range d.an.diags {
		if !sameFile(x.Range.Start.File, d.path) {
			continue
		}
		s, e := d.lines.posOffset(x.Range.Start), d.lines.posOffset(x.Range.End)
		if e < s {
			e = s
		}
		if s <= b && a <= e {
			out = append(out, x)
		}
	}
	return out
}
