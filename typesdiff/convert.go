package typesdiff

import (
	"github.com/xfgen-dev/xfgen/diag"
	"modernc.org/cc/v4"
)

// conv converts cc/v4 types of one translation unit into the model.
type conv struct {
	tu *tu
}

// typ converts t, keeping the typedef name it was written with.
func (cv *conv) typ(t cc.Type) *Type {
	if t == nil {
		return cv.basic(cc.Void, nil)
	}
	if d := t.Typedef(); d != nil && d.Name() != "" {
		return cv.typedefNode(d, t)
	}
	return cv.bare(t)
}

// bare converts t ignoring a typedef name on it.
func (cv *conv) bare(t cc.Type) *Type {
	switch x := t.(type) {
	case *cc.PointerType:
		return &Type{Kind: Pointer, Size: t.Size(), Align: int64(t.Align()), Elem: cv.typ(x.Elem())}
	case *cc.ArrayType:
		n := x.Len()
		if n < 0 || x.IsIncomplete() {
			n = -1
		}
		return &Type{Kind: Array, Size: max(t.Size(), 0), Align: int64(t.Align()), Elem: cv.typ(x.Elem()), Len: n}
	case *cc.FunctionType:
		f := &Type{Kind: Func, Elem: cv.typ(x.Result()), Variadic: x.IsVariadic()}
		for _, p := range x.Parameters() {
			f.Params = append(f.Params, cv.typ(p.Type()))
		}
		return f
	case *cc.StructType:
		return cv.record(t, Struct, x.Tag())
	case *cc.UnionType:
		return cv.record(t, Union, x.Tag())
	case *cc.EnumType:
		return cv.enum(x)
	}
	return cv.basic(t.Kind(), t)
}

// named returns the program's type called spelling defined at the
// position of tag, creating it (and filling it with fill) when it is
// new; a second definition elsewhere is converted apart and compared.
func (cv *conv) named(spelling string, def *Type, complete bool, fill func(*Type)) *Type {
	u := cv.tu
	if t := u.local[spelling]; t != nil {
		return t
	}
	prog := u.ld.prog
	g := prog.Types[spelling]
	switch {
	case g == nil:
		prog.Types[spelling] = def
		u.created = append(u.created, def)
		fill(def)
		return def
	case g.Incomplete && complete:
		// A forward declaration seen first: complete it in place, so
		// pointers already made to it see the definition.
		*g = *def
		u.created = append(u.created, g)
		fill(g)
		return g
	case !complete || samePos(g, def):
		return g
	}
	u.local[spelling] = def
	fill(def)
	u.conflicts = append(u.conflicts, [2]*Type{g, def})
	return def
}

func samePos(a, b *Type) bool {
	return a.Pos.File == b.Pos.File && a.Pos.Offset == b.Pos.Offset
}

// defPos is where the type tagged tag is defined, else the tag.
func (cv *conv) defPos(tag cc.Token) diag.Pos {
	if tag.SrcStr() != "" {
		if p, ok := cv.tu.defPos[tag.SrcStr()]; ok {
			return p
		}
	}
	return posOf(tag)
}

// record converts a struct or union.
func (cv *conv) record(t cc.Type, k Kind, tag cc.Token) *Type {
	name := tag.SrcStr()
	def := &Type{Kind: k, Name: name, Pos: cv.defPos(tag), Incomplete: t.IsIncomplete()}
	fill := func(r *Type) { cv.fillRecord(r, t) }
	if name == "" {
		fill(def)
		return def
	}
	return cv.named(def.Spelling(), def, !def.Incomplete, fill)
}

func (cv *conv) fillRecord(r *Type, t cc.Type) {
	u := cv.tu
	// An anonymous record has no position of its own here; it belongs to
	// whatever names it (a typedef or a member), which carries System.
	r.System = r.Name != "" && u.ld.isSystemFile(r.Pos.File, u.file)
	if r.System {
		r.Header = u.ld.headerFor(r.Pos.File, u)
	}
	if r.Incomplete {
		return
	}
	r.Size, r.Align = t.Size(), int64(t.Align())
	if a := t.Attributes(); a != nil {
		r.Packed = a.Packed()
		if a.Aligned() > 0 {
			r.Aligned = a.Aligned()
		}
	}
	for _, f := range recordFields(t) {
		if f.Name() == "" && f.IsBitfield() {
			continue // an unnamed bit-field is padding: nothing to migrate
		}
		mf := &Field{Name: f.Name(), Offset: f.Offset()}
		if d := f.Declarator(); d != nil {
			mf.Pos = posOf(d.NameTok())
		}
		mf.Type = cv.typ(f.Type())
		if f.IsFlexibleArrayMember() && mf.Type.Kind == Array {
			mf.Type.Len, mf.Type.Size = -1, 0
		}
		if f.IsBitfield() {
			mf.BitWidth, mf.BitOff = int(f.ValueBits()), f.OffsetBits()
		}
		if !mf.Pos.IsValid() && len(mf.Type.Fields) > 0 {
			mf.Pos = mf.Type.Fields[0].Pos // an anonymous member: where its first field is
		}
		if mf.Type.Pos.File == "" && len(mf.Type.Fields) > 0 {
			mf.Type.Pos = mf.Type.Fields[0].Pos
		}
		r.Fields = append(r.Fields, mf)
		if raw := u.fieldAnn[f.Declarator()]; len(raw) > 0 {
			u.ld.apply(raw, onField, &mf.Annot, mf.Type, r, r.Spelling()+"."+mf.Name)
		}
	}
	if k := structKey(t); k != "" {
		sp := r.Spelling()
		if sp == "" {
			sp = describe(r)
		}
		u.ld.apply(u.typeAnn[k], onType, &r.Annot, r, nil, sp)
	}
	if r.Pos.File == "" && len(r.Fields) > 0 {
		r.Pos = r.Fields[0].Pos
	}
	inferLayoutAttrs(r)
}

// enum converts an enum with its enumerators.
func (cv *conv) enum(x *cc.EnumType) *Type {
	tag := x.Tag()
	def := &Type{Kind: Enum, Name: tag.SrcStr(), Pos: cv.defPos(tag), Incomplete: x.IsIncomplete()}
	fill := func(e *Type) {
		e.System = cv.tu.ld.isSystemFile(e.Pos.File, cv.tu.file)
		if e.System {
			e.Header = cv.tu.ld.headerFor(e.Pos.File, cv.tu)
		}
		e.Size, e.Align = x.Size(), int64(x.Align())
		if ut := x.UnderlyingType(); ut != nil {
			e.Signed = cc.IsSignedInteger(ut)
		}
		for _, en := range x.Enumerators() {
			var v int64
			switch val := en.Value().(type) {
			case cc.Int64Value:
				v = int64(val)
			case cc.UInt64Value:
				v = int64(val)
			}
			e.Enumerators = append(e.Enumerators, &Enumerator{Name: en.Token.SrcStr(), Value: v, Pos: posOf(en.Token)})
		}
		if e.Pos.File == "" && len(e.Enumerators) > 0 {
			e.Pos = e.Enumerators[0].Pos
		}
	}
	if def.Name == "" {
		fill(def)
		return def
	}
	return cv.named(def.Spelling(), def, !def.Incomplete, fill)
}

// typedefNode converts the typedef declared by d; t is a type named by it.
func (cv *conv) typedefNode(d *cc.Declarator, t cc.Type) *Type {
	u := cv.tu
	pos := posOf(d.NameTok())
	def := &Type{Kind: Typedef, Name: d.Name(), Pos: pos}
	return cv.named(def.Name, def, true, func(td *Type) {
		td.System = u.ld.isSystemFile(pos.File, u.file)
		if td.System {
			td.Header = u.ld.headerFor(pos.File, u)
		}
		if alias := u.alias[d]; alias != "" && !td.System {
			if ad := typedefDecl(u.ast, alias); ad != nil {
				td.Elem = cv.typedefNode(ad, ad.Type())
			}
		}
		if td.Elem == nil {
			dt := d.Type()
			if dt == nil {
				dt = t
			}
			td.Elem = cv.bare(dt)
		}
		td.Size, td.Align = td.Elem.Size, td.Elem.Align
		if td.Elem.Kind == Int || td.Elem.Kind == Enum {
			td.Signed = td.Elem.Signed
		}
	})
}

// typedefDecl finds the file-scope typedef called name.
func typedefDecl(ast *cc.AST, name string) *cc.Declarator {
	for _, n := range ast.Scope.Nodes[name] {
		if d, ok := n.(*cc.Declarator); ok && d.IsTypename() {
			return d
		}
	}
	return nil
}

// basicNames spells cc's arithmetic kinds as C does.
var basicNames = map[cc.Kind]string{
	cc.Void: "void", cc.Bool: "_Bool", cc.Char: "char", cc.SChar: "signed char", cc.UChar: "unsigned char",
	cc.Short: "short", cc.UShort: "unsigned short", cc.Int: "int", cc.UInt: "unsigned int",
	cc.Long: "long", cc.ULong: "unsigned long", cc.LongLong: "long long", cc.ULongLong: "unsigned long long",
	cc.Int128: "__int128", cc.UInt128: "unsigned __int128",
	cc.Float: "float", cc.Double: "double", cc.LongDouble: "long double",
	cc.Float16: "_Float16", cc.Float32: "_Float32", cc.Float32x: "_Float32x", cc.Float64: "_Float64",
	cc.Float64x: "_Float64x", cc.Float128: "_Float128", cc.Float128x: "_Float128x", cc.BFloat16: "__bf16",
	cc.Decimal32: "_Decimal32", cc.Decimal64: "_Decimal64", cc.Decimal128: "_Decimal128",
	cc.ComplexFloat: "_Complex float", cc.ComplexDouble: "_Complex double", cc.ComplexLongDouble: "_Complex long double",
}

// basic converts void and the arithmetic types; they are shared.
func (cv *conv) basic(k cc.Kind, t cc.Type) *Type {
	ld := cv.tu.ld
	if b := ld.basics[k]; b != nil {
		return b
	}
	name, ok := basicNames[k]
	if !ok {
		name = k.String()
	}
	b := &Type{Kind: Void, Name: name}
	switch {
	case k == cc.Void:
	case t != nil && cc.IsIntegerType(t):
		b.Kind, b.Signed = Int, cc.IsSignedInteger(t)
	default:
		b.Kind = Float
	}
	if t != nil && k != cc.Void {
		b.Size, b.Align = t.Size(), int64(t.Align())
	}
	if ld.basics == nil {
		ld.basics = map[cc.Kind]*Type{}
	}
	if t != nil || k == cc.Void {
		ld.basics[k] = b
	}
	return b
}
