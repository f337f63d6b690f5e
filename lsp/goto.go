package lsp

import (
	"context"

	"github.com/xfgen-dev/xfgen/compiler"
	"github.com/xfgen-dev/xfgen/diag"
	"github.com/xfgen-dev/xfgen/grammar"
	"go.lsp.dev/protocol"
	"go.lsp.dev/uri"
)

// declPos is where the element's type, field or variable is declared,
// in the version its side names.
func declPos(e *element, old, new *programs) diag.Range {
	p, name := declPosName(e, old, new)
	end := p
	end.Col += len(name)
	end.Offset += len(name)
	return diag.Range{Start: p, End: end}
}

// declPosName is where the element's target is declared, and its name.
func declPosName(e *element, old, new *programs) (diag.Pos, string) {
	if old == nil {
		return diag.Pos{}, ""
	}
	pr := new
	if e.old {
		pr = old
	}
	switch e.kind {
	case elHead, elKeyword, elField:
		n := 0
		if e.kind == elField {
			n = e.field + 1
		}
		t := compiler.Lookup(pr.p, e.path, n)
		switch {
		case t.Var != nil:
			return t.Var.Pos, t.Var.Name
		case n > 0 && t.Field != nil:
			return t.Field.Pos, t.Field.Name
		case t.Type != nil:
			return t.Type.Pos, t.Type.Name
		}
	case elFormArg:
		f := e.form
		switch f.Kind {
		case grammar.FormOldSym, grammar.FormOldType:
			pr = old
		case grammar.FormNewSym, grammar.FormNewType:
			pr = new
		case grammar.FormXform:
			pr = old
			if e.arg == 1 {
				pr = new
			}
		default:
			return diag.Pos{}, ""
		}
		text := f.Args[e.arg].Text
		if v := pr.p.Vars[text]; v != nil && (f.Kind == grammar.FormOldSym || f.Kind == grammar.FormNewSym) {
			return v.Pos, v.Name
		}
		if t := cType(pr.p, text); t != nil {
			return t.Pos, t.Name
		}
	case elMember:
		if t, _ := formType(e.form, e.label, old, new); t != nil {
			if _, f := memberType(t, e.members); f != nil {
				return f.Pos, f.Name
			}
		}
	}
	return diag.Pos{}, ""
}

func definition(ctx context.Context, sn *snapshot, params []byte) (any, error) {
	d, e, err := positioned(sn, params)
	if err != nil {
		return nil, err
	}
	if e == nil {
		return nil, nil
	}
	old, new := d.programs()
	r := declPos(e, old, new)
	if !r.Start.IsValid() || r.Start.File == "" {
		return nil, nil
	}
	tx := newTexts(sn.utf8)
	loc := tx.location(r)
	return &loc, nil
}

// references lists every path element of the spec that names what the
// element at the position names: the same variable, type, or field of
// the same type.
func references(ctx context.Context, sn *snapshot, params []byte) (any, error) {
	d, e, err := positioned(sn, params)
	if err != nil {
		return nil, err
	}
	if e == nil || e.path == nil {
		return protocol.LocationSlice{}, nil
	}
	want := refKey(e.path, e.kind, e.field)
	out := protocol.LocationSlice{}
	u := uri.URI(d.uri)
	for _, ru := range d.spec.Rules {
		for _, lb := range ru.Labels {
			for _, path := range []*grammar.Path{lb.From, lb.To} {
				if path == nil {
					continue
				}
				if want.field == "" && refKey(path, elHead, 0) == want {
					r := path.Range()
					if path.Name != nil && path.Kind == grammar.TypePath {
						r = path.Name.Range()
					}
					out = append(out, protocol.Location{URI: u, Range: d.lines.rangeOf(r)})
				}
				for i := range path.Fields {
					if want.field != "" && refKey(path, elField, i) == want {
						out = append(out, protocol.Location{URI: u, Range: d.lines.rangeOf(path.Fields[i].Range())})
					}
				}
			}
		}
		if ru.Code != nil && want.field == "" {
			for _, f := range ru.Code.Forms {
				for _, a := range f.Args {
					if a.Text == want.head || "typedef "+a.Text == want.head {
						out = append(out, protocol.Location{URI: u, Range: d.lines.rangeOf(a.Range())})
					}
				}
			}
		}
	}
	return out, nil
}

type ref struct{ head, field string }

func refKey(p *grammar.Path, kind elemKind, i int) ref {
	head := p.Key
	if p.Kind == grammar.TypePath {
		head = p.TypeName()
	}
	if kind == elField {
		chain := ""
		for _, f := range p.Fields[:i+1] {
			chain += "." + f.Name
		}
		return ref{head: head, field: chain}
	}
	return ref{head: head}
}
