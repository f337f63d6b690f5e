package typesdiff

import (
	"github.com/xfgen-dev/xfgen/diag"
	"modernc.org/cc/v4"
)

// cc/v4 accepts some declarations that gcc rejects, and the generated
// code would then fail to compile or migrate the wrong layout. The
// loader rejects them itself, with gcc's words at gcc's position (the
// member's or variable's name).

// checkRecord reports what gcc rejects in the members of the struct or
// union that spec defines: a name used twice (anonymous members'
// names included), a bit-field wider than its type, a flexible array
// member that is not last, and a member of incomplete type (the record
// itself, or one not yet defined).
func (u *tu) checkRecord(spec *cc.StructOrUnionSpecifier, t cc.Type) {
	fields := recordFields(t)
	seen := map[string]bool{}
	u.checkNames(fields, seen)
	self := spec.Token.SrcStr()
	for i, f := range fields {
		d := f.Declarator()
		if d == nil {
			continue
		}
		name, pos := f.Name(), rangeAt(posOf(d.NameTok()))
		ft := f.Type()
		switch {
		case f.IsBitfield() && name != "" && f.ValueBits() > ft.Size()*8:
			u.ld.errs.Errorf(pos, codeC, "C: width of %s (%d bits) exceeds its type %s (%d bits); make the width at most %d or the type wider", name, f.ValueBits(), ft, ft.Size()*8, ft.Size()*8)
		case isOpenArray(ft) && i < len(fields)-1:
			u.ld.errs.Errorf(pos, codeC, "C: flexible array member %s not at end of %s; move it last, or give it a size", name, recordWord(t))
		case isOpenArray(ft):
			// a flexible array member, last: fine
		default:
			if tag, ok := incompleteTag(ft, self, u.defPos); ok {
				if tag == self {
					u.ld.errs.Errorf(pos, codeC, "C: field %s has incomplete type: %s %s cannot contain itself; make the member a pointer (%s %s *%s)", name, recordWord(t), self, recordWord(t), self, name)
				} else {
					u.ld.errs.Errorf(pos, codeC, "C: field %s has incomplete type %s (not defined before this point); define it first, or make the member a pointer", name, tagged(ft))
				}
			}
		}
	}
}

// checkNames reports members whose name an earlier member has, looking
// into anonymous struct and union members, whose names are the
// enclosing record's.
func (u *tu) checkNames(fields []*cc.Field, seen map[string]bool) {
	for _, f := range fields {
		name := f.Name()
		if name == "" {
			if !f.IsBitfield() {
				u.checkNames(recordFields(f.Type()), seen)
			}
			continue
		}
		if seen[name] && f.Declarator() != nil {
			u.ld.errs.Errorf(rangeAt(posOf(f.Declarator().NameTok())), codeC, "C: duplicate member %s; rename or remove one of them", name)
		}
		seen[name] = true
	}
}

// checkObject reports a variable defined with a struct or union type
// that is never completed: gcc's "storage size isn't known".
func (u *tu) checkObject(d *cc.Declarator) {
	if d.IsExtern() || d.Type() == nil {
		return
	}
	t := d.Type()
	for t.Kind() == cc.Array {
		t = t.(*cc.ArrayType).Elem()
	}
	if (t.Kind() == cc.Struct || t.Kind() == cc.Union) && t.IsIncomplete() {
		u.ld.errs.Errorf(rangeAt(posOf(d.NameTok())), codeC, "C: storage size of %s is not known: %s is declared but never defined; define it, declare %s extern, or make it a pointer", d.Name(), tagged(t), d.Name())
	}
}

func recordFields(t cc.Type) (r []*cc.Field) {
	var n int
	var field func(int) *cc.Field
	switch x := t.(type) {
	case *cc.StructType:
		n, field = x.NumFields(), x.FieldByIndex
	case *cc.UnionType:
		n, field = x.NumFields(), x.FieldByIndex
	}
	for i := 0; i < n; i++ {
		if f := field(i); f != nil {
			r = append(r, f)
		}
	}
	return r
}

func recordWord(t cc.Type) string {
	if t.Kind() == cc.Union {
		return "union"
	}
	return "struct"
}

// recordOf is the struct or union t is, or holds as its (arrays')
// element type, with its tag; ok is false for other types.
func recordOf(t cc.Type) (rec cc.Type, tag cc.Token, ok bool) {
	for t.Kind() == cc.Array {
		t = t.(*cc.ArrayType).Elem()
	}
	switch x := t.(type) {
	case *cc.StructType:
		return t, x.Tag(), true
	case *cc.UnionType:
		return t, x.Tag(), true
	}
	return t, tag, false
}

// tagged spells a tagged type as C does, without cc's list of members.
func tagged(t cc.Type) string {
	rec, tag, ok := recordOf(t)
	if !ok {
		return t.String()
	}
	return recordWord(rec) + " " + tag.SrcStr()
}

func isOpenArray(t cc.Type) bool {
	a, ok := t.(*cc.ArrayType)
	return ok && a.Len() < 0
}

// incompleteTag reports the tag of a member's struct or union type (or
// array element type) that is incomplete where the member is declared:
// the record being defined (self), or a tag not defined yet (defPos
// holds the tags defined so far in this unit).
func incompleteTag(t cc.Type, self string, defPos map[string]diag.Pos) (string, bool) {
	t, tag, ok := recordOf(t)
	if !ok {
		return "", false
	}
	name := tag.SrcStr()
	if name == "" {
		return "", false
	}
	if name == self {
		return name, true
	}
	if _, defined := defPos[name]; !defined || t.IsIncomplete() {
		return name, true
	}
	return "", false
}
