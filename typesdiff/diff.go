package typesdiff

import (
	"encoding/json"
	"fmt"
	"sort"

	"github.com/xfgen-dev/xfgen/diag"
)

// ChangeKind classifies a type or variable between two versions.
type ChangeKind int

const (
	Unchanged ChangeKind = iota // identical through everything reachable
	Changed                     // in both versions, but different
	Added                       // only in the new version
	Removed                     // only in the old version
)

func (k ChangeKind) String() string {
	return [...]string{"unchanged", "changed", "added", "removed"}[k]
}

// MarshalJSON writes the kind as its word.
func (k ChangeKind) MarshalJSON() ([]byte, error) { return json.Marshal(k.String()) }

// FieldChangeKind says what happened to one field.
type FieldChangeKind int

const (
	FieldAdded     FieldChangeKind = iota // only in the new struct
	FieldRemoved                          // only in the old struct
	FieldRetyped                          // its declared type changed
	FieldReordered                        // it moved relative to the other fields
	FieldMoved                            // same type, another offset or bit position
	FieldAnnotated                        // its annotations changed
)

func (k FieldChangeKind) String() string {
	return [...]string{"added", "removed", "retyped", "reordered", "moved", "annotation changed"}[k]
}

// MarshalJSON writes the kind as its words.
func (k FieldChangeKind) MarshalJSON() ([]byte, error) { return json.Marshal(k.String()) }

// Report is what changed between two versions: every type and variable of
// either, by name and key.
type Report struct {
	Types []*TypeChange // by name
	Vars  []*VarChange  // by key
	types map[string]*TypeChange
	vars  map[string]*VarChange
}

// Type returns the change of the type called name (C spelling), or nil
// when neither version has it.
func (r *Report) Type(name string) *TypeChange { return r.types[name] }

// Var returns the change of the variable with key, or nil.
func (r *Report) Var(key string) *VarChange { return r.vars[key] }

// HasChanges reports whether anything differs between the versions.
func (r *Report) HasChanges() bool {
	for _, t := range r.Types {
		if t.Kind != Unchanged {
			return true
		}
	}
	for _, v := range r.Vars {
		if v.Kind != Unchanged {
			return true
		}
	}
	return false
}

// TypeChange is one named type across the versions.
type TypeChange struct {
	Name     string     `json:"name"`
	Kind     ChangeKind `json:"change"`
	Old      *Type      `json:"-"`
	New      *Type      `json:"-"`
	OldPos   *diag.Pos  `json:"oldPos,omitempty"`
	NewPos   *diag.Pos  `json:"newPos,omitempty"`
	System   bool       `json:"system,omitempty"`
	Affected bool       `json:"affected"` // it or something reachable from it changed
	// KindChanged: it became another kind of type (struct to union, ...).
	KindChanged bool `json:"kindChanged,omitempty"`
	// Size and alignment, old and new, when they differ.
	OldSize int64 `json:"oldSize,omitempty"`
	NewSize int64 `json:"newSize,omitempty"`
	// Fields lists the fields of a struct or union that changed.
	Fields []*FieldChange `json:"fields,omitempty"`
	// Renames are candidate field renames: a removed and an added field
	// of the same type at the same place.
	Renames []*FieldRename `json:"renames,omitempty"`
	// Enumerators lists enum constants added, removed or renumbered.
	Enumerators []*EnumeratorChange `json:"enumerators,omitempty"`
	// Aliased is set when a typedef names another type: old and new.
	Aliased *[2]string `json:"aliased,omitempty"`
	// AnnotChanged: the type's own annotations differ.
	AnnotChanged bool `json:"annotChanged,omitempty"`
	// Through lists the changed named types it reaches directly (through
	// fields, pointers, arrays, typedefs) that make it affected.
	Through []string `json:"through,omitempty"`
}

// FieldChange is one field that differs.
type FieldChange struct {
	Name    string          `json:"name"`
	Kind    FieldChangeKind `json:"change"`
	Old     *Field          `json:"-"`
	New     *Field          `json:"-"`
	OldType string          `json:"oldType,omitempty"`
	NewType string          `json:"newType,omitempty"`
	OldPos  *diag.Pos       `json:"oldPos,omitempty"`
	NewPos  *diag.Pos       `json:"newPos,omitempty"`
}

// FieldRename pairs a removed field with an added one that may be it.
type FieldRename struct {
	OldName string `json:"old"`
	NewName string `json:"new"`
}

// EnumeratorChange is one enum constant that differs.
type EnumeratorChange struct {
	Name     string     `json:"name"`
	Kind     ChangeKind `json:"change"` // Added, Removed, or Changed (renumbered)
	OldValue int64      `json:"oldValue"`
	NewValue int64      `json:"newValue"`
}

// VarChange is one global variable across the versions.
type VarChange struct {
	Key      string     `json:"key"`
	Kind     ChangeKind `json:"change"`
	Old      *Var       `json:"-"`
	New      *Var       `json:"-"`
	OldType  string     `json:"oldType,omitempty"`
	NewType  string     `json:"newType,omitempty"`
	OldPos   *diag.Pos  `json:"oldPos,omitempty"`
	NewPos   *diag.Pos  `json:"newPos,omitempty"`
	Retyped  bool       `json:"retyped,omitempty"` // its declared type changed
	Affected bool       `json:"affected"`          // its value needs more than a byte copy
	// AnnotChanged: the variable's annotations differ.
	AnnotChanged bool     `json:"annotChanged,omitempty"`
	Through      []string `json:"through,omitempty"`
}

// Diff compares two versions' types and variables.
func Diff(old, new *Program) *Report {
	r := &Report{types: map[string]*TypeChange{}, vars: map[string]*VarChange{}}
	for _, name := range unionKeys(old.Types, new.Types) {
		tc := diffType(name, old.Types[name], new.Types[name])
		r.Types = append(r.Types, tc)
		r.types[name] = tc
	}
	for _, tc := range r.Types {
		if tc.Old != nil && tc.New != nil {
			tc.Through = r.through(tc.New)
		}
	}
	for _, key := range unionKeys(old.Vars, new.Vars) {
		vc := r.diffVar(key, old.Vars[key], new.Vars[key])
		r.Vars = append(r.Vars, vc)
		r.vars[key] = vc
	}
	return r
}

func unionKeys[V any](a, b map[string]V) []string {
	var keys []string
	for k := range a {
		keys = append(keys, k)
	}
	for k := range b {
		if _, ok := a[k]; !ok {
			keys = append(keys, k)
		}
	}
	sort.Strings(keys)
	return keys
}

func posPtr(p diag.Pos) *diag.Pos {
	if !p.IsValid() {
		return nil
	}
	return &p
}

func diffType(name string, o, n *Type) *TypeChange {
	tc := &TypeChange{Name: name, Old: o, New: n}
	switch {
	case n == nil:
		tc.Kind, tc.OldPos, tc.System, tc.Affected = Removed, posPtr(o.Pos), o.System, true
		return tc
	case o == nil:
		tc.Kind, tc.NewPos, tc.System, tc.Affected = Added, posPtr(n.Pos), n.System, true
		return tc
	}
	tc.OldPos, tc.NewPos, tc.System = posPtr(o.Pos), posPtr(n.Pos), o.System && n.System
	if o.Kind != n.Kind {
		tc.KindChanged = true
	}
	if o.Size != n.Size {
		tc.OldSize, tc.NewSize = o.Size, n.Size
	}
	tc.AnnotChanged = !sameAnnot(o.Annot, n.Annot)
	switch {
	case tc.KindChanged:
	case o.Kind == Struct || o.Kind == Union:
		diffFields(tc, o, n)
	case o.Kind == Enum:
		diffEnumerators(tc, o, n)
	case o.Kind == Typedef:
		if o.Elem.String() != n.Elem.String() {
			tc.Aliased = &[2]string{o.Elem.String(), n.Elem.String()}
		}
	}
	if !Identical(o, n) || tc.KindChanged || tc.AnnotChanged || len(tc.Fields) > 0 || tc.Aliased != nil {
		tc.Kind, tc.Affected = Changed, true
	}
	return tc
}

// diffFields fills the field changes of a struct or union.
func diffFields(tc *TypeChange, o, n *Type) {
	var removed, added []*Field
	for _, f := range o.Fields {
		g := n.Field(f.Name)
		if f.Name == "" {
			g = anonCounterpart(o, n, f)
		}
		if g == nil {
			removed = append(removed, f)
			continue
		}
		fc := &FieldChange{Name: f.Name, Old: f, New: g, OldPos: posPtr(f.Pos), NewPos: posPtr(g.Pos)}
		switch {
		case !Identical(f.Type, g.Type) && !shallowSame(f.Type, g.Type):
			fc.Kind = FieldRetyped
			fc.OldType, fc.NewType = f.Type.String(), g.Type.String()
		case f.Offset != g.Offset || f.BitWidth != g.BitWidth || f.BitOff != g.BitOff:
			fc.Kind = FieldMoved
		case !sameAnnot(f.Annot, g.Annot):
			fc.Kind = FieldAnnotated
		default:
			continue
		}
		tc.Fields = append(tc.Fields, fc)
	}
	for _, g := range n.Fields {
		if g.Name != "" && o.Field(g.Name) == nil {
			added = append(added, g)
		}
	}
	for _, name := range reordered(o, n) {
		f, g := o.Field(name), n.Field(name)
		tc.Fields = append(tc.Fields, &FieldChange{Name: name, Kind: FieldReordered, Old: f, New: g, OldPos: posPtr(f.Pos), NewPos: posPtr(g.Pos)})
	}
	for _, f := range removed {
		tc.Fields = append(tc.Fields, &FieldChange{Name: f.Name, Kind: FieldRemoved, Old: f, OldType: f.Type.String(), OldPos: posPtr(f.Pos)})
	}
	for _, g := range added {
		tc.Fields = append(tc.Fields, &FieldChange{Name: g.Name, Kind: FieldAdded, New: g, NewType: g.Type.String(), NewPos: posPtr(g.Pos)})
	}
	tc.Renames = renames(o, n, removed, added)
}

// anonCounterpart pairs an anonymous member with the one at the same
// index among the other version's anonymous members.
func anonCounterpart(o, n *Type, f *Field) *Field {
	i := 0
	for _, x := range o.Fields {
		if x == f {
			break
		}
		if x.Name == "" {
			i++
		}
	}
	for _, g := range n.Fields {
		if g.Name == "" {
			if i == 0 {
				return g
			}
			i--
		}
	}
	return nil
}

// reordered returns the fields kept in both versions that changed their
// order relative to the others: those outside a longest run of kept
// fields whose order is the same.
func reordered(o, n *Type) []string {
	var common []string
	newIdx := map[string]int{}
	for i, g := range n.Fields {
		if g.Name != "" {
			newIdx[g.Name] = i
		}
	}
	for _, f := range o.Fields {
		if _, ok := newIdx[f.Name]; ok && f.Name != "" {
			common = append(common, f.Name)
		}
	}
	// Longest increasing subsequence of new indices, in old order.
	m := len(common)
	best, prev := make([]int, m), make([]int, m)
	end := -1
	for i := range common {
		best[i], prev[i] = 1, -1
		for j := 0; j < i; j++ {
			if newIdx[common[j]] < newIdx[common[i]] && best[j]+1 > best[i] {
				best[i], prev[i] = best[j]+1, j
			}
		}
		if end < 0 || best[i] > best[end] {
			end = i
		}
	}
	keep := map[string]bool{}
	for i := end; i >= 0; i = prev[i] {
		keep[common[i]] = true
	}
	var out []string
	for _, name := range common {
		if !keep[name] {
			out = append(out, name)
		}
	}
	return out
}

// renames pairs removed and added fields of the same type at the same
// place (index or offset): candidates for a rename rule.
func renames(o, n *Type, removed, added []*Field) []*FieldRename {
	var r []*FieldRename
	used := map[*Field]bool{}
	for _, f := range removed {
		for _, g := range added {
			if used[g] || !(Identical(f.Type, g.Type) && shallowSame(f.Type, g.Type)) {
				continue
			}
			if f.Offset == g.Offset || fieldIndex(o, f) == fieldIndex(n, g) {
				used[g] = true
				r = append(r, &FieldRename{OldName: f.Name, NewName: g.Name})
				break
			}
		}
	}
	return r
}

func fieldIndex(t *Type, f *Field) int {
	for i, x := range t.Fields {
		if x == f {
			return i
		}
	}
	return -1
}

func diffEnumerators(tc *TypeChange, o, n *Type) {
	nv := map[string]*Enumerator{}
	for _, e := range n.Enumerators {
		nv[e.Name] = e
	}
	ov := map[string]bool{}
	for _, e := range o.Enumerators {
		ov[e.Name] = true
		switch g := nv[e.Name]; {
		case g == nil:
			tc.Enumerators = append(tc.Enumerators, &EnumeratorChange{Name: e.Name, Kind: Removed, OldValue: e.Value})
		case g.Value != e.Value:
			tc.Enumerators = append(tc.Enumerators, &EnumeratorChange{Name: e.Name, Kind: Changed, OldValue: e.Value, NewValue: g.Value})
		}
	}
	for _, g := range n.Enumerators {
		if !ov[g.Name] {
			tc.Enumerators = append(tc.Enumerators, &EnumeratorChange{Name: g.Name, Kind: Added, NewValue: g.Value})
		}
	}
}

func (r *Report) diffVar(key string, o, n *Var) *VarChange {
	vc := &VarChange{Key: key, Old: o, New: n}
	switch {
	case n == nil:
		vc.Kind, vc.OldType, vc.OldPos, vc.Affected = Removed, o.Type.String(), posPtr(o.Pos), true
		return vc
	case o == nil:
		vc.Kind, vc.NewType, vc.NewPos, vc.Affected = Added, n.Type.String(), posPtr(n.Pos), true
		return vc
	}
	vc.OldType, vc.NewType = o.Type.String(), n.Type.String()
	vc.OldPos, vc.NewPos = posPtr(o.Pos), posPtr(n.Pos)
	same := Identical(o.Type, n.Type)
	vc.Retyped = !same && !shallowSame(o.Type, n.Type)
	vc.AnnotChanged = !sameAnnot(o.Annot, n.Annot)
	vc.Through = r.through(n.Type)
	vc.Through = mergeNames(vc.Through, r.changedArgs(n.Annot.G))
	if !same || vc.AnnotChanged || len(vc.Through) > 0 {
		vc.Kind, vc.Affected = Changed, true
	}
	return vc
}

// through lists the changed named types that t reaches directly (not
// through another named type), other than t itself and its typedefs, and
// the changed types its fields' E_G annotations instantiate it with.
func (r *Report) through(t *Type) []string {
	self := t.Underlying()
	seen := map[*Type]bool{}
	set := map[string]bool{}
	var walk func(t *Type, top bool)
	walk = func(t *Type, top bool) {
		if t == nil || seen[t] {
			return
		}
		seen[t] = true
		if sp := t.Spelling(); sp != "" && !top && t.Kind != Int && t.Kind != Float && t.Kind != Void {
			if tc := r.types[sp]; tc != nil && tc.Kind != Unchanged && t.Underlying() != self {
				set[sp] = true
			}
			return
		}
		walk(t.Elem, false)
		for _, p := range t.Params {
			walk(p, false)
		}
		for _, f := range t.Fields {
			walk(f.Type, false)
			for _, a := range r.changedArgs(f.Annot.G) {
				set[a] = true
			}
		}
	}
	walk(t, true)
	var out []string
	for s := range set {
		out = append(out, s)
	}
	sort.Strings(out)
	return out
}

// shallowSame compares two types without looking into named types:
// those are the same when they have the same spelling.
func shallowSame(a, b *Type) bool {
	if a == nil || b == nil {
		return a == b
	}
	if sa, sb := a.Spelling(), b.Spelling(); sa != "" || sb != "" {
		return sa == sb
	}
	if a.Kind != b.Kind {
		return false
	}
	switch a.Kind {
	case Pointer:
		return shallowSame(a.Elem, b.Elem)
	case Array:
		return a.Len == b.Len && shallowSame(a.Elem, b.Elem)
	case Func:
		if len(a.Params) != len(b.Params) || a.Variadic != b.Variadic {
			return false
		}
		for i := range a.Params {
			if !shallowSame(a.Params[i], b.Params[i]) {
				return false
			}
		}
		return shallowSame(a.Elem, b.Elem)
	}
	return Identical(a, b) // anonymous struct, union or enum: by content
}

func sameAnnot(a, b Annotations) bool {
	la, lb := fmt.Sprint(a.PtrArray), fmt.Sprint(b.PtrArray)
	if a.PtrArray != nil {
		la = fmt.Sprint(*a.PtrArray)
	}
	if b.PtrArray != nil {
		lb = fmt.Sprint(*b.PtrArray)
	}
	return la == lb && a.String == b.String && a.NTArray == b.NTArray && a.Opaque == b.Opaque &&
		a.Ignore == b.Ignore && fmt.Sprint(a.Generic) == fmt.Sprint(b.Generic) && a.T == b.T && fmt.Sprint(a.G) == fmt.Sprint(b.G)
}

// changedArgs returns the E_G arguments that name changed types.
func (r *Report) changedArgs(args []string) (out []string) {
	for _, a := range args {
		if tc := r.types[a]; tc != nil && tc.Kind != Unchanged {
			out = append(out, a)
		}
	}
	return out
}

func mergeNames(a, b []string) []string {
	set := map[string]bool{}
	for _, s := range append(a, b...) {
		set[s] = true
	}
	var out []string
	for s := range set {
		out = append(out, s)
	}
	sort.Strings(out)
	return out
}
