package typesdiff

import (
	"bytes"
	"fmt"
	"path/filepath"

	"github.com/xfgen-dev/xfgen/diag"
	"modernc.org/cc/v4"
)

// tu is one translation unit being merged into the program.
type tu struct {
	ld   *loader
	file string // as given on the command line
	base string // its base name, for static variables' keys
	ast  *cc.AST

	typeAnn  map[string][]rawAnnot         // by structKey
	fieldAnn map[*cc.Declarator][]rawAnnot // by field declarator
	vars     []varDecl
	typedefs []*cc.Declarator
	alias    map[*cc.Declarator]string // typedef T2 T1: T2's declarator -> "T1"
	named    []cc.Type                 // tagged types defined in the user's files

	// local holds this unit's definitions of names the program already
	// has from another unit at another place; they are compared after.
	local     map[string]*Type
	conflicts [][2]*Type // program's, this unit's
	created   []*Type    // named types this unit added to the program
	touched   []*Var     // variables this unit declared

	sysIncludes []string // the system headers the user's files include
	// rewritten holds, by OverlayKey of a file, what moveSelfRefAttrs
	// changed in the text cc read.
	rewritten map[string]*rewrites

	// defPos is where each tag is defined (tags share one namespace at
	// file scope): cc remembers a tag's first mention, maybe a forward use.
	defPos map[string]diag.Pos
	user   bool // the declaration being scanned is in the user's files
	block  bool // ... and inside a function body
}

type varDecl struct {
	d        *cc.Declarator
	key, fn  string
	raw      []rawAnnot
	isStatic bool
}

func newTU(ld *loader, file string, ast *cc.AST) *tu {
	return &tu{ld: ld, file: file, base: filepath.Base(file), ast: ast,
		typeAnn: map[string][]rawAnnot{}, fieldAnn: map[*cc.Declarator][]rawAnnot{},
		alias: map[*cc.Declarator]string{}, local: map[string]*Type{}, defPos: map[string]diag.Pos{}}
}

// scan walks the unit's declarations in the user's files, collecting
// types, typedefs, variables and the annotations written on them.
func (u *tu) scan() {
	u.sysIncludes = u.ld.systemIncludes(u.file)
	for l := u.ast.TranslationUnit; l != nil; l = l.TranslationUnit {
		ed := l.ExternalDeclaration
		if ed == nil {
			continue
		}
		u.user = !u.ld.isSystemFile(ed.Position().Filename, u.file)
		if !u.user {
			if ed.Declaration != nil && ed.Declaration.DeclarationSpecifiers != nil {
				u.specifiers(ed.Declaration.DeclarationSpecifiers) // definitions' positions only
			}
			continue
		}
		switch ed.Case {
		case cc.ExternalDeclarationDecl:
			u.declaration(ed.Declaration, "")
		case cc.ExternalDeclarationFuncDef:
			fd := ed.FunctionDefinition
			u.specifiers(fd.DeclarationSpecifiers)
			fn := fd.Declarator.Name()
			// Types defined in a body are the function's own: they are
			// reached through its static variables, not listed by name.
			u.block = true
			walkAST(fd.CompoundStatement, func(x any) bool {
				if d, ok := x.(*cc.Declaration); ok {
					u.declaration(d, fn)
					return false
				}
				return true
			})
			u.block = false
		}
	}
}

// declaration records one declaration; fn is the enclosing function of
// a block-scope one.
func (u *tu) declaration(decl *cc.Declaration, fn string) {
	if decl == nil || decl.DeclarationSpecifiers == nil {
		return
	}
	specRaw := u.specifiers(decl.DeclarationSpecifiers)
	specRaw = append(specRaw, annotsOf([]*cc.AttributeSpecifierList{decl.AttributeSpecifierList})...)
	for l := decl.InitDeclaratorList; l != nil; l = l.InitDeclaratorList {
		id := l.InitDeclarator
		if id == nil || id.Declarator == nil {
			continue
		}
		d := id.Declarator
		if d.IsTypename() {
			if fn == "" {
				u.typedefs = append(u.typedefs, d)
				if name := aliasedTypedef(decl.DeclarationSpecifiers, d); name != "" {
					u.alias[d] = name
				}
			}
			continue
		}
		if d.Type() == nil || d.Type().Kind() == cc.Function || d.IsSynthetic() || d.Name() == "__func__" {
			continue
		}
		if fn == "" || d.IsStatic() {
			u.checkObject(d)
		}
		raw := append(append([]rawAnnot(nil), specRaw...), annotsOf(attrLists(id))...)
		raw = append(raw, annotsOf([]*cc.AttributeSpecifierList{l.AttributeSpecifierList})...)
		name := d.Name()
		switch {
		case fn != "":
			if !d.IsStatic() {
				continue // automatic locals and block-scope externs have no storage of their own
			}
			u.vars = append(u.vars, varDecl{d: d, key: u.base + "/" + fn + "#" + name, fn: fn, raw: raw, isStatic: true})
		case d.Linkage() == cc.Internal:
			u.vars = append(u.vars, varDecl{d: d, key: u.base + "/" + name, raw: raw, isStatic: true})
		default:
			u.vars = append(u.vars, varDecl{d: d, key: name, raw: raw})
		}
	}
}

// specifiers scans declaration specifiers for type definitions and
// returns the annotations written among them.
func (u *tu) specifiers(ds *cc.DeclarationSpecifiers) []rawAnnot {
	for s := ds; s != nil; s = s.DeclarationSpecifiers {
		if s.TypeSpecifier != nil {
			u.typeSpecifier(s.TypeSpecifier)
		}
	}
	return annotsOf(attrLists(ds))
}

func (u *tu) typeSpecifier(ts *cc.TypeSpecifier) {
	switch {
	case ts.StructOrUnionSpecifier != nil:
		u.structSpec(ts.StructOrUnionSpecifier)
	case ts.EnumSpecifier != nil:
		if es := ts.EnumSpecifier; es.EnumeratorList != nil && es.Type() != nil {
			if es.Token2.SrcStr() != "" {
				u.defPos[es.Token2.SrcStr()] = posOf(es.Token2)
			}
			if u.user && !u.block {
				u.named = append(u.named, es.Type())
			}
		}
	}
}

// structSpec records a struct or union definition, its annotations and
// those of its fields, and the definitions nested in it.
func (u *tu) structSpec(spec *cc.StructOrUnionSpecifier) {
	if spec.Case != cc.StructOrUnionSpecifierDef || spec.Type() == nil {
		if u.user && !u.block && spec.Type() != nil && spec.Token.SrcStr() != "" {
			u.named = append(u.named, spec.Type()) // a forward declaration
		}
		return
	}
	t := spec.Type()
	if spec.Token.SrcStr() != "" {
		u.defPos[spec.Token.SrcStr()] = posOf(spec.Token)
	}
	if !u.user {
		for l := spec.StructDeclarationList; l != nil; l = l.StructDeclarationList {
			if sd := l.StructDeclaration; sd != nil {
				for s := sd.SpecifierQualifierList; s != nil; s = s.SpecifierQualifierList {
					if s.TypeSpecifier != nil {
						u.typeSpecifier(s.TypeSpecifier)
					}
				}
			}
		}
		return
	}
	if !u.block && spec.Token.SrcStr() != "" {
		// An anonymous record is converted where it is used (a member,
		// a variable, a typedef); listing it too would convert every
		// level of a nest again with all the levels inside it.
		u.named = append(u.named, t)
	}
	raw := annotsOf([]*cc.AttributeSpecifierList{spec.AttributeSpecifierList, spec.AttributeSpecifierList2})
	if raw = append(raw, u.hiddenAnnots(spec.Token)...); len(raw) > 0 {
		k := structKey(t)
		u.typeAnn[k] = append(u.typeAnn[k], raw...)
	}
	for l := spec.StructDeclarationList; l != nil; l = l.StructDeclarationList {
		sd := l.StructDeclaration
		if sd == nil || sd.SpecifierQualifierList == nil {
			continue
		}
		for s := sd.SpecifierQualifierList; s != nil; s = s.SpecifierQualifierList {
			if s.TypeSpecifier != nil {
				u.typeSpecifier(s.TypeSpecifier)
			}
		}
		raw := annotsOf(attrLists(sd.SpecifierQualifierList))
		raw = append(raw, annotsOf([]*cc.AttributeSpecifierList{sd.AttributeSpecifierList})...)
		var movedRaw []rawAnnot // written among the specifiers, see moveSelfRefAttrs
		for dl := sd.StructDeclaratorList; dl != nil; dl = dl.StructDeclaratorList {
			if dl.StructDeclarator == nil || dl.StructDeclarator.Declarator == nil {
				continue
			}
			d := dl.StructDeclarator.Declarator
			own := annotsOf(attrLists(d))
			if dl == sd.StructDeclaratorList && d.Pointer != nil && u.movedStar(d.Pointer.Token) {
				u.unmove(own)
				movedRaw = annotsOf(attrLists(d.Pointer.TypeQualifiers))
				u.unmove(movedRaw)
			} else {
				raw = append(raw, movedRaw...)
				movedRaw = nil
			}
			if len(raw)+len(own) > 0 {
				u.fieldAnn[d] = append(append([]rawAnnot(nil), raw...), own...)
			}
		}
	}
	u.checkRecord(spec, t)
}

// aliasedTypedef returns T1 for "typedef T1 T2;" where T2 is declared
// plainly (no *, [] or ()), so the model keeps the chain T2 -> T1.
func aliasedTypedef(ds *cc.DeclarationSpecifiers, d *cc.Declarator) string {
	if d.Pointer != nil || d.DirectDeclarator == nil || d.DirectDeclarator.Case != cc.DirectDeclaratorIdent {
		return ""
	}
	for s := ds; s != nil; s = s.DeclarationSpecifiers {
		if ts := s.TypeSpecifier; ts != nil && ts.Case == cc.TypeSpecifierTypeName {
			return ts.Token.SrcStr()
		}
	}
	return ""
}

// typeKey identifies a tagged type by its tag's first mention.
func typeKey(tag cc.Token) string {
	p := tag.Position()
	return fmt.Sprintf("%s@%s:%d", tag.SrcStr(), p.Filename, p.Offset)
}

// structKey identifies a struct or union definition across cc's copies
// of its type: by its first member's declarator, which a type reached
// through a forward declaration shares (its tag is the forward
// declaration's), else by tag and position.
func structKey(t cc.Type) string {
	var tag cc.Token
	var first *cc.Field
	switch t := t.(type) {
	case *cc.StructType:
		tag = t.Tag()
		if t.NumFields() > 0 {
			first = t.FieldByIndex(0)
		}
	case *cc.UnionType:
		tag = t.Tag()
		if t.NumFields() > 0 {
			first = t.FieldByIndex(0)
		}
	default:
		return ""
	}
	if first != nil && first.Declarator() != nil {
		return fmt.Sprintf("%s@%p", tag.SrcStr(), first.Declarator())
	}
	if tag.SrcStr() != "" {
		return typeKey(tag)
	}
	return ""
}

// convertAll converts what the unit defines into the program.
func (u *tu) convertAll() {
	cv := &conv{tu: u}
	for _, t := range u.named {
		cv.typ(t)
	}
	for _, d := range u.typedefs {
		cv.typedefNode(d, d.Type())
	}
	for _, v := range u.vars {
		u.mergeVar(cv, v)
	}
}

// mergeVar adds a variable, or merges a repeated declaration of it.
func (u *tu) mergeVar(cv *conv, vd varDecl) {
	ld := u.ld
	d := vd.d
	t := cv.typ(d.Type())
	pos := posOf(d.NameTok())
	isDef := !d.IsExtern() || d.HasInitializer()
	v := ld.prog.Vars[vd.key]
	if v == nil {
		v = &Var{Key: vd.key, Name: d.Name(), Func: vd.fn, Type: t, Pos: pos, Const: constObject(d.Type())}
		if vd.isStatic {
			v.File = u.base
		}
		ld.prog.Vars[vd.key] = v
	} else if !sameVarType(v.Type, t) {
		ld.errs.Add(diag.Diagnostic{Range: rangeAt(pos), Severity: diag.Error, Code: codeVarClash,
			Message: fmt.Sprintf("variable %s is declared as %s here but as %s elsewhere; give every declaration the same type", vd.key, describe(t), describe(v.Type)),
			Related: []diag.Related{{Range: rangeAt(v.Pos), Message: "the other declaration of " + vd.key}}})
		return
	}
	if ld.varDefined == nil {
		ld.varDefined = map[string]bool{}
	}
	if isDef && !ld.varDefined[vd.key] {
		ld.varDefined[vd.key] = true
		v.Pos, v.Type = pos, t
	}
	u.touched = append(u.touched, v)
	ld.apply(vd.raw, onVar, &v.Annot, v.Type, nil, vd.key)
}

// constObject says whether an object of type t is const as a whole: a
// const-qualified type, or an array of such.
func constObject(t cc.Type) bool {
	for t != nil {
		if t.Attributes().IsConst() {
			return true
		}
		a, ok := t.(*cc.ArrayType)
		if !ok {
			return false
		}
		t = a.Elem()
	}
	return false
}

// sameVarType accepts "extern int a[];" beside "int a[8];".
func sameVarType(a, b *Type) bool {
	if a.Kind == Array && b.Kind == Array && (a.Len < 0 || b.Len < 0) {
		return Identical(a.Elem, b.Elem)
	}
	return Identical(a, b) && a.Spelling() == b.Spelling()
}

// mergeConflicts reports the unit's definitions that differ from the
// program's definition of the same name, then points everything the
// unit added at the program's definitions, so that each name has one
// *Type.
func (u *tu) mergeConflicts() {
	if len(u.conflicts) == 0 {
		return
	}
	m := map[*Type]*Type{}
	for _, c := range u.conflicts {
		m[c[1]] = c[0]
	}
	seen := map[*Type]bool{}
	for _, t := range u.created {
		remap(t, m, seen)
	}
	for _, v := range u.touched {
		v.Type = remap(v.Type, m, seen)
	}
	for _, c := range u.conflicts {
		old, cur := c[0], c[1]
		if sameDefinition(old, cur) {
			continue
		}
		sp := old.Spelling()
		u.ld.errs.Add(diag.Diagnostic{Range: rangeAt(cur.Pos), Severity: diag.Error, Code: codeConflict,
			Message: fmt.Sprintf("%s is defined differently here than in another file of this version: %s; make the definitions agree or rename one", sp, definitionDifference(old, cur)),
			Related: []diag.Related{{Range: rangeAt(old.Pos), Message: "the other definition of " + sp}}})
	}
}

func posOf(t cc.Token) diag.Pos {
	p := t.Position()
	return diag.Pos{File: p.Filename, Line: p.Line, Col: p.Column, Offset: p.Offset}
}

// remap replaces, in t and what it contains, the types that m maps.
// Named types other than t are not entered unless they are new to m's
// owner (the caller remaps each of those itself).
func remap(t *Type, m map[*Type]*Type, seen map[*Type]bool) *Type {
	if t == nil {
		return nil
	}
	if r, ok := m[t]; ok {
		return r
	}
	if seen[t] {
		return t
	}
	seen[t] = true
	t.Elem = remap(t.Elem, m, seen)
	for i, p := range t.Params {
		t.Params[i] = remap(p, m, seen)
	}
	for _, f := range t.Fields {
		f.Type = remap(f.Type, m, seen)
	}
	return t
}

// rewrites returns what moveSelfRefAttrs changed in file, or nil.
func (u *tu) rewrites(file string) *rewrites {
	if len(u.rewritten) == 0 {
		return nil
	}
	return u.rewritten[OverlayKey(file)]
}

// movedStar reports whether star is a '*' that moveSelfRefAttrs moved.
func (u *tu) movedStar(star cc.Token) bool {
	p := star.Position()
	if rw := u.rewrites(p.Filename); rw != nil {
		for _, s := range rw.moved {
			if s.start == p.Offset {
				return true
			}
		}
	}
	return false
}

// hiddenAnnots returns the annotations that moveSelfRefAttrs took from
// after the closing brace of the record tagged tag.
func (u *tu) hiddenAnnots(tag cc.Token) (r []rawAnnot) {
	p := tag.Position()
	rw := u.rewrites(p.Filename)
	if rw == nil {
		return nil
	}
	for _, h := range rw.hidden {
		if h.tag == p.Offset {
			line := 1 + bytes.Count(rw.text[:h.at], []byte("\n"))
			col := h.at - bytes.LastIndexByte(rw.text[:h.at], '\n')
			r = append(r, rawAnnot{kind: h.kind, arg: h.arg, pos: diag.Pos{File: p.Filename, Line: line, Col: col, Offset: h.at}})
		}
	}
	return r
}

// unmove puts the annotations that moveSelfRefAttrs moved one byte to
// the right back where the user wrote them.
func (u *tu) unmove(raw []rawAnnot) {
	for i, r := range raw {
		rw := u.rewrites(r.pos.File)
		if rw == nil {
			continue
		}
		for _, s := range rw.moved {
			if r.pos.Offset > s.start && r.pos.Offset < s.end {
				raw[i].pos.Offset--
				raw[i].pos.Col--
			}
		}
	}
}
