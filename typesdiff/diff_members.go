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
