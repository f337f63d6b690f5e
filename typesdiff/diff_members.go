package typesdiff

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

// renames pairs removed and added fields that may be one field renamed:
// of the same type at the same place (index or offset), the only ones of
// their (non-number) type removed and added, or of the same kind of type (int and
// long) under similar names (timeout and timeout_ms). They are candidates for a rename rule, not facts.
func renames(o, n *Type, removed, added []*Field) []*FieldRename {
	var r []*FieldRename
	used := map[*Field]bool{}
	for _, f := range removed {
		for _, g := range added {
			if used[g] {
				continue
			}
			samePlace := f.Offset == g.Offset || fieldIndex(o, f) == fieldIndex(n, g)
			same := Identical(f.Type, g.Type) && shallowSame(f.Type, g.Type)
			why := ""
			switch {
			case same && samePlace:
				why = "the same type at the same place"
			case same && !isNumber(f.Type) && onlyOfType(removed, f) && onlyOfType(added, g):
				why = "the only field of its type removed and the only one added"
			case sameKind(f.Type, g.Type) && similarNames(f.Name, g.Name):
				why = "the same kind of type under a similar name"
			default:
				continue
			}
			used[g] = true
			r = append(r, &FieldRename{OldName: f.Name, NewName: g.Name, Why: why})
			break
		}
	}
	return r
}

// onlyOfType reports whether f is the one field of fs with its type.
func onlyOfType(fs []*Field, f *Field) bool {
	for _, g := range fs {
		if g != f && Identical(f.Type, g.Type) && shallowSame(f.Type, g.Type) {
			return false
		}
	}
	return true
}

// isNumber reports whether t is an integer, enum or floating type:
// types too common for "the only one of its type" to say anything.
func isNumber(t *Type) bool {
	u := t.Underlying()
	return u != nil && (u.Kind == Int || u.Kind == Float || u.Kind == Enum)
}

// sameKind reports whether a and b are the same kind of type once
// typedefs are seen through: both integers, both pointers, ...
func sameKind(a, b *Type) bool {
	a, b = a.Underlying(), b.Underlying()
	return a != nil && b != nil && a.Kind == b.Kind
}

// similarNames reports whether a and b look like one name edited: they
// share a beginning or an end of at least three bytes that is at least
// half of the shorter name (max_conns and max_clients, old_name and
// new_name, counter and next_counter).
func similarNames(a, b string) bool {
	if a == "" || b == "" || a == b {
		return false
	}
	short := min(len(a), len(b))
	pre, suf := 0, 0
	for pre < short && a[pre] == b[pre] {
		pre++
	}
	for suf < short && a[len(a)-1-suf] == b[len(b)-1-suf] {
		suf++
	}
	best := max(pre, suf)
	return best >= 3 && 2*best >= short
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
