package evolve

import (
	"fmt"
	"math/rand/v2"
	"slices"
	"strings"
)

// widenings are the scalar changes inference converts by value.
var widenings = map[string]string{
	"short":        "int",
	"int":          "long",
	"unsigned int": "unsigned long",
	"float":        "double",
	"signed char":  "short",
}

var scalars = []string{"int", "int", "short", "long", "unsigned int", "signed char", "float", "double"}

type gen struct {
	r *rand.Rand
	// rg decides about generics: a stream of its own, so that the cases
	// of seeds without a generic list are what they were before.
	rg *rand.Rand
	c  *Case
}

func (g *gen) chance(p float64) bool { return g.r.Float64() < p }
func (g *gen) n(lo, hi int) int      { return lo + g.r.IntN(hi-lo+1) }

// Generate makes the case of a seed: the same seed always gives the
// same case.
func Generate(seed int64) *Case {
	g := &gen{r: rand.New(rand.NewPCG(uint64(seed), 0x65766f6c7665)), rg: rand.New(rand.NewPCG(uint64(seed), 0x67656e65726963)), c: &Case{Seed: seed}}
	g.enums()
	g.structs()
	g.vars()
	g.state()
	g.owned()
	return g.c
}

// owned declares E_OWNED about half of the structs the state allows.
func (g *gen) owned() {
	for i, s := range g.c.Structs {
		s.Owned = g.c.ownable(i) && g.c.hash(-1, "owned "+s.Old)%2 == 0
	}
}

// ownable says whether E_OWNED is true of struct si in the state: every
// pointer to an object of si, or into one (members, ints, by-value
// instances inside other objects), is a plain pointer to a heap object
// of its own, and no two point to the same one. The E_PTRARRAY
// pointers of vectors reach blocks, which are arrays, not such objects;
// but a vector of si has an end pointer, a plain pointer past its block.
func (c *Case) ownable(si int) bool {
	vecOf := func(t *Type) bool {
		for ; t.K == KArray; t = t.Elem {
		}
		return t.K == KVec && t.Ref == si
	}
	for _, s := range c.Structs {
		for _, f := range s.Fields {
			if vecOf(f.T) {
				return false
			}
		}
	}
	for _, v := range c.Vars {
		if vecOf(v.T) {
			return false
		}
	}
	reached := map[int]bool{}
	ok := true
	check := func(t Target, plain bool) {
		o := c.Obj(t.Obj)
		if o == nil {
			return
		}
		for _, l := range c.Locations(o) {
			if l.Struct != si || !inside(t.Loc, l.Key) {
				continue
			}
			if !plain || t.Loc != "" || o.Var >= 0 || o.Count > 0 || reached[o.ID] {
				ok = false
			}
			reached[o.ID] = true
		}
	}
	for _, o := range c.Objs {
		for _, l := range c.Leaves(c.objType(o)) {
			t, has := c.Ptrs[ptrKey(o.ID, l.Key)]
			if !has || l.T.K == KVec {
				continue
			}
			check(t, l.T.K == KPtr)
		}
	}
	for _, bs := range c.Boxes {
		for _, t := range bs {
			check(t, false) // a box's data is a second way to reach its object
		}
	}
	return ok
}

// inside says whether location key loc is at or inside location at.
func inside(loc, at string) bool {
	return loc == at || strings.HasPrefix(loc, at) && (loc[len(at)] == '.' || loc[len(at)] == '[')
}

func (g *gen) enums() {
	for i := range g.n(0, 2) {
		e := &Enum{Tag: fmt.Sprintf("e%d", i)}
		for j := range g.n(2, 4) {
			e.Old = append(e.Old, fmt.Sprintf("E%d_V%d", i, j))
		}
		e.New = append([]string{}, e.Old...)
		if g.chance(0.5) {
			g.r.Shuffle(len(e.New), func(a, b int) { e.New[a], e.New[b] = e.New[b], e.New[a] })
		}
		if g.chance(0.04) {
			e.Alias = true
		}
		if g.chance(0.4) {
			// A new first enumerator shifts every old value.
			e.New = append([]string{fmt.Sprintf("E%d_NEW", i)}, e.New...)
		}
		g.c.Enums = append(g.c.Enums, e)
	}
}

// fieldType picks the type of a field of struct si: by-value structs
// only of earlier structs, so that the types are well founded.
func (g *gen) fieldType(si int, depth int) *Type {
	nstructs := len(g.c.Structs) + 1 // the one being made counts for pointers
	for {
		switch k := g.r.IntN(20); {
		case k < 6:
			return g.scalar()
		case k < 7 && len(g.c.Enums) > 0:
			return &Type{K: KEnum, Ref: g.r.IntN(len(g.c.Enums))}
		case k < 8 && si > 0:
			return &Type{K: KStruct, Ref: g.r.IntN(si)}
		case k < 11:
			return &Type{K: KPtr, Ref: g.r.IntN(nstructs)}
		case k < 12:
			return &Type{K: KIntPtr}
		case k < 13:
			return &Type{K: KStr}
		case k < 14:
			return &Type{K: KFn}
		case k < 15:
			return &Type{K: KUnion}
		case k < 16:
			return &Type{K: KVec, Ref: g.r.IntN(nstructs), CountAfter: g.chance(0.3)}
		case depth == 0:
			return g.array(si, nstructs)
		}
	}
}

// generic replaces, now and then, the type t just drawn by a list of
// the generic struct evolve_box whose data are structs of the case
// (one of the first n).
func (g *gen) generic(t *Type, n int) *Type {
	if n == 0 || g.rg.Float64() >= 0.03 {
		return t
	}
	return &Type{K: KGen, Ref: g.rg.IntN(n)}
}

func (g *gen) scalar() *Type {
	s := scalars[g.r.IntN(len(scalars))]
	return &Type{K: KScalar, Scalar: s, NewScalar: s}
}

// array makes a 1-D or 2-D array of scalars, pointers or structs.
func (g *gen) array(si, nptr int) *Type {
	var elem *Type
	switch k := g.r.IntN(10); {
	case k < 4:
		elem = g.scalar()
	case k < 5 && len(g.c.Enums) > 0:
		elem = &Type{K: KEnum, Ref: g.r.IntN(len(g.c.Enums))}
	case k < 7:
		elem = &Type{K: KPtr, Ref: g.r.IntN(nptr)}
	case k < 8 && si > 0:
		elem = &Type{K: KStruct, Ref: g.r.IntN(si)}
	case k < 9:
		elem = &Type{K: KIntPtr}
	default:
		n := g.n(2, 3)
		elem = &Type{K: KArray, Elem: g.scalar(), Len: n, NewLen: n}
	}
	n := g.n(1, 3)
	return &Type{K: KArray, Elem: elem, Len: n, NewLen: n}
}

func (g *gen) structs() {
	ns := g.n(1, 4)
	for si := range ns {
		s := &Struct{Old: fmt.Sprintf("s%d", si), Typedef: g.chance(0.3)}
		s.New = s.Old
		for fi := range g.n(1, 5) {
			f := &Field{Old: fmt.Sprintf("f%d", fi), T: g.generic(g.fieldType(si, 0), si+1)}
			f.New = f.Old
			s.Fields = append(s.Fields, f)
		}
		if g.chance(0.15) {
			name := fmt.Sprintf("f%d", len(s.Fields))
			s.Fields = append(s.Fields, &Field{Old: name, New: name, Ignore: true, T: &Type{K: KScalar, Scalar: "int", NewScalar: "int"}})
		}
		g.c.Structs = append(g.c.Structs, s)
	}
	// Pointers to structs made later in the loop may point at any.
	for si, s := range g.c.Structs {
		for i := range s.Fields {
			s.Order = append(s.Order, i)
		}
		if g.chance(0.4) {
			continue // unchanged
		}
		g.evolveStruct(si, s)
	}
}

func (g *gen) evolveStruct(si int, s *Struct) {
	if g.chance(0.2) {
		s.New = fmt.Sprintf("s%d_renamed", si)
	}
	for _, f := range s.Fields {
		t := f.T
		if f.Ignore {
			continue
		}
		switch {
		case t.K == KScalar && g.chance(0.3):
			if w, ok := widenings[t.Scalar]; ok {
				t.NewScalar = w
			}
		case t.K == KScalar && g.chance(0.1):
			f.New = "" // removed
			continue
		case t.K == KScalar && integer(t.Scalar) && t.Scalar == t.NewScalar && g.chance(0.1):
			f.AddOne = true
		case t.K == KArray && t.Elem.K != KStruct && t.Elem.K != KArray && g.chance(0.3):
			t.NewLen = t.Len + g.n(1, 2)
		}
		if g.chance(0.15) {
			if t.K != KVec {
				f.New = f.Old + "_r"
			}
		}
	}
	if g.chance(0.4) {
		init := &Field{New: fmt.Sprintf("added%d", len(s.Fields)), T: &Type{K: KScalar, Scalar: "int", NewScalar: "int"}, Init: int64(g.n(1, 99))}
		s.Fields = append(s.Fields, init)
	}
	if !slices.ContainsFunc(s.Fields, func(f *Field) bool { return f.New != "" }) {
		s.Fields[0].New = s.Fields[0].Old // not all removed
	}
	s.Order = s.Order[:0]
	for i, f := range s.Fields {
		if f.New != "" {
			s.Order = append(s.Order, i)
		}
	}
	if g.chance(0.4) {
		g.r.Shuffle(len(s.Order), func(a, b int) { s.Order[a], s.Order[b] = s.Order[b], s.Order[a] })
	}
}

func integer(s string) bool { return s != "float" && s != "double" }

func (g *gen) vars() {
	for i := range g.n(2, 6) {
		v := &Var{Old: fmt.Sprintf("g%d", i)}
		v.New = v.Old
		ns := len(g.c.Structs)
		switch k := g.r.IntN(10); {
		case k < 3:
			v.T = &Type{K: KStruct, Ref: g.r.IntN(ns)}
		case k < 6:
			v.T = &Type{K: KPtr, Ref: g.r.IntN(ns)}
		case k < 7:
			n := g.n(1, 3)
			v.T = &Type{K: KArray, Elem: &Type{K: KStruct, Ref: g.r.IntN(ns)}, Len: n, NewLen: n}
		case k < 8:
			v.T = &Type{K: KIntPtr}
		case k < 9:
			v.T = g.array(0, ns)
			if v.T.Elem.K == KScalar && g.chance(0.3) {
				v.T.NewLen++
			}
		default:
			v.T = g.scalar()
		}
		v.T = g.generic(v.T, ns)
		if g.chance(0.15) {
			v.New = v.Old + "_r"
		}
		v.Invoke = v.T.K == KStruct && g.chance(0.2)
		g.c.Vars = append(g.c.Vars, v)
	}
	if g.chance(0.3) {
		g.c.Vars = append(g.c.Vars, &Var{New: "g_added", T: &Type{K: KScalar, Scalar: "long", NewScalar: "long"}, Init: int64(g.n(1, 999))})
	}
}

// state builds the old state: the globals, then heap objects hung from
// their pointers (a spanning tree), then every other pointer aimed at a
// random place of a fitting type (sharing, cycles, interior pointers).
func (g *gen) state() {
	c := g.c
	c.Ptrs, c.Strs, c.Fns, c.Boxes = map[string]Target{}, map[string]string{}, map[string]int{}, map[string][]Target{}
	for i, v := range c.Vars {
		if v.Old != "" {
			c.Objs = append(c.Objs, &Obj{ID: len(c.Objs), Var: i, Parent: -1})
		}
	}
	budget := g.n(2, 14)
	for i := 0; i < len(c.Objs); i++ {
		o := c.Objs[i]
		for _, l := range c.Leaves(c.objType(o)) {
			if !l.InOld || !l.InNew {
				continue // only the pointers of both versions carry objects
			}
			switch {
			case l.T.K == KPtr && budget > 0 && g.chance(0.6):
				budget--
				child := &Obj{ID: len(c.Objs), Var: -1, Struct: l.T.Ref, Parent: o.ID, Slot: l.Key}
				c.Objs = append(c.Objs, child)
				c.Ptrs[ptrKey(o.ID, l.Key)] = Target{Obj: child.ID, Loc: ""}
			case l.T.K == KVec && l.Role == "items" && budget > 0 && g.chance(0.7):
				budget--
				child := &Obj{ID: len(c.Objs), Var: -1, Struct: l.T.Ref, Count: g.n(1, 3), Parent: o.ID, Slot: l.Key}
				c.Objs = append(c.Objs, child)
				c.Ptrs[ptrKey(o.ID, l.Key)] = Target{Obj: child.ID, Loc: "[0]"}
			}
		}
	}
	for _, o := range c.Objs {
		for _, l := range c.Leaves(c.objType(o)) {
			if !l.InOld {
				continue
			}
			k := ptrKey(o.ID, l.Key)
			switch l.T.K {
			case KPtr, KIntPtr:
				if _, ok := c.Ptrs[k]; ok || g.chance(0.25) {
					continue
				}
				want := -1
				if l.T.K == KPtr {
					want = l.T.Ref
				}
				var cands []Target
				for _, t := range c.Objs {
					for _, loc := range c.Locations(t) {
						if loc.Struct == want && !loc.OnePast {
							cands = append(cands, Target{Obj: t.ID, Loc: loc.Key})
						}
					}
				}
				if len(cands) > 0 {
					c.Ptrs[k] = cands[g.r.IntN(len(cands))]
				}
			case KStr:
				if g.chance(0.8) {
					c.Strs[k] = fmt.Sprintf("str %d/%x", o.ID, c.hash(o.ID, l.Key)%0xffff)
				}
			case KFn:
				if g.chance(0.8) {
					c.Fns[k] = g.r.IntN(len(fnNames))
				}
			case KGen:
				g.boxes(k, l.T.Ref)
			}
		}
	}
}

// boxes makes the list of a KGen leaf: up to three boxes whose data
// point at places of struct si (sharing them with other pointers), or
// are NULL.
func (g *gen) boxes(k string, si int) {
	c := g.c
	var cands []Target
	for _, t := range c.Objs {
		for _, loc := range c.Locations(t) {
			if loc.Struct == si && !loc.OnePast {
				cands = append(cands, Target{Obj: t.ID, Loc: loc.Key})
			}
		}
	}
	n := g.rg.IntN(4)
	if n == 0 {
		return // a NULL list
	}
	bs := make([]Target, n)
	for i := range bs {
		bs[i] = Target{Obj: -1}
		if len(cands) > 0 && g.rg.Float64() < 0.85 {
			bs[i] = cands[g.rg.IntN(len(cands))]
		}
	}
	c.Boxes[k] = bs
}
