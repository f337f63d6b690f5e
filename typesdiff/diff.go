package typesdiff

import (
	"slices"
	"sort"

	"github.com/xfgen-dev/xfgen/diag"
)

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
	r.VarRenames = varRenames(r.Vars)
	return r
}

// varRenames pairs removed and added variables of the same kind of type
// under similar names, each at most once, in key order.
func varRenames(vars []*VarChange) []*VarRename {
	var out []*VarRename
	used := map[*VarChange]bool{}
	for _, o := range vars {
		if o.Kind != Removed {
			continue
		}
		for _, n := range vars {
			if n.Kind == Added && !used[n] && o.Old.File == n.New.File && sameKind(o.Old.Type, n.New.Type) && similarNames(o.Old.Name, n.New.Name) {
				used[n] = true
				out = append(out, &VarRename{OldKey: o.Key, NewKey: n.Key, Why: "the same kind of type under a similar name"})
				break
			}
		}
	}
	return out
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
	if t.Kind == Typedef {
		self = t // a typedef is affected through the type it names
	}
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
	samePtrArray := a.PtrArray == b.PtrArray || (a.PtrArray != nil && b.PtrArray != nil && *a.PtrArray == *b.PtrArray)
	return samePtrArray && a.String == b.String && a.NTArray == b.NTArray && a.Opaque == b.Opaque &&
		a.Ignore == b.Ignore && slices.Equal(a.Generic, b.Generic) && a.T == b.T && slices.Equal(a.G, b.G)
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
