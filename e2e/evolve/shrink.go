package evolve

import (
	"encoding/json"
	"slices"
)

// Clone returns a deep copy of the case.
func (c *Case) Clone() *Case {
	data, err := json.Marshal(c)
	if err != nil {
		panic(err)
	}
	var d Case
	if err := json.Unmarshal(data, &d); err != nil {
		panic(err)
	}
	return &d
}

// Size is a measure that every step of Shrink lowers.
func (c *Case) Size() int {
	n := len(c.Enums) + len(c.Vars) + len(c.Objs) + len(c.Ptrs) + len(c.Strs) + len(c.Fns)
	for _, bs := range c.Boxes {
		n += 1 + len(bs)
		for _, tg := range bs {
			if tg.Obj >= 0 {
				n++
			}
		}
	}
	for _, s := range c.Structs {
		n += 1 + len(s.Fields)
		if s.Old != s.New {
			n++
		}
		if !slices.IsSorted(s.Order) {
			n++
		}
		for _, f := range s.Fields {
			if f.Old != f.New || f.AddOne || f.T.Scalar != f.T.NewScalar || f.T.Len != f.T.NewLen {
				n++
			}
		}
	}
	for _, o := range c.Objs {
		n += o.Count
	}
	for _, v := range c.Vars {
		if v.Old != v.New || v.T.Len != v.T.NewLen || v.Invoke {
			n++
		}
	}
	for _, e := range c.Enums {
		if !slices.Equal(e.Old, e.New) || e.Alias {
			n++
		}
	}
	return n
}

// Shrink returns the smallest case it finds, by single steps that each
// make the case smaller, for which fails still holds. fails is called
// on candidates only; c is assumed to fail.
func Shrink(c *Case, fails func(*Case) bool) *Case {
	for {
		progressed := false
		for _, cand := range c.smaller() {
			if fails(cand) {
				c, progressed = cand, true
				break
			}
		}
		if !progressed {
			return c
		}
	}
}

// smaller lists the cases one step smaller than c, big steps first.
func (c *Case) smaller() []*Case {
	var out []*Case
	try := func(edit func(d *Case) bool) {
		d := c.Clone()
		if edit(d) {
			d.normalize()
			if d.Size() < c.Size() {
				out = append(out, d)
			}
		}
	}
	for i := range c.Vars {
		try(func(d *Case) bool { d.removeVar(i); return true })
	}
	for _, o := range c.Objs {
		if o.Var < 0 {
			try(func(d *Case) bool {
				d.Objs = slices.DeleteFunc(d.Objs, func(x *Obj) bool { return x.ID == o.ID })
				return true
			})
		}
	}
	for si, s := range c.Structs {
		try(func(d *Case) bool { return d.removeStruct(si) })
		for fi := range s.Fields {
			try(func(d *Case) bool { return d.removeField(si, fi) })
		}
	}
	for k, bs := range c.Boxes {
		try(func(d *Case) bool { delete(d.Boxes, k); return true })
		try(func(d *Case) bool { d.Boxes[k] = d.Boxes[k][:len(bs)-1]; return len(bs) > 0 })
		for i, tg := range bs {
			try(func(d *Case) bool { d.Boxes[k][i] = Target{Obj: -1}; return tg.Obj >= 0 })
		}
	}
	for k := range c.Ptrs {
		try(func(d *Case) bool { delete(d.Ptrs, k); return true })
	}
	for k := range c.Strs {
		try(func(d *Case) bool { delete(d.Strs, k); return true })
	}
	for k := range c.Fns {
		try(func(d *Case) bool { delete(d.Fns, k); return true })
	}
	for i := range c.Enums {
		try(func(d *Case) bool { return d.removeEnum(i) })
		try(func(d *Case) bool {
			d.Enums[i].New, d.Enums[i].Alias = slices.Clone(d.Enums[i].Old), false
			return true
		})
	}
	for _, o := range c.Objs {
		if o.Count > 1 {
			try(func(d *Case) bool { d.Obj(o.ID).Count--; return true })
		}
	}
	// Undo parts of the evolution.
	for si, s := range c.Structs {
		try(func(d *Case) bool { d.Structs[si].New = d.Structs[si].Old; return true })
		try(func(d *Case) bool { slices.Sort(d.Structs[si].Order); return true })
		for fi := range s.Fields {
			try(func(d *Case) bool {
				f := d.Structs[si].Fields[fi]
				if f.Old == "" || f.New == "" {
					return false
				}
				f.New, f.AddOne, f.T.NewScalar, f.T.NewLen = f.Old, false, f.T.Scalar, f.T.Len
				return true
			})
		}
	}
	for i := range c.Vars {
		try(func(d *Case) bool {
			v := d.Vars[i]
			if v.Old == "" {
				return false
			}
			v.New, v.T.NewLen, v.Invoke = v.Old, v.T.Len, false
			return true
		})
	}
	return out
}

func (c *Case) removeVar(i int) {
	c.Vars = slices.Delete(c.Vars, i, i+1)
	c.Objs = slices.DeleteFunc(c.Objs, func(o *Obj) bool { return o.Var == i })
	for _, o := range c.Objs {
		if o.Var > i {
			o.Var--
		}
	}
}

// removeField removes a field, unless the struct would be left empty in
// either version.
func (c *Case) removeField(si, fi int) bool {
	s := c.Structs[si]
	olds, news := 0, 0
	for i, f := range s.Fields {
		if i != fi && f.Old != "" {
			olds++
		}
		if i != fi && f.New != "" {
			news++
		}
	}
	if olds == 0 || news == 0 {
		return false
	}
	s.Fields = slices.Delete(s.Fields, fi, fi+1)
	s.Order = slices.DeleteFunc(s.Order, func(j int) bool { return j == fi })
	for k, j := range s.Order {
		if j > fi {
			s.Order[k] = j - 1
		}
	}
	return true
}

// types calls fn on every type of the case.
func (c *Case) types(fn func(*Type)) {
	var visit func(t *Type)
	visit = func(t *Type) {
		fn(t)
		if t.Elem != nil {
			visit(t.Elem)
		}
	}
	for _, s := range c.Structs {
		for _, f := range s.Fields {
			visit(f.T)
		}
	}
	for _, v := range c.Vars {
		visit(v.T)
	}
}

// removeStruct removes a struct that nothing but itself refers to.
func (c *Case) removeStruct(si int) bool {
	used := false
	self := c.Structs[si]
	c.Structs[si] = &Struct{}
	c.types(func(t *Type) {
		if (t.K == KStruct || t.K == KPtr || t.K == KVec || t.K == KGen) && t.Ref == si {
			used = true
		}
	})
	c.Structs[si] = self
	for _, o := range c.Objs {
		used = used || o.Var < 0 && o.Struct == si
	}
	if used {
		return false
	}
	c.Structs = slices.Delete(c.Structs, si, si+1)
	c.types(func(t *Type) {
		if (t.K == KStruct || t.K == KPtr || t.K == KVec || t.K == KGen) && t.Ref > si {
			t.Ref--
		}
	})
	for _, o := range c.Objs {
		if o.Var < 0 && o.Struct > si {
			o.Struct--
		}
	}
	return true
}

func (c *Case) removeEnum(ei int) bool {
	used := false
	c.types(func(t *Type) { used = used || t.K == KEnum && t.Ref == ei })
	if used {
		return false
	}
	c.Enums = slices.Delete(c.Enums, ei, ei+1)
	c.types(func(t *Type) {
		if t.K == KEnum && t.Ref > ei {
			t.Ref--
		}
	})
	return true
}

// normalize drops what an edit left dangling: pointers whose leaf or
// target is gone, and heap objects no longer hung from their pointer.
func (c *Case) normalize() {
	for {
		changed := false
		leaves := map[string]Leaf{}
		for _, o := range c.Objs {
			for _, l := range c.Leaves(c.objType(o)) {
				leaves[ptrKey(o.ID, l.Key)] = l
			}
		}
		for k, tg := range c.Ptrs {
			l, ok := leaves[k]
			loc, found := c.findLoc(tg)
			want := -1
			if ok && (l.T.K == KPtr || l.T.K == KVec) {
				want = l.T.Ref
			}
			if !ok || !l.InOld || !found || loc.Struct != want || l.T.K == KVec && (c.Obj(tg.Obj).Count == 0 || tg.Loc != "[0]") {
				delete(c.Ptrs, k)
				changed = true
			}
		}
		for _, m := range []map[string]string{c.Strs} {
			for k := range m {
				if l, ok := leaves[k]; !ok || l.T.K != KStr {
					delete(m, k)
				}
			}
		}
		for k := range c.Fns {
			if l, ok := leaves[k]; !ok || l.T.K != KFn {
				delete(c.Fns, k)
			}
		}
		for k, bs := range c.Boxes {
			l, ok := leaves[k]
			if !ok || l.T.K != KGen || !l.InOld {
				delete(c.Boxes, k)
				continue
			}
			for i, tg := range bs {
				if loc, found := c.findLoc(tg); tg.Obj >= 0 && (!found || loc.Struct != l.T.Ref || loc.OnePast) {
					bs[i] = Target{Obj: -1}
				}
			}
		}
		c.Objs = slices.DeleteFunc(c.Objs, func(o *Obj) bool {
			if o.Var >= 0 {
				return false
			}
			k := ptrKey(o.Parent, o.Slot)
			l, ok := leaves[k]
			tg, set := c.Ptrs[k]
			loc := ""
			if o.Count > 0 {
				loc = "[0]"
			}
			keep := ok && l.InOld && l.InNew && set && tg.Obj == o.ID && tg.Loc == loc
			changed = changed || !keep
			return !keep
		})
		if !changed {
			return
		}
	}
}
