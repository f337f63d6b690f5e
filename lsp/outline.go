package lsp

import (
	"context"
	"sort"
	"strings"

	"github.com/xfgen-dev/xfgen/diag"
	"github.com/xfgen-dev/xfgen/grammar"
	"go.lsp.dev/protocol"
	"go.lsp.dev/uri"
)

func labelText(lb *grammar.Label) string {
	path := func(p *grammar.Path) string {
		if p == nil {
			return "?"
		}
		s := p.Key
		if p.Kind == grammar.TypePath {
			s = p.TypeName()
			if p.Keyword != nil && p.Keyword.Name == "typedef" {
				s = "typedef " + s
			}
		}
		for _, f := range p.Fields {
			s += "." + f.Name
		}
		return s
	}
	if lb.Kind == grammar.Init {
		return "INIT " + path(lb.To)
	}
	return path(lb.From) + " -> " + path(lb.To)
}

// documentSymbols gives one symbol per rule, its labels as children.
func documentSymbols(ctx context.Context, sn *snapshot, params []byte) (any, error) {
	var p protocol.DocumentSymbolParams
	if err := decode(params, &p); err != nil {
		return nil, err
	}
	d, err := sn.doc(string(p.TextDocument.URI))
	if err != nil {
		return nil, err
	}
	out := protocol.DocumentSymbolSlice{}
	if pre := d.spec.Preamble; pre != nil {
		r := d.lines.rangeOf(pre.Range())
		out = append(out, protocol.DocumentSymbol{Name: "preamble", Kind: protocol.SymbolKindNamespace, Range: r, SelectionRange: r})
	}
	for _, ru := range d.spec.Rules {
		if len(ru.Labels) == 0 {
			continue
		}
		var names []string
		var kids []protocol.DocumentSymbol
		for _, lb := range ru.Labels {
			n := labelText(lb)
			names = append(names, n)
			r := d.lines.rangeOf(lb.Range())
			kids = append(kids, protocol.DocumentSymbol{Name: n, Kind: labelKind(lb), Range: r, SelectionRange: r})
		}
		sym := protocol.DocumentSymbol{Name: strings.Join(names, ", "), Kind: labelKind(ru.Labels[0]),
			Range: d.lines.rangeOf(ru.Range()), SelectionRange: d.lines.rangeOf(ru.Labels[0].Range())}
		if len(kids) > 1 {
			sym.Children = kids
		}
		out = append(out, sym)
	}
	return out, nil
}

func labelKind(lb *grammar.Label) protocol.SymbolKind {
	p := lb.To
	switch {
	case p == nil:
		return protocol.SymbolKindNull
	case p.Kind == grammar.VarPath:
		return protocol.SymbolKindVariable
	case len(p.Fields) > 0:
		return protocol.SymbolKindField
	}
	return protocol.SymbolKindStruct
}

// foldingRanges folds code blocks and comments of several lines.
func foldingRanges(ctx context.Context, sn *snapshot, params []byte) (any, error) {
	var p protocol.FoldingRangeParams
	if err := decode(params, &p); err != nil {
		return nil, err
	}
	d, err := sn.doc(string(p.TextDocument.URI))
	if err != nil {
		return nil, err
	}
	out := []protocol.FoldingRange{}
	add := func(r diag.Range, kind protocol.FoldingRangeKind) {
		lr := d.lines.rangeOf(r)
		if lr.End.Line > lr.Start.Line {
			out = append(out, protocol.FoldingRange{StartLine: lr.Start.Line, EndLine: lr.End.Line, Kind: kind})
		}
	}
	if d.spec.Preamble != nil {
		add(d.spec.Preamble.Range(), protocol.FoldingRangeKindRegion)
	}
	for _, ru := range d.spec.Rules {
		if ru.Code != nil {
			add(ru.Code.Range(), protocol.FoldingRangeKindRegion)
		}
	}
	for _, c := range d.spec.Comments {
		add(c.Range(), protocol.FoldingRangeKindComment)
	}
	sort.Slice(out, func(i, j int) bool { return out[i].StartLine < out[j].StartLine })
	return out, nil
}

// formatting replaces the document with the formatter's layout; a spec
// with syntax errors is left as it is.
func formatting(ctx context.Context, sn *snapshot, params []byte) (any, error) {
	var p protocol.DocumentFormattingParams
	if err := decode(params, &p); err != nil {
		return nil, err
	}
	d, err := sn.doc(string(p.TextDocument.URI))
	if err != nil {
		return nil, err
	}
	out, errs := grammar.FormatSource(d.path, d.text)
	if errs.HasErrors() || string(out) == string(d.text) {
		return []protocol.TextEdit{}, nil
	}
	end := d.lines.position(len(d.text))
	return []protocol.TextEdit{{Range: protocol.Range{End: end}, NewText: string(out)}}, nil
}

// semanticTokens colours keywords, '->', variable keys, type names,
// fields, $ forms and comments; code is left to the client's C grammar.
func semanticTokens(ctx context.Context, sn *snapshot, params []byte) (any, error) {
	var p protocol.SemanticTokensParams
	if err := decode(params, &p); err != nil {
		return nil, err
	}
	d, err := sn.doc(string(p.TextDocument.URI))
	if err != nil {
		return nil, err
	}
	type tok struct {
		r    diag.Range
		kind uint32
	}
	var toks []tok
	add := func(r diag.Range, k uint32) {
		if r.End.Offset > r.Start.Offset {
			toks = append(toks, tok{r, k})
		}
	}
	for _, ru := range d.spec.Rules {
		for _, lb := range ru.Labels {
			if lb.Kind == grammar.Init {
				add(lb.Op.Range(), tokKeyword)
			} else {
				add(lb.Op.Range(), tokOperator)
			}
			for _, path := range []*grammar.Path{lb.From, lb.To} {
				if path == nil {
					continue
				}
				if path.Keyword != nil {
					add(path.Keyword.Range(), tokKeyword)
				}
				if path.Kind == grammar.TypePath && path.Name != nil {
					add(path.Name.Range(), tokType)
				} else if path.Kind == grammar.VarPath {
					r := path.Range()
					if len(path.Fields) > 0 {
						r.End = path.Fields[0].Range().Start
					}
					add(r, tokVariable)
				}
				for _, f := range path.Fields {
					add(f.Range(), tokProperty)
				}
			}
		}
		if ru.Code != nil {
			for _, f := range ru.Code.Forms {
				add(f.Range(), tokMacro)
			}
		}
	}
	for _, c := range d.spec.Comments {
		add(c.Range(), tokComment)
	}
	sort.Slice(toks, func(i, j int) bool { return toks[i].r.Start.Offset < toks[j].r.Start.Offset })
	data := []uint32{}
	var prevLine, prevChar uint32
	for _, t := range toks {
		start := d.lines.position(t.r.Start.Offset)
		end := d.lines.position(t.r.End.Offset)
		if end.Line != start.Line {
			continue // tokens may not span lines
		}
		dl := start.Line - prevLine
		dc := start.Character
		if dl == 0 {
			dc = start.Character - prevChar
		}
		data = append(data, dl, dc, end.Character-start.Character, t.kind, 0)
		prevLine, prevChar = start.Line, start.Character
	}
	return &protocol.SemanticTokens{Data: data}, nil
}

// codeActions offers each diagnostic's fixes as quick fixes, and the
// source action that appends every rule the spec still lacks.
func codeActions(ctx context.Context, sn *snapshot, params []byte) (any, error) {
	var p protocol.CodeActionParams
	if err := decode(params, &p); err != nil {
		return nil, err
	}
	d, err := sn.doc(string(p.TextDocument.URI))
	if err != nil {
		return nil, err
	}
	want := func(k protocol.CodeActionKind) bool {
		if len(p.Context.Only) == 0 {
			return true
		}
		for _, o := range p.Context.Only {
			if o == k || strings.HasPrefix(string(k), string(o)+".") {
				return true
			}
		}
		return false
	}
	u := uri.URI(d.uri)
	tx := newTexts(sn.utf8)
	tx.known[d.path] = d.text
	out := []protocol.CodeAction{}
	if want(protocol.CodeActionKindQuickFix) {
		for _, x := range d.diagsAt(p.Range) {
			for _, fx := range x.Fixes {
				kind := protocol.CodeActionKindQuickFix
				edit := &protocol.WorkspaceEdit{Changes: map[uri.URI][]protocol.TextEdit{u: d.textEdits(fx.Edits)}}
				out = append(out, protocol.CodeAction{Title: fx.Title, Kind: &kind, Edit: edit,
					Diagnostics: []protocol.Diagnostic{tx.diagnostic(d.path, x)}})
			}
		}
	}
	if want(SourceAddMissingRules) {
		if text := d.missingRules(); text != "" {
			kind := SourceAddMissingRules
			end := d.lines.position(len(d.text))
			edit := &protocol.WorkspaceEdit{Changes: map[uri.URI][]protocol.TextEdit{u: {{Range: protocol.Range{Start: end, End: end}, NewText: text}}}}
			out = append(out, protocol.CodeAction{Title: "Add all missing rules", Kind: &kind, Edit: edit})
		}
	}
	return out, nil
}

func (d *docCtx) textEdits(es []diag.Edit) []protocol.TextEdit {
	var out []protocol.TextEdit
	for _, e := range es {
		out = append(out, protocol.TextEdit{Range: d.lines.rangeOf(e.Range), NewText: e.NewText})
	}
	return out
}
