package lsp

import (
	"strings"

	"github.com/xfgen-dev/xfgen/compiler"
	"github.com/xfgen-dev/xfgen/diag"
	"github.com/xfgen-dev/xfgen/grammar"
	"github.com/xfgen-dev/xfgen/typesdiff"
)

// programs is one version of the program, named for messages.
type programs struct {
	p       *typesdiff.Program
	version string
}

// elemKind is what kind of spec element a position is on.
type elemKind int

const (
	elNone    elemKind = iota
	elHead             // a type path's type name, or a variable path's key
	elKeyword          // struct, union, enum, typedef of a type path
	elField            // one field of a path
	elOp               // a label's '->' or INIT
	elForm             // a $ form's name
	elFormArg          // an argument of a $ form
	elMember           // a member after a $ form in code: $in->next
)

// element is the spec element at a position.
type element struct {
	kind  elemKind
	rng   diag.Range
	rule  *grammar.Rule
	label *grammar.Label
	path  *grammar.Path
	old   bool // the path is a FROM path (old version)
	field int  // elField: index into path.Fields
	form  *grammar.Form
	arg   int // elFormArg: index into form.Args
	// members are the names from the form up to and including the one
	// at the position (elMember), each with whether it follows '->'.
	members []member
}

type member struct {
	name  string
	arrow bool
	rng   diag.Range
}

func within(r diag.Range, off int) bool {
	return r.Start.Offset <= off && off <= r.End.Offset && r.End.Offset > r.Start.Offset
}

// find locates the element at byte offset off of spec.
func find(spec *grammar.File, off int) *element {
	if spec == nil {
		return nil
	}
	for _, ru := range spec.Rules {
		for _, lb := range ru.Labels {
			if within(lb.Op.Range(), off) {
				return &element{kind: elOp, rng: lb.Op.Range(), rule: ru, label: lb}
			}
			for _, side := range []struct {
				p   *grammar.Path
				old bool
			}{{lb.From, true}, {lb.To, false}} {
				if e := findInPath(side.p, off); e != nil {
					e.rule, e.label, e.old = ru, lb, side.old
					return e
				}
			}
		}
		if ru.Code != nil && within(ru.Code.Range(), off) {
			if e := findInCode(ru.Code, off); e != nil {
				e.rule = ru
				if len(ru.Labels) > 0 {
					e.label = ru.Labels[0]
				}
				return e
			}
		}
	}
	if spec.Preamble != nil && within(spec.Preamble.Range(), off) {
		return findInCode(spec.Preamble, off)
	}
	return nil
}

func findInPath(p *grammar.Path, off int) *element {
	if p == nil || !within(p.Range(), off) {
		return nil
	}
	for i, f := range p.Fields {
		if within(f.Range(), off) {
			return &element{kind: elField, rng: f.Range(), path: p, field: i}
		}
	}
	if p.Keyword != nil && within(p.Keyword.Range(), off) {
		return &element{kind: elKeyword, rng: p.Keyword.Range(), path: p}
	}
	r := p.Range()
	if p.Kind == grammar.TypePath && p.Name != nil {
		r = p.Name.Range()
	} else if p.Kind == grammar.VarPath && len(p.Fields) > 0 {
		r.End = p.Fields[0].Range().Start
	}
	return &element{kind: elHead, rng: r, path: p}
}

func findInCode(b *grammar.CodeBlock, off int) *element {
	for _, f := range b.Forms {
		for i, a := range f.Args {
			if within(a.Range(), off) {
				return &element{kind: elFormArg, rng: a.Range(), form: f, arg: i}
			}
		}
		if within(f.Range(), off) {
			return &element{kind: elForm, rng: f.Range(), form: f}
		}
		ms := members(b, f)
		for i, m := range ms {
			if within(m.rng, off) {
				return &element{kind: elMember, rng: m.rng, form: f, members: ms[:i+1]}
			}
		}
	}
	return nil
}

// members reads the member accesses that follow form f in code block
// b: "$in->next->key" gives next (->) and key (->).
func members(b *grammar.CodeBlock, f *grammar.Form) []member {
	start := b.TextStart()
	text := b.Text
	i := f.Range().End.Offset - start.Offset
	var out []member
	for i >= 0 && i < len(text) {
		j := skipSpace(text, i)
		arrow := false
		switch {
		case strings.HasPrefix(text[j:], "->"):
			arrow, j = true, j+2
		case strings.HasPrefix(text[j:], "."):
			j++
		default:
			return out
		}
		j = skipSpace(text, j)
		k := j
		for k < len(text) && isIdent(text[k]) {
			k++
		}
		if k == j {
			return out
		}
		out = append(out, member{name: text[j:k], arrow: arrow, rng: codeRange(b, j, k)})
		i = k
	}
	return out
}

func skipSpace(s string, i int) int {
	for i < len(s) && (s[i] == ' ' || s[i] == '\t' || s[i] == '\n' || s[i] == '\r') {
		i++
	}
	return i
}

func isIdent(c byte) bool {
	return c == '_' || c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9'
}

// codeRange is the range of text[a:b] of a code block, with lines and
// columns counted from the block's start.
func codeRange(b *grammar.CodeBlock, a, e int) diag.Range {
	return diag.Range{Start: advance(b.TextStart(), b.Text[:a]), End: advance(b.TextStart(), b.Text[:e])}
}

func advance(p diag.Pos, s string) diag.Pos {
	for i := 0; i < len(s); i++ {
		if s[i] == '\n' {
			p.Line++
			p.Col = 1
		} else {
			p.Col++
		}
		p.Offset++
	}
	return p
}

// formType is the C type a value form stands for in the rule of label
// lb ($in, $out, $base, $oldsym, $newsym), and the version it is of.
func formType(f *grammar.Form, lb *grammar.Label, old, new *programs) (*typesdiff.Type, *programs) {
	if old == nil || new == nil {
		return nil, nil
	}
	switch f.Kind {
	case grammar.FormIn:
		if lb == nil || lb.Kind != grammar.Map {
			return nil, nil
		}
		return pathType(old.p, lb.From), old
	case grammar.FormOut:
		if lb == nil {
			return nil, nil
		}
		return pathType(new.p, lb.To), new
	case grammar.FormBase:
		if lb == nil || lb.To == nil || len(lb.To.Fields) == 0 {
			return nil, nil
		}
		p := lb.From
		if lb.Kind == grammar.Init {
			p = lb.To
		}
		t := compiler.Lookup(old.p, p, -1)
		if t.Holder == nil {
			return t.Type, old
		}
		return t.Holder, old
	case grammar.FormOldSym, grammar.FormNewSym:
		pr := old
		if f.Kind == grammar.FormNewSym {
			pr = new
		}
		if len(f.Args) == 1 {
			if v := pr.p.Vars[f.Args[0].Text]; v != nil {
				return v.Type, pr
			}
		}
	}
	return nil, nil
}

// pathType is the type of what a rule path names in p.
func pathType(p *typesdiff.Program, path *grammar.Path) *typesdiff.Type {
	t := compiler.Lookup(p, path, -1)
	switch {
	case t.Var != nil:
		return t.Var.Type
	case t.Field != nil:
		return t.Field.Type
	}
	return t.Type
}

// cType finds the type a $oldtype/$newtype/$xform argument spells:
// "struct s", "conn_t", "struct s *".
func cType(p *typesdiff.Program, text string) *typesdiff.Type {
	s := strings.TrimSpace(text)
	s = strings.TrimSpace(strings.TrimRight(s, "* "))
	s = strings.TrimPrefix(s, "typedef ")
	if p == nil {
		return nil
	}
	return p.Types[strings.Join(strings.Fields(s), " ")]
}

// memberType follows the member chain from t; nil when a name is not a
// field. arrow members step through a pointer first.
func memberType(t *typesdiff.Type, ms []member) (*typesdiff.Type, *typesdiff.Field) {
	var f *typesdiff.Field
	for _, m := range ms {
		if t == nil {
			return nil, nil
		}
		u := t.Underlying()
		if m.arrow {
			if u.Kind != typesdiff.Pointer && u.Kind != typesdiff.Array {
				return nil, nil
			}
			u = u.Elem.Underlying()
		}
		f = compiler.FindField(u, m.name)
		if f == nil {
			return nil, nil
		}
		t = f.Type
	}
	return t, f
}
