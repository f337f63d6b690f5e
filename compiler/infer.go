package compiler

import (
	"fmt"
	"strconv"
	"strings"

	"github.com/xfgen-dev/xfgen/diag"
	"github.com/xfgen-dev/xfgen/grammar"
	"github.com/xfgen-dev/xfgen/typesdiff"
)

// site is where a pair of types is met: the variable or field that holds
// the value, or the rule that asked for it. Inference errors are
// reported there.
type site struct {
	label          *grammar.Label // the rule that reached the pair, if any
	newPos, oldPos diag.Pos
	// newName, oldName are the names declared at newPos and oldPos, the
	// span an editor underlines.
	newName, oldName string
	// whatText is what messages call the place ("variable `x`"), and
	// oldPathText, newPathText how a rule names it ("x", "struct
	// conn.f"); for a field they are left empty and made from the field
	// pair when a message needs them (see what), as most are never read.
	whatText, oldPathText, newPathText string
	newHolder                          *typesdiff.Type       // new struct holding the field
	oldField, newField                 *typesdiff.Field      // the field pair, if the place is one
	ann                                typesdiff.Annotations // of the variable or field
	holder                             *typesdiff.Type       // old struct holding the field
	args                               []*Conv               // E_G arguments for a generic struct reached
	holderConv                         *Conv                 // the struct conversion the field belongs to
	oldNote                            string                // the related note at oldPos; default "the old version's declaration"
	isVar                              bool                  // the value is a whole variable
	// oldType, newType are the declared types at oldPos and newPos.
	oldType, newType *typesdiff.Type
	gWritten         bool // the declaration has E_G(...), resolved or not
}

// what is what messages call the place: "field `f` of struct conn".
func (s *site) what() string {
	if s.whatText == "" && s.newField != nil {
		return fmt.Sprintf("field `%s` of %s", FieldName(s.newField), StructName(s.newHolder))
	}
	return s.whatText
}

// oldPath is how a rule names the place in the old version: "struct
// conn.f"; "<anonymous>" for an anonymous member.
func (s *site) oldPath() string {
	if s.oldPathText == "" && s.newField != nil {
		if s.oldField.Name == "" || s.newField.Name == "" {
			return "<anonymous>"
		}
		return StructName(s.holder) + "." + s.oldField.Name
	}
	return s.oldPathText
}

// newPath is how a rule names the place in the new version.
func (s *site) newPath() string {
	if s.newPathText == "" && s.newField != nil {
		return StructName(s.newHolder) + "." + s.newField.Name
	}
	return s.newPathText
}

// conv returns the conversion of old type o into new type n, building it
// (and everything it reaches) the first time a pair is met.
func (c *checker) conv(o, n *typesdiff.Type, s site) *Conv { return c.convLater(o, n, s, false) }

// convLater is conv; with later, a conversion made while another is
// being filled is filled once that one is, as pointees are: it is shared
// already (the knot of self-referential types is tied the same way), and
// what it reaches is filled before the outermost conv returns.
func (c *checker) convLater(o, n *typesdiff.Type, s site, later bool) *Conv {
	rule := c.ruleFor(o)
	key := convKey{old: c.typeKey(o), new: c.typeKey(n)}
	o, n = o.Underlying(), n.Underlying()
	if o == nil || n == nil {
		return &Conv{Kind: ConvInvalid}
	}
	// Annotated pairs depend on their site; number pairs that can lose
	// values report their errors at every site. Everything else is
	// shared (the numbers that widen or stay too: a conversion per field
	// was most of a large program's), which also ties the knot of
	// self-referential types.
	local := s.ann.PtrArray != nil || s.ann.NTArray || s.ann.String || s.ann.T != "" || s.ann.Opaque ||
		o.Kind != n.Kind || (o.Kind == typesdiff.Int || o.Kind == typesdiff.Float) && !safeNumber(o, n) ||
		o.Kind == typesdiff.Array && (o.Len < 0 || n.Len < 0)
	key.args = argsKey(s.args)
	if !local {
		if cv := c.convs[key]; cv != nil {
			return cv
		}
	}
	cv := &Conv{ID: len(c.plan.Convs), Old: o, New: n, bindKey: key.args, Key: key.old + "|" + key.new + "|" + key.args}
	if !local {
		c.convs[key] = cv
	}
	c.plan.Convs = append(c.plan.Convs, cv)
	if later && c.filling > 0 {
		c.pending = append(c.pending, pendingFill{cv, s, rule})
		return cv
	}
	c.filling++
	c.fill(cv, s, rule)
	if c.filling == 1 {
		for len(c.pending) > 0 {
			p := c.pending[len(c.pending)-1]
			c.pending = c.pending[:len(c.pending)-1]
			c.fill(p.cv, p.s, p.rule)
		}
	}
	c.filling--
	return cv
}

// safeNumber says whether number type o converts to n without an error
// (see fillNumber): the same or a wider type of the same sign.
func safeNumber(o, n *typesdiff.Type) bool {
	return o.Size <= n.Size && (o.Kind == typesdiff.Float || o.Signed == n.Signed)
}

func isGeneric(t *typesdiff.Type) bool { return t != nil && len(t.Annot.Generic) > 0 }

func argsKey(args []*Conv) string {
	var b strings.Builder
	for _, a := range args {
		if a.Kind == ConvParam {
			fmt.Fprintf(&b, "%s,", a.Key)
			continue
		}
		fmt.Fprintf(&b, "%d,", a.ID)
	}
	return b.String()
}

func (c *checker) fill(cv *Conv, s site, r *rule) {
	o, n := cv.Old, cv.New
	if r != nil {
		r.used = true
		if r.code != nil {
			cv.Kind, cv.Code, cv.why = ConvUser, r.code, true
			if isGeneric(o) {
				cv.Bind = bindArgs(o, s.args)
			}
			return
		}
		if s.label == nil {
			s.label = r.label
		}
	}
	if s.ann.Opaque || o.Annot.Opaque || n.Annot.Opaque {
		cv.Kind = ConvCopy
		if o.Size != n.Size {
			c.inferErr(s, codeKindChange, fmt.Sprintf("%s is opaque (E_OPAQUE) but its size changed from %d to %d bytes", s.what(), o.Size, n.Size), "")
			cv.Kind = ConvInvalid
		}
		return
	}
	switch {
	case o.SystemNamed() || n.SystemNamed():
		cv.Kind = ConvCopy
		if o.Spelling() != n.Spelling() || o.Spelling() == "" && o.Size != n.Size {
			c.kindErr(cv, s)
		}
	case o.Kind == typesdiff.Void && n.Kind == typesdiff.Void:
		cv.Kind = ConvCopy
	case o.Kind == typesdiff.Int && n.Kind == typesdiff.Int:
		c.fillNumber(cv, s, o.Signed == n.Signed)
	case o.Kind == typesdiff.Float && n.Kind == typesdiff.Float:
		c.fillNumber(cv, s, true)
	case o.Kind == typesdiff.Enum && n.Kind == typesdiff.Int:
		cv.Kind, cv.why = ConvScalar, true
		if n.Size < o.Size {
			c.inferErr(s, codeNarrowing, fmt.Sprintf("%s changes from %s (%d bytes) to the narrower %s (%d bytes)", s.what(), TypeText(o), o.Size, TypeText(n), n.Size), "$out = $in;")
			cv.Kind = ConvInvalid
		}
	case o.Kind == typesdiff.Enum && n.Kind == typesdiff.Enum:
		c.fillEnum(cv, s)
	case o.Kind == typesdiff.Pointer && n.Kind == typesdiff.Pointer:
		c.fillPointer(cv, s)
	case o.Kind == typesdiff.Array && n.Kind == typesdiff.Array:
		c.fillArray(cv, s)
	case o.Kind == typesdiff.Struct && n.Kind == typesdiff.Struct:
		if o.Incomplete || n.Incomplete {
			cv.Kind = ConvCopy // an opaque handle: only pointers to it exist
			return
		}
		c.fillStruct(cv, s)
	case o.Kind == typesdiff.Union && n.Kind == typesdiff.Union:
		c.fillUnion(cv, s)
	default:
		c.kindErr(cv, s)
	}
}

func (c *checker) kindErr(cv *Conv, s site) {
	o, n := cv.Old, cv.New
	what := "kind"
	if (o.Kind == typesdiff.Pointer) != (n.Kind == typesdiff.Pointer) && (o.Kind == typesdiff.Int || n.Kind == typesdiff.Int || o.Kind == typesdiff.Enum || n.Kind == typesdiff.Enum) {
		what = "pointer/integer"
	}
	c.inferErr(s, codeKindChange, fmt.Sprintf("%s changes from %s to %s, a %s change inference cannot follow", s.what(), TypeText(o), TypeText(n), what), "")
	cv.Kind = ConvInvalid
}

// fillNumber handles integer and floating pairs: the same type is
// copied, a wider one of the same signedness converted by value.
func (c *checker) fillNumber(cv *Conv, s site, sameSign bool) {
	o, n := cv.Old, cv.New
	switch {
	case o.Size == n.Size && sameSign:
		cv.Kind = ConvCopy
	case o.Size < n.Size && sameSign:
		cv.Kind, cv.why = ConvScalar, true
	default:
		change := "narrower"
		if !sameSign {
			change = "differently signed"
		}
		c.inferErr(s, codeNarrowing, fmt.Sprintf("%s changes from %s to the %s %s, which can lose values", s.what(), TypeText(o), change, TypeText(n)), "$out = $in; /* check the range */")
		cv.Kind = ConvInvalid
	}
}

// fillEnum maps each old enumerator to the new one of the same name.
func (c *checker) fillEnum(cv *Conv, s site) {
	o, n := cv.Old, cv.New
	cv.Kind = ConvEnum
	same := o.Size == n.Size
	var missing []string
	var missingPos diag.Pos
	seen := map[int64]bool{}
	for _, oe := range o.Enumerators {
		if seen[oe.Value] {
			continue // an alias of a value already mapped
		}
		var ne *typesdiff.Enumerator
		for _, e := range n.Enumerators {
			if e.Name == oe.Name {
				ne = e
			}
		}
		if ne == nil {
			missing = append(missing, oe.Name)
			if !missingPos.IsValid() {
				missingPos = oe.Pos
			}
			continue
		}
		seen[oe.Value] = true
		cv.Enums = append(cv.Enums, EnumCase{Name: oe.Name, Old: oe.Value, New: ne.Value})
		if oe.Value != ne.Value {
			same = false
		}
	}
	if len(missing) == 0 && c.enumAlias(cv, s) {
		cv.Kind = ConvInvalid
		return
	}
	if len(missing) > 0 {
		s2 := s
		if n.Pos.IsValid() && s.label == nil {
			s2.newPos = n.Pos
			s2.oldPos = missingPos
		}
		s2.whatText = TypeText(n)
		s2.oldNote = fmt.Sprintf("the old enumerator `%s`", missing[0])
		s2.oldPathText, s2.newPathText = "enum "+o.Name, "enum "+n.Name
		s2.oldType, s2.newType, s2.oldName, s2.newName = o, n, missing[0], n.Name
		s2.isVar = false // the rule is on the enum
		var lost []string
		for _, name := range missing {
			for _, oe := range o.Enumerators {
				if oe.Name == name {
					lost = append(lost, fmt.Sprintf("%s (%d)", name, oe.Value))
					break
				}
			}
		}
		c.inferErr(s2, codeEnumMissing, fmt.Sprintf("the new %s has no enumerator %s of the old one, so inference cannot map %s", TypeText(n), quoteList(missing), plural(len(missing), "that value", "those values")), enumBody(cv.Enums, lost))
		cv.Kind = ConvInvalid
		return
	}
	if same {
		cv.Kind = ConvCopy
	} else {
		cv.why = true
	}
}

// enumBody is the code of a rule for an enum whose values inference
// cannot all map: the values it maps by name, then a default for the
// ones the person must map (lost, described). Old values are switched on
// as int, so that gcc does not warn about cases outside the enum.
func enumBody(mapped []EnumCase, lost []string) string {
	var b strings.Builder
	b.WriteString("switch ((int)$in) {")
	for _, e := range mapped {
		fmt.Fprintf(&b, " case %d: $out = %d; break; /* %s */", e.Old, e.New, e.Name)
	}
	fmt.Fprintf(&b, " default: $out = 0; /* map %s */ }", strings.Join(lost, ", "))
	return b.String()
}

// enumAlias reports, and says so, an old value with two names (`ST_OLD
// = ST_B`) that the new enum gives different values: mapping it by name
// would pick one of them silently.
func (c *checker) enumAlias(cv *Conv, s site) bool {
	o, n := cv.Old, cv.New
	newVal := func(name string) (*typesdiff.Enumerator, bool) {
		for _, e := range n.Enumerators {
			if e.Name == name {
				return e, true
			}
		}
		return nil, false
	}
	first := map[int64]*typesdiff.Enumerator{} // old value -> its first name
	for _, oe := range o.Enumerators {
		f := first[oe.Value]
		if f == nil {
			first[oe.Value] = oe
			continue
		}
		nf, ok1 := newVal(f.Name)
		ne, ok2 := newVal(oe.Name)
		if !ok1 || !ok2 || nf.Value == ne.Value {
			continue
		}
		var mapped []EnumCase
		for _, e := range cv.Enums {
			if e.Old != oe.Value {
				mapped = append(mapped, e)
			}
		}
		s2 := s
		if s.label == nil {
			s2.newPos, s2.newName = ne.Pos, ne.Name
			s2.oldPos, s2.oldName = oe.Pos, oe.Name
		}
		s2.whatText = TypeText(n)
		s2.oldNote = fmt.Sprintf("the old enumerator `%s`, another name of `%s`", oe.Name, f.Name)
		s2.oldPathText, s2.newPathText = "enum "+o.Name, "enum "+n.Name
		s2.oldType, s2.newType = o, n
		s2.isVar = false // the rule is on the enum
		lost := fmt.Sprintf("%s (%d): to %s (%d) or %s (%d)", oe.Name, oe.Value, f.Name, nf.Value, oe.Name, ne.Value)
		c.inferErr(s2, codeEnumAlias, fmt.Sprintf("the old value %d of %s has two names, `%s` and `%s`, which the new %s gives different values (%d and %d): inference cannot tell which one the old value means",
			oe.Value, TypeText(o), f.Name, oe.Name, TypeText(n), nf.Value, ne.Value), enumBody(mapped, []string{lost}))
		return true
	}
	return false
}

func (c *checker) fillPointer(cv *Conv, s site) {
	o, n := cv.Old, cv.New
	oe, ne := o.Elem.Underlying(), n.Elem.Underlying()
	if oe == nil || ne == nil {
		cv.Kind = ConvCopy
		return
	}
	if oe.Kind == typesdiff.Func || ne.Kind == typesdiff.Func {
		if oe.Kind != ne.Kind {
			c.kindErr(cv, s)
			return
		}
		cv.Kind, cv.why = ConvFuncPtr, true
		return
	}
	if s.ann.T != "" {
		// A void * holding generic parameter @t: the bound pointee.
		cv.Kind = ConvCopy
		if b := s.bind()[s.ann.T]; b != nil {
			cv.Kind, cv.Elem, cv.Count = ConvPtr, b, 1
			cv.deps = append(cv.deps, b)
			cv.why = cv.why || b.Kind == ConvParam // what it does is known at run time only
		}
		return
	}
	if oe.Kind == typesdiff.Void || ne.Kind == typesdiff.Void {
		cv.Kind = ConvCopy
		if oe.Kind != ne.Kind {
			c.kindErr(cv, s)
		}
		return
	}
	if s.ann.String {
		cv.Kind = ConvCopy // strings stay where they are, shared with the old heap
		return
	}
	es := s
	es.ann, es.label = typesdiff.Annotations{}, nil
	elem := c.convLater(o.Elem, n.Elem, es, true)
	cv.Kind, cv.Elem, cv.Count = ConvPtr, elem, 1
	cv.deps = append(cv.deps, elem)
	// One object of a type declared E_OWNED; counted and zero-ended
	// arrays of them are still mapped as arrays.
	cv.Owned = oe.Annot.Owned && s.ann.PtrArray == nil && !s.ann.NTArray
	switch {
	case s.ann.PtrArray != nil && s.ann.PtrArray.Field != "":
		if s.holder != nil {
			if _, f := findField(s.holder, s.ann.PtrArray.Field); f != nil {
				cv.CountField = f
				cv.Count = 0
				return
			}
		}
		c.inferErr(s, codeGeneric, fmt.Sprintf("%s is E_PTRARRAY(%s) but no sibling field `%s` holds the count", s.what(), s.ann.PtrArray.Field, s.ann.PtrArray.Field), "")
		cv.Kind = ConvInvalid
	case s.ann.PtrArray != nil:
		cv.Count = s.ann.PtrArray.Const
	case s.ann.NTArray:
		cv.NT, cv.Count = true, 0
	}
}

func (c *checker) fillArray(cv *Conv, s site) {
	o, n := cv.Old, cv.New
	es := s
	es.label = nil
	elem := c.conv(o.Elem, n.Elem, es)
	cv.Kind, cv.Elem = ConvArray, elem
	cv.deps = append(cv.deps, elem)
	switch {
	case (o.Len < 0 || n.Len < 0) && s.isVar:
		// extern T x[]: the length is in a .c file xfgen does not see.
		c.inferErr(s, codeUnsized, fmt.Sprintf("%s is an array declared without a size, so inference does not know how many elements to carry over; give the size in the header or write a rule", s.what()), "memcpy($out, $in, /* the size */ 0);")
		cv.Kind = ConvInvalid
	case o.Len < 0 || n.Len < 0:
		// A flexible array member: its length is not in the type.
		if o.Len != n.Len {
			c.kindErr(cv, s)
		}
		cv.Kind = ConvCopy
	case n.Len < o.Len:
		c.inferErr(s, codeArrayShrunk, fmt.Sprintf("%s shrinks from %d to %d elements; inference does not drop elements", s.what(), o.Len, n.Len), "")
		cv.Kind = ConvInvalid
	case n.Len > o.Len:
		cv.why = true
		c.warnAt(s, codeArrayGrown, fmt.Sprintf("%s grows from %d to %d elements; the new ones are zero", s.what(), o.Len, n.Len))
	}
}

func (c *checker) fillUnion(cv *Conv, s site) {
	o, n := cv.Old, cv.New
	cv.Kind = ConvCopy
	cv.site = &s
	same := o.Size == n.Size && len(o.Fields) == len(n.Fields)
	for i, nf := range n.Fields {
		if !same {
			break
		}
		of := o.Fields[i]
		if of.Name != nf.Name || of.BitWidth != nf.BitWidth {
			same = false
			break
		}
		fs := c.fieldSite(o, n, of, nf, nil)
		cv.members = append(cv.members, c.conv(of.Type, nf.Type, fs))
	}
	if !same {
		c.unionErr(cv, "")
	}
}

func (c *checker) unionErr(cv *Conv, member string) {
	s := *cv.site
	why := fmt.Sprintf("is a union whose members changed (%s)", TypeText(cv.New))
	if member != "" {
		why = fmt.Sprintf("is a union (%s) whose member `%s` must be migrated, not copied (it is or reaches a function pointer or a changed type)", TypeText(cv.New), member)
	}
	c.inferErr(s, codeUnionChanged, fmt.Sprintf("%s %s; inference cannot tell which member is live", s.what(), why), "memcpy(&$out, &$in, sizeof $in < sizeof $out ? sizeof $in : sizeof $out); /* or migrate the live member */")
	cv.Kind = ConvInvalid
}

// checkUnions runs once work is known: a union is copied as bytes only
// when no member needs work.
func (c *checker) checkUnions() {
	for _, cv := range c.plan.Convs {
		if cv.Kind != ConvCopy || cv.site == nil {
			continue
		}
		for i, m := range cv.members {
			if m.Work() || m.Kind == ConvInvalid {
				c.unionErr(cv, FieldName(cv.New.Fields[i]))
				break
			}
		}
	}
}

// checkFlexible runs once work is known: a struct whose instances are
// rebuilt cannot carry a flexible array member, whose length is not in
// the type.
func (c *checker) checkFlexible() {
	for _, cv := range c.plan.Convs {
		if cv.Kind != ConvStruct || !cv.Work() || cv.site == nil {
			continue
		}
		for _, f := range cv.Fields {
			if t := f.New.Type.Underlying(); f.Old != nil && t != nil && t.Kind == typesdiff.Array && t.Len < 0 {
				s := *cv.site
				s.newPos, s.oldPos = f.New.Pos, f.Old.Pos
				s.whatText = fmt.Sprintf("field `%s` of %s", f.New.Name, StructName(cv.New))
				s.oldPathText, s.newPathText = StructName(cv.Old), StructName(cv.New)
				s.oldType, s.newType, s.oldName, s.newName = f.Old.Type, f.New.Type, f.Old.Name, f.New.Name
				c.inferErr(s, codeFlexible, fmt.Sprintf("%s is a flexible array member, and %s must be rebuilt (it changed); the number of elements is not in the type, so inference cannot copy them", s.what(), StructName(cv.New)), "/* allocate $out's elements and migrate them */")
				cv.Kind = ConvInvalid
				break
			}
		}
	}
}

// bind returns the generic parameters in effect at s.
func (s site) bind() map[string]*Conv {
	if s.holderConv != nil {
		return s.holderConv.Bind
	}
	return nil
}

func bindArgs(t *typesdiff.Type, args []*Conv) map[string]*Conv {
	m := map[string]*Conv{}
	for i, p := range t.Annot.Generic {
		if i < len(args) {
			m[p] = args[i]
		}
	}
	return m
}

// genArgs resolves the E_G arguments of a use: "@t" from the enclosing
// generic's bindings, or a C type of both versions: the old
// declaration's argument g[i] in the old version, and the new one's
// (ng[i], when it writes as many) in the new version.
func (c *checker) genArgs(g, ng []string, bind map[string]*Conv, s site) []*Conv {
	var out []*Conv
	if len(ng) != len(g) {
		ng = g
	}
	for i, a := range g {
		a = strings.TrimSpace(a)
		na := strings.TrimSpace(ng[i])
		if strings.HasPrefix(a, "@") {
			b := bind[a]
			if b == nil {
				return nil // unbound here: the pointee's void * stay copied
			}
			out = append(out, b)
			continue
		}
		ot, _ := parseCType(c.old, a)
		nt, _ := parseCType(c.new, na)
		if ot == nil || nt == nil {
			bad := map[bool]string{true: a, false: na}[ot == nil]
			c.inferErr(s, codeGeneric, fmt.Sprintf("E_G(%s) on %s names a type that the %s version lacks", bad, s.what(), map[bool]string{true: "old", false: "new"}[ot == nil]), "")
			return nil
		}
		as := site{whatText: "the elements of " + s.what(), newPos: s.newPos, oldPos: s.oldPos, newName: s.newName, oldName: s.oldName, oldPathText: a, newPathText: na}
		out = append(out, c.conv(ot, nt, as))
	}
	return out
}

// inferErr reports what inference cannot do: at the rule that asked for
// it, or else at the new header's declaration with the old one related,
// with a fix that adds the rule to write.
func (c *checker) inferErr(s site, code, msg, body string) {
	key := code + "\x00" + s.what() + "\x00" + s.newPos.String()
	if c.reported[key] {
		return
	}
	c.reported[key] = true
	d := diag.Diagnostic{Severity: diag.Error, Code: code}
	skeleton := ""
	if s.oldPath() != "" && s.newPath() != "" && !strings.Contains(s.oldPath(), "<anonymous>") {
		if body == "" {
			body = "/* compute $out from $in */"
		}
		skeleton = (&missingRule{from: s.oldPath(), to: s.newPath(), body: body}).text()
	}
	if s.label != nil {
		d.Range = s.label.Range()
		d.Message = msg + "; give this rule code that does the conversion"
		if skeleton != "" {
			d.Message += fmt.Sprintf(", e.g. `%s`", skeleton)
		}
		c.diags.Add(d)
		return
	}
	d.Range = identRange(s.newPos, s.newName)
	d.Message = msg
	if skeleton != "" {
		d.Message += fmt.Sprintf("; write a rule, e.g. `%s`", skeleton)
		c.needRule(&d, "add the rule for "+s.newPath(), &missingRule{code: code, from: s.oldPath(), to: s.newPath(), body: body,
			oldDecl: decl{s.oldType, s.oldName, s.oldPos}, newDecl: decl{s.newType, s.newName, s.newPos}, group: s.group()})
	}
	if s.oldPos.IsValid() {
		note := s.oldNote
		if note == "" {
			note = "the old version's declaration"
		}
		d.Related = []diag.Related{{Range: identRange(s.oldPos, s.oldName), Message: note}}
	}
	if !s.newPos.IsValid() && s.oldPos.IsValid() {
		d.Range, d.Related = identRange(s.oldPos, s.oldName), nil
	}
	c.diags.Add(d)
}

func (c *checker) warnAt(s site, code, msg string) {
	key := code + "\x00" + s.what() + "\x00" + s.newPos.String()
	if c.reported[key] {
		return
	}
	c.reported[key] = true
	r := identRange(s.newPos, s.newName)
	if s.label != nil {
		r = s.label.Range()
	}
	c.diags.Add(diag.Diagnostic{Range: r, Severity: diag.Warning, Code: code, Message: msg})
}

// appendFix is a fix that appends a rule at the end of the spec.
func (c *checker) appendFix(title, text string) (diag.Fix, bool) {
	if c.spec.Name == "" {
		return diag.Fix{}, false
	}
	end := endPos(c.spec)
	text = blankBefore(string(c.spec.Src), text) + text
	return diag.Fix{Title: title, Edits: []diag.Edit{{Range: diag.Range{Start: end, End: end}, NewText: text + "\n"}}}, true
}

// endPos is the position just past the last byte of the spec.
func endPos(f *grammar.File) diag.Pos {
	p := diag.Pos{File: f.Name, Offset: len(f.Src), Line: 1, Col: 1}
	for _, b := range f.Src {
		if b == '\n' {
			p.Line++
			p.Col = 1
		} else {
			p.Col++
		}
	}
	return p
}

// PlainTypeText names a type as TypeText does, without the backquotes,
// for generated comments and run-time messages.
func PlainTypeText(t *typesdiff.Type) string {
	s := TypeText(t)
	if len(s) >= 2 && s[0] == '`' && s[len(s)-1] == '`' {
		return s[1 : len(s)-1]
	}
	return s
}

// TypeText names a type for a message.
func TypeText(t *typesdiff.Type) string {
	if t == nil {
		return "?"
	}
	if s := t.Spelling(); s != "" {
		return "`" + s + "`"
	}
	switch t.Kind {
	case typesdiff.Pointer:
		if e := TypeText(t.Elem); strings.HasPrefix(e, "`") {
			return e[:len(e)-1] + " *`"
		}
		return "a pointer"
	case typesdiff.Array:
		if e := TypeText(t.Elem); strings.HasPrefix(e, "`") {
			return e[:len(e)-1] + "[" + strconv.FormatInt(t.Len, 10) + "]`"
		}
		return "an array"
	case typesdiff.Struct, typesdiff.Union, typesdiff.Enum:
		return "an anonymous " + t.Kind.String()
	}
	return withArticle(t.Kind.String())
}

func quoteList(names []string) string {
	q := make([]string, len(names))
	for i, n := range names {
		q[i] = "`" + n + "`"
	}
	return strings.Join(q, ", ")
}

func plural(n int, one, many string) string {
	if n == 1 {
		return one
	}
	return many
}
