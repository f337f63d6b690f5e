package typesdiff

import (
	"strconv"
	"strings"

	"github.com/xfgen-dev/xfgen/diag"
	"modernc.org/cc/v4"
)

// annotPrefix starts the string that include/xfgen/annotations.h puts in
// __attribute__((annotate("..."))): "xfgen:KIND" or "xfgen:KIND:ARGS".
const annotPrefix = "xfgen:"

// rawAnnot is one annotation as written, before it is checked.
type rawAnnot struct {
	kind, arg string
	pos       diag.Pos
	kitsune   string // the e_* attribute of Kitsune's kitsune.h it was written as
}

// annotsOf reads the xfgen annotations out of attribute lists; other
// attributes are left to cc.
func annotsOf(lists []*cc.AttributeSpecifierList) (r []rawAnnot) {
	for _, l := range lists {
		for ; l != nil; l = l.AttributeSpecifierList {
			if l.AttributeSpecifier == nil {
				continue
			}
			for v := l.AttributeSpecifier.AttributeValueList; v != nil; v = v.AttributeValueList {
				av := v.AttributeValue
				if av == nil {
					continue
				}
				if name := av.Token.SrcStr(); strings.HasPrefix(name, "e_") {
					r = append(r, kitsuneAttr(av))
					continue
				}
				if av.Case != cc.AttributeValueExpr {
					continue
				}
				if name := av.Token.SrcStr(); name != "annotate" && name != "__annotate__" {
					continue
				}
				if av.ArgumentExpressionList == nil {
					continue
				}
				s, ok := stringOf(av.ArgumentExpressionList.AssignmentExpression)
				if !ok || !strings.HasPrefix(s, annotPrefix) {
					continue
				}
				kind, arg, _ := strings.Cut(strings.TrimPrefix(s, annotPrefix), ":")
				r = append(r, rawAnnot{kind: kind, arg: strings.TrimSpace(arg), pos: posOf(av.Token)})
			}
		}
	}
	return r
}

// kitsuneKinds maps the attributes of Kitsune's kitsune.h to xfgen's
// annotations of the same meaning. e_ptropaque keeps a pointer's value
// and never follows it, which is E_OPAQUE on a pointer.
var kitsuneKinds = map[string]string{
	"e_ptrarray": "ptrarray", "e_array": "array", "e_opaque": "opaque", "e_ptropaque": "opaque",
}

// kitsuneAttr reads one of Kitsune's e_* attributes as the xfgen
// annotation of the same meaning; one xfgen does not know becomes a
// kind that check reports as Kitsune's, with what to write instead.
func kitsuneAttr(av *cc.AttributeValue) rawAnnot {
	name := av.Token.SrcStr()
	var arg string
	if av.ArgumentExpressionList != nil {
		arg = strings.TrimSpace(cc.NodeSource(av.ArgumentExpressionList))
	}
	kind, ok := kitsuneKinds[name]
	if !ok {
		kind = name
	}
	return rawAnnot{kind: kind, arg: arg, pos: posOf(av.Token), kitsune: name}
}

// stringOf returns the text of a string literal expression.
func stringOf(e cc.ExpressionNode) (string, bool) {
	if e == nil {
		return "", false
	}
	if v, ok := e.Value().(cc.StringValue); ok {
		return strings.TrimRight(string(v), "\x00"), true
	}
	if pe, ok := e.(*cc.PrimaryExpression); ok && pe.Case == cc.PrimaryExpressionString {
		s, err := strconv.Unquote(pe.Token.SrcStr())
		return s, err == nil
	}
	return "", false
}

// where says what an annotation is attached to, for its checks.
type where int

const (
	onType where = iota
	onField
	onVar
)

// pendingAnnot is an annotation to validate once every file is loaded:
// E_PTRARRAY's count field, for instance, needs the whole struct.
type pendingAnnot struct {
	raw    []rawAnnot
	where  where
	annot  *Annotations
	typ    *Type // the annotated type, field's or variable's type
	parent *Type // the struct holding an annotated field
	name   string
}

// apply records raw annotations into a, reporting unknown ones now and
// queuing the rest for checking.
func (ld *loader) apply(raw []rawAnnot, w where, a *Annotations, typ, parent *Type, name string) {
	if len(raw) == 0 {
		return
	}
	ld.annotated = append(ld.annotated, pendingAnnot{raw: raw, where: w, annot: a, typ: typ, parent: parent, name: name})
}

// annotNames are the macros of include/xfgen/annotations.h by the kind
// string they produce, for messages.
var annotNames = map[string]string{
	"ptrarray": "E_PTRARRAY", "array": "E_ARRAY", "sz": "E_SZ", "ntarray": "E_NTARRAY",
	"opaque": "E_OPAQUE", "ignore": "E_IGNORE", "owned": "E_OWNED", "generic": "E_GENERIC", "T": "E_T", "G": "E_G",
}

func (p pendingAnnot) check(ld *loader) {
	a := p.annot
	what := map[where]string{onType: "type " + p.name, onField: "field " + p.name, onVar: "variable " + p.name}[p.where]
	for _, r := range p.raw {
		macro, known := annotNames[r.kind]
		if !known && r.kitsune != "" {
			ld.errs.Warnf(rangeAt(r.pos), codeAnnot, "Kitsune attribute %s on %s has no xfgen meaning and is not used; xfgen reads e_ptrarray, e_array, e_opaque and e_ptropaque, or write one of E_PTRARRAY, E_ARRAY, E_SZ, E_NTARRAY, E_OPAQUE, E_IGNORE, E_OWNED, E_GENERIC, E_T, E_G from xfgen/annotations.h", r.kitsune, what)
			continue
		}
		if r.kitsune == "e_ptropaque" && (p.typ.Underlying() == nil || p.typ.Underlying().Kind != Pointer) {
			ld.errs.Errorf(rangeAt(r.pos), codeAnnotPlace, "e_ptropaque on %s: it needs a pointer, but this is %s; remove it, or use E_OPAQUE to copy a value as bytes", what, describe(p.typ))
			continue
		}
		if !known {
			ld.errs.Errorf(rangeAt(r.pos), codeAnnot, "unknown xfgen annotation %q on %s: use one of E_PTRARRAY, E_ARRAY, E_SZ, E_NTARRAY, E_OPAQUE, E_IGNORE, E_OWNED, E_GENERIC, E_T, E_G from xfgen/annotations.h", r.kind, what)
			continue
		}
		if r.kitsune != "" {
			macro = r.kitsune
		}
		if !a.Pos.IsValid() {
			a.Pos = r.pos
		}
		bad := func(format string, args ...any) {
			ld.errs.Errorf(rangeAt(r.pos), codeAnnotPlace, macro+" on "+what+": "+format, args...)
		}
		u := p.typ.Underlying()
		switch r.kind {
		case "ptrarray", "array":
			if p.where == onType {
				bad("it belongs on a pointer field or variable, not on a type")
				continue
			}
			if u == nil || u.Kind != Pointer {
				bad("it needs a pointer, but the %s is %s; remove it or make the %s a pointer", p.where.noun(), describe(p.typ), p.where.noun())
				continue
			}
			if l, ok := ld.length(r, p, macro, what); ok {
				a.PtrArray = l
			}
		case "sz":
			if p.where == onType {
				bad("it belongs on a char * field or variable")
				continue
			}
			if u == nil || u.Kind != Pointer || !isChar(u.Elem.Underlying()) {
				bad("it marks a NUL-terminated string and needs a char *, but the %s is %s; remove it, or use E_PTRARRAY(n) for other arrays", p.where.noun(), describe(p.typ))
				continue
			}
			a.String = true
		case "ntarray":
			if p.where == onType {
				bad("it belongs on a pointer field or variable")
				continue
			}
			if u == nil || u.Kind != Pointer {
				bad("it needs a pointer, but the %s is %s", p.where.noun(), describe(p.typ))
				continue
			}
			a.NTArray = true
		case "opaque":
			a.Opaque = true
		case "ignore":
			if p.where != onField {
				bad("it only applies to struct and union fields (it leaves the new field zero)")
				continue
			}
			a.Ignore = true
		case "owned":
			if p.where != onType || u == nil || (u.Kind != Struct && u.Kind != Union) {
				example := "struct node { ... } E_OWNED;"
				if p.parent != nil && p.parent.Name != "" {
					example = describe(p.parent) + " { ... } E_OWNED;"
				}
				bad("it belongs after the closing brace of a struct or union, whose objects it says are each reached by one pointer at most and never pointed into: %s", example)
				continue
			}
			a.Owned = true
		case "generic":
			if p.where != onType || u == nil || (u.Kind != Struct && u.Kind != Union) {
				bad("it declares the parameters of a generic struct or union and belongs after its closing brace: struct list { ... } E_GENERIC(@t);")
				continue
			}
			params, ok := ld.params(r, macro)
			if ok {
				a.Generic = params
			}
		case "T":
			if p.where == onType || u == nil || u.Kind != Pointer || u.Elem.Underlying() == nil || u.Elem.Underlying().Kind != Void {
				bad("it names the parameter a void * holds and needs a void * field or variable, but this is %s", describe(p.typ))
				continue
			}
			params, ok := ld.params(r, macro)
			if ok && len(params) != 1 {
				bad("it takes exactly one parameter, like E_T(@t)")
				continue
			}
			if !ok {
				continue
			}
			if p.parent != nil && !contains(p.parent.Annot.Generic, params[0]) {
				bad("%s is not a parameter of %s; declare it with E_GENERIC(%s) after the struct's closing brace", params[0], describe(p.parent), params[0])
				continue
			}
			a.T = params[0]
		case "G":
			if p.where == onType {
				bad("it gives the arguments of a generic type at a use of it, on a field or variable")
				continue
			}
			args := splitArgs(r.arg)
			if len(args) == 0 {
				bad("it needs at least one argument, like E_G(struct item) or E_G(@t)")
				continue
			}
			if x := kitsuneGenericForm(args); x != "" {
				bad("%s", x)
				continue
			}
			if target := genericTarget(p.typ); target == nil {
				bad("it needs a (pointer to a) struct or union declared with E_GENERIC, but this is %s", describe(p.typ))
				continue
			} else if len(target.Annot.Generic) != len(args) {
				bad("%s takes %d type argument(s) (%s), but %d are given", describe(target), len(target.Annot.Generic), strings.Join(target.Annot.Generic, ", "), len(args))
				continue
			}
			for _, x := range args {
				if strings.HasPrefix(x, "@") && (p.parent == nil || !contains(p.parent.Annot.Generic, x)) {
					bad("%s is not a parameter here; only a struct declared with E_GENERIC(%s) can pass it on", x, x)
				}
			}
			a.G = args
		}
	}
}

// kitsuneGenericForm explains an argument of E_G written in a form of
// Kitsune's that xfgen does not read, or returns "".
func kitsuneGenericForm(args []string) string {
	for _, x := range args {
		switch {
		case strings.HasPrefix(x, "["):
			return "the option " + x + " (Kitsune's) is not read by xfgen; give only the type arguments, E_G(" + strings.Join(args[:1], "") + "), and write E_OPAQUE on the type or field that must be copied as bytes"
		case strings.ContainsAny(x, "<>"):
			return x + " is Kitsune's nested generic form, which xfgen does not read; write the argument as a plain C type (E_G(struct item *)), and give a generic element type its own E_G where it is used"
		}
	}
	return ""
}

func (w where) noun() string { return [...]string{"type", "field", "variable"}[w] }

// length reads the count of E_PTRARRAY(n): a non-negative integer
// constant or the name of an integer sibling field.
func (ld *loader) length(r rawAnnot, p pendingAnnot, macro, what string) (*Length, bool) {
	// Kitsune names a sibling field as self.field.
	arg := strings.TrimPrefix(strings.TrimSpace(r.arg), "self.")
	if arg == "" {
		ld.errs.Errorf(rangeAt(r.pos), codeAnnotLen, "%s on %s has no count: write %s(N) with a constant or a sibling field's name", macro, what, macro)
		return nil, false
	}
	if c := arg[0]; c >= '0' && c <= '9' {
		n, err := strconv.ParseInt(strings.TrimRight(arg, "uUlL"), 0, 64)
		if err != nil || n < 0 {
			ld.errs.Errorf(rangeAt(r.pos), codeAnnotLen, "%s(%s) on %s: the count must be a non-negative integer constant or a sibling field's name", macro, arg, what)
			return nil, false
		}
		return &Length{Const: n}, true
	}
	if !isIdent(arg) {
		ld.errs.Errorf(rangeAt(r.pos), codeAnnotLen, "%s(%s) on %s: the count must be an integer constant or the name of a sibling field, not an expression; store the count in a field and name it", macro, arg, what)
		return nil, false
	}
	if p.where == onVar {
		v := ld.prog.Vars[arg]
		if v == nil || !isInteger(v.Type) {
			ld.errs.Errorf(rangeAt(r.pos), codeAnnotLen, "%s(%s) on %s: %s is not an integer global variable of this version%s", macro, arg, what, arg, suggest(arg, varNames(ld.prog)))
			return nil, false
		}
		return &Length{Field: arg}, true
	}
	f := p.parent.Field(arg)
	if f == nil {
		ld.errs.Errorf(rangeAt(r.pos), codeAnnotLen, "%s(%s) on %s: %s has no field %s%s", macro, arg, what, describe(p.parent), arg, suggest(arg, fieldNames(p.parent)))
		return nil, false
	}
	if !isInteger(f.Type) {
		ld.errs.Add(diag.Diagnostic{Range: rangeAt(r.pos), Severity: diag.Error, Code: codeAnnotLen,
			Message: macro + "(" + arg + ") on " + what + ": the count field " + arg + " is " + describe(f.Type) + ", not an integer; name an integer field",
			Related: []diag.Related{{Range: rangeAt(f.Pos), Message: "field " + arg + " is declared here"}}})
		return nil, false
	}
	return &Length{Field: arg}, true
}

// params reads "@t, @u", the generic parameters of E_GENERIC and E_T.
func (ld *loader) params(r rawAnnot, macro string) ([]string, bool) {
	args := splitArgs(r.arg)
	if len(args) == 0 {
		ld.errs.Errorf(rangeAt(r.pos), codeAnnot, "%s needs a parameter name starting with @, like %s(@t)", macro, macro)
		return nil, false
	}
	for _, a := range args {
		if len(a) < 2 || a[0] != '@' || !isIdent(a[1:]) {
			ld.errs.Errorf(rangeAt(r.pos), codeAnnot, "%s(%s): %q is not a parameter name; write @ and an identifier, like @t", macro, r.arg, a)
			return nil, false
		}
	}
	return args, true
}

// splitArgs splits "struct item, @t" at top-level commas and normalizes
// the spaces that stringizing left in each argument.
func splitArgs(s string) (r []string) {
	depth, start := 0, 0
	for i := 0; i <= len(s); i++ {
		if i < len(s) {
			switch s[i] {
			case '(', '[':
				depth++
				continue
			case ')', ']':
				depth--
				continue
			case ',':
				if depth > 0 {
					continue
				}
			default:
				continue
			}
		}
		if a := strings.Join(strings.Fields(s[start:i]), " "); a != "" {
			r = append(r, strings.ReplaceAll(a, "@ ", "@"))
		}
		start = i + 1
	}
	return r
}

func isIdent(s string) bool {
	if s == "" {
		return false
	}
	for i, c := range s {
		if c != '_' && (c < 'a' || c > 'z') && (c < 'A' || c > 'Z') && (i == 0 || c < '0' || c > '9') {
			return false
		}
	}
	return true
}

func isChar(t *Type) bool {
	return t != nil && t.Kind == Int && t.Size == 1 && strings.Contains(t.Name, "char")
}

func isInteger(t *Type) bool {
	u := t.Underlying()
	return u != nil && (u.Kind == Int || u.Kind == Enum)
}

func fieldNames(t *Type) (r []string) {
	for _, f := range t.Fields {
		if f.Name != "" {
			r = append(r, f.Name)
		}
	}
	return r
}

func varNames(p *Program) (r []string) {
	for k := range p.Vars {
		r = append(r, k)
	}
	return r
}

// genericTarget is the struct or union that E_G instantiates: t itself,
// or what t points to, through typedefs and pointers.
func genericTarget(t *Type) *Type {
	for i := 0; t != nil && i < 16; i++ {
		u := t.Underlying()
		if u == nil {
			return nil
		}
		switch u.Kind {
		case Struct, Union:
			if len(u.Annot.Generic) == 0 {
				return nil
			}
			return u
		case Pointer, Array:
			t = u.Elem
		default:
			return nil
		}
	}
	return nil
}

func contains(list []string, s string) bool {
	for _, x := range list {
		if x == s {
			return true
		}
	}
	return false
}
