package compiler

import (
	"fmt"

	"github.com/xfgen-dev/xfgen/diag"
	"github.com/xfgen-dev/xfgen/typesdiff"
)

// fillStruct matches the new struct's fields to the old one's: by field
// rule, else by name; anonymous members by their order.
func (c *checker) fillStruct(cv *Conv, s site) {
	o, n := cv.Old, cv.New
	cv.Kind = ConvStruct
	cv.site = &s
	if isGeneric(o) {
		cv.Bind = bindArgs(o, s.args)
		inside := s.holderConv != nil && s.holderConv.Old == o
		if len(s.args) == 0 && !s.gWritten && !inside && s.label == nil && s.newPos.IsValid() {
			c.warnAt(s, codeUnboundGeneric, fmt.Sprintf("%s uses the generic %s without E_G(...) arguments: the `void *` members it marks E_T are copied as pointers, not migrated; write e.g. `%s E_G(struct item) *`", s.what(), StructName(o), StructName(n)))
		}
	}
	// Sized maps: a check makes three per struct pair, and growing them
	// was a tenth of its time.
	usedOld := make(map[*typesdiff.Field]bool, len(o.Fields))
	copiedTo := make(map[*typesdiff.Field][]*typesdiff.Field, len(o.Fields)) // old field -> the new ones it fills
	// Old fields a rule renames are not matched by name again.
	var renamed map[string]*rule
	if len(c.fieldRules) > 0 {
		for _, nf := range n.Fields {
			if r := c.fieldRules[fieldKey{n, nf.Name}]; r != nil && r.kind == kindField && r.oldField.Name != nf.Name {
				if renamed == nil {
					renamed = map[string]*rule{}
				}
				renamed[r.oldField.Name] = r
			}
		}
	}
	var oldAnon []*typesdiff.Field
	for _, of := range o.Fields {
		if of.Name == "" && of.Type.IsRecord() {
			oldAnon = append(oldAnon, of)
		}
	}
	anon := 0
	for _, nf := range n.Fields {
		if nf.Name == "" && !nf.Type.IsRecord() {
			continue // an unnamed bitfield: padding
		}
		fc := &FieldConv{New: nf}
		cv.Fields = append(cv.Fields, fc)
		if nf.Name == "" {
			if anon < len(oldAnon) {
				of := oldAnon[anon]
				fc.Old = of
				usedOld[of] = true
				fc.Conv = c.conv(of.Type, nf.Type, c.fieldSite(o, n, of, nf, cv))
				cv.deps = append(cv.deps, fc.Conv)
			} else {
				cv.why = true // a new anonymous member stays zero
			}
			anon++
			continue
		}
		if mergeAnnot(nil, nf).Ignore {
			fc.Ignore, cv.why = true, true
			if of := o.Field(nf.Name); of != nil {
				usedOld[of] = true
				if sameNumber(of.Type, nf.Type) {
					// The new field is zero, but it is still where the
					// old one went: pointers to it follow. (Only for
					// numbers: the conversion of other types could
					// report errors about a field nothing migrates.)
					fc.Old = of
					fc.Conv = c.conv(of.Type, nf.Type, c.fieldSite(o, n, of, nf, cv))
				}
			}
			continue
		}
		r := c.fieldRules[fieldKey{n, nf.Name}]
		var of *typesdiff.Field
		switch {
		case r != nil && r.kind == kindFieldInit:
			r.used = true
			fc.Code, cv.why = r.code, true
			if of := o.Field(nf.Name); of != nil && renamed[nf.Name] == nil {
				usedOld[of] = true // replaced on purpose; $base still reads it
			}
			continue
		case r != nil:
			r.used = true
			of = r.oldField
			if r.oldType != o {
				of = o.Field(r.oldField.Name)
			}
			if of == nil {
				c.diags.Errorf(r.label.Range(), codeUnknownField, "this rule takes field `%s` of the old %s, but the new %s is migrated from the old %s, which has no field `%s`; map the types with `%s -> %s` or name a field of %s",
					r.oldField.Name, StructName(r.oldType), StructName(n), StructName(o), r.oldField.Name, StructName(r.oldType), StructName(n), StructName(o))
				cv.why = true
				continue
			}
		default:
			if renamed[nf.Name] == nil {
				of = o.Field(nf.Name)
			}
		}
		if of == nil {
			c.addedField(o, n, nf, renamed[nf.Name])
			cv.why = true
			continue
		}
		fc.Old = of
		usedOld[of] = true
		copiedTo[of] = append(copiedTo[of], nf)
		if r != nil && r.code != nil {
			fc.Code, cv.why = r.code, true
			continue
		}
		fs := c.fieldSite(o, n, of, nf, cv)
		if r != nil {
			fs.label = r.label
		}
		fc.Conv = c.conv(of.Type, nf.Type, fs)
		cv.deps = append(cv.deps, fc.Conv)
		if of.Offset != nf.Offset || of.BitWidth != nf.BitWidth || of.BitOff != nf.BitOff {
			cv.why = true
		}
	}
	for _, of := range o.Fields {
		if usedOld[of] || of.Name == "" {
			continue
		}
		cv.why = true
		c.droppedField(o, n, of)
	}
	for _, of := range o.Fields {
		if nfs := copiedTo[of]; len(nfs) > 1 {
			c.copiedTwice(o, n, of, nfs)
		}
	}
	if o.Size != n.Size || len(o.Fields) != len(n.Fields) {
		cv.why = true
	}
}

// sameNumber says whether o and n are the same integer or floating type.
func sameNumber(o, n *typesdiff.Type) bool {
	uo, un := o.Underlying(), n.Underlying()
	return uo != nil && un != nil && (uo.Kind == typesdiff.Int || uo.Kind == typesdiff.Float) &&
		uo.Kind == un.Kind && uo.Name == un.Name && uo.Size == un.Size && uo.Signed == un.Signed
}

// fieldSite describes the place of a field pair for diagnostics and
// carries its annotations.
func (c *checker) fieldSite(o, n *typesdiff.Type, of, nf *typesdiff.Field, holder *Conv) site {
	s := site{
		newPos: nf.Pos, oldPos: of.Pos,
		newName: nf.Name, oldName: of.Name,
		newHolder: n, oldField: of, newField: nf,
		ann:     mergeAnnot(of, nf),
		holder:  o,
		oldType: of.Type, newType: nf.Type,
	}
	s.gWritten = len(s.ann.G) > 0
	if holder != nil {
		s.holderConv = holder
		s.args = c.genArgs(s.ann.G, newG(nf), holder.Bind, s)
	} else {
		s.args = c.genArgs(s.ann.G, newG(nf), nil, s)
	}
	return s
}

// newG is the E_G arguments the new declaration writes: with a type
// renamed, they name the new type where the old one names the old.
func newG(nf *typesdiff.Field) []string {
	if nf.Annot.G != nil {
		return nf.Annot.G
	}
	return declAnnot(nf.Type).G
}

// mergeAnnot combines what the old and new declarations of a field say
// (either may be nil): counts are read from old objects, so the old
// field's E_PTRARRAY wins; E_IGNORE is about the new field.
func mergeAnnot(of, nf *typesdiff.Field) typesdiff.Annotations {
	var a typesdiff.Annotations
	for _, f := range [2]*typesdiff.Field{of, nf} {
		if f == nil {
			continue
		}
		mergeInto(&a, &f.Annot, f == nf)
		if t := declAnnotType(f.Type); t != nil {
			mergeInto(&a, &t.Annot, f == nf)
		}
	}
	return a
}

// mergeInto adds what x says to a where a says nothing yet; isNew says x
// is the new declaration's, the one E_IGNORE is read from.
func mergeInto(a, x *typesdiff.Annotations, isNew bool) {
	if a.PtrArray == nil {
		a.PtrArray = x.PtrArray
	}
	a.String = a.String || x.String
	a.NTArray = a.NTArray || x.NTArray
	a.Opaque = a.Opaque || x.Opaque
	if a.T == "" {
		a.T = x.T
	}
	if a.G == nil {
		a.G = x.G
	}
	if isNew {
		a.Ignore = a.Ignore || x.Ignore
	}
}

// declAnnot is what the annotations on a declaration's own (unnamed)
// pointer or array type say; named types' annotations are the type's.
func declAnnot(t *typesdiff.Type) typesdiff.Annotations {
	if t := declAnnotType(t); t != nil {
		return t.Annot
	}
	return typesdiff.Annotations{}
}

// declAnnotType is t if its annotations are the declaration's, else nil.
func declAnnotType(t *typesdiff.Type) *typesdiff.Type {
	if t != nil && (t.Kind == typesdiff.Pointer || t.Kind == typesdiff.Array) {
		return t
	}
	return nil
}

func varAnnot(ov, nv *typesdiff.Var) typesdiff.Annotations {
	of := &typesdiff.Field{Type: ov.Type, Annot: ov.Annot}
	nf := &typesdiff.Field{Type: nv.Type, Annot: nv.Annot}
	a := mergeAnnot(of, nf)
	a.Ignore = false
	return a
}

func FieldName(f *typesdiff.Field) string {
	if f.Name == "" {
		return "<anonymous>"
	}
	return f.Name
}

func StructName(t *typesdiff.Type) string {
	if s := t.Spelling(); s != "" {
		return s
	}
	return t.Kind.String() + " <anonymous>"
}

// addedField reports a new field that nothing gives a value, at the new
// header with the fix that adds its INIT rule.
func (c *checker) addedField(o, n *typesdiff.Type, nf *typesdiff.Field, renamedBy *rule) {
	key := "added\x00" + nf.Pos.String() + StructName(n) + nf.Name
	if c.reported[key] {
		return
	}
	c.reported[key] = true
	path := StructName(n) + "." + nf.Name
	d := diag.Diagnostic{Range: identRange(nf.Pos, nf.Name), Severity: diag.Error, Code: codeAddedField}
	if n.Spelling() == "" {
		d.Message = fmt.Sprintf("field `%s` of an anonymous %s is new and nothing gives it a value; name the type so a rule can reach it, or mark the field E_IGNORE", nf.Name, n.Kind)
	} else {
		m := &missingRule{code: codeAddedField, to: path, body: initBody(nf.Type, false),
			newDecl: decl{nf.Type, nf.Name, nf.Pos}, group: StructName(n)}
		d.Message = fmt.Sprintf("field `%s` of %s is new and nothing gives it a value: add `%s` (or map an old field to it with `%s.OLD -> %s`)%s",
			nf.Name, StructName(n), m.text(), StructName(o), path, didYouMeanOld(o, n, nf))
		if renamedBy != nil {
			// Not new: its old value went to another field.
			d.Message = fmt.Sprintf("field `%s` of %s gets no value: the rule at %s gives the old `%s` to `%s` instead; add `%s.%s -> %s` to copy it into both, or `%s`",
				nf.Name, StructName(n), shortRange(renamedBy.label.Range()), nf.Name, renamedBy.newField.Name, StructName(o), nf.Name, path, m.text())
		}
		c.needRule(&d, "add `INIT "+path+"`", m)
	}
	if o.Pos.IsValid() {
		d.Related = []diag.Related{{Range: identRange(o.Pos, o.Name), Message: fmt.Sprintf("the old %s, without it", StructName(o))}}
	}
	c.diags.Add(d)
}

// didYouMeanOld hints at an old field that may have been renamed to nf.
func didYouMeanOld(o, n *typesdiff.Type, nf *typesdiff.Field) string {
	var cands []string
	for _, of := range o.Fields {
		if of.Name != "" && n.Field(of.Name) == nil {
			cands = append(cands, of.Name)
		}
	}
	if s := suggestion(nf.Name, cands); s != "" {
		return fmt.Sprintf("; if it is the old field `%s` renamed, write `%s.%s -> %s.%s`", s, StructName(o), s, StructName(n), nf.Name)
	}
	return ""
}

func (c *checker) droppedField(o, n *typesdiff.Type, of *typesdiff.Field) {
	key := "dropped\x00" + of.Pos.String() + StructName(o) + of.Name
	if c.reported[key] {
		return
	}
	c.reported[key] = true
	c.dropped[StructName(o)+"."+of.Name] = true
	d := diag.Diagnostic{Range: identRange(of.Pos, of.Name), Severity: diag.Warning, Code: codeDroppedField,
		Message: fmt.Sprintf("field `%s` of %s is gone from the new %s: its values are dropped", of.Name, StructName(o), StructName(n))}
	if r := c.fieldRules[fieldKey{n, of.Name}]; r != nil && n.Field(of.Name) != nil {
		// The new struct has the field; a rule fills it from elsewhere.
		d.Message = fmt.Sprintf("the old values of field `%s` of %s are dropped: the new `%s` gets its value from the rule at %s", of.Name, StructName(o), of.Name, shortRange(r.label.Range()))
		d.Related = []diag.Related{{Range: r.label.Range(), Message: "the rule that replaces it"}}
	}
	if !of.Pos.IsValid() {
		d.Range = identRange(n.Pos, n.Name)
	}
	c.diags.Add(d)
}

// copiedTwice reports that one old field fills several new ones.
func (c *checker) copiedTwice(o, n *typesdiff.Type, of *typesdiff.Field, nfs []*typesdiff.Field) {
	key := "twice\x00" + of.Pos.String() + StructName(o) + of.Name
	if c.reported[key] {
		return
	}
	c.reported[key] = true
	var fills []filled
	for _, nf := range nfs {
		f := filled{name: nf.Name, at: identRange(nf.Pos, nf.Name)}
		if r := c.fieldRules[fieldKey{n, nf.Name}]; r != nil {
			f.rule, f.at = true, r.label.Range()
		}
		fills = append(fills, f)
	}
	c.diags.Add(copiedDiag(identRange(of.Pos, of.Name), fmt.Sprintf("field `%s` of the old %s", of.Name, StructName(o)), "fields", fills))
}
