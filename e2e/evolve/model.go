// Package evolve makes random evolution cases for the end-to-end suite:
// a random graph of C types, a random evolution of it, the spec the
// evolution needs, an old program that builds a random state (lists,
// trees, sharing, cycles, interior and one-past-the-end pointers) and a
// new program that checks every field and the target of every pointer
// after the migration. About half of the structs whose objects the state
// reaches by one plain pointer each are declared E_OWNED (the suite's
// asan mode checks that promise, its plain mode relies on it). A case
// is written in the e2e suite's layout
// (old.h, new.h, old.c, new.c, spec.xf), so that a failing one, once
// shrunk, replays as an ordinary e2e case.
//
// Everything is derived from a Case, a plain value: Generate makes one
// from a seed, Shrink proposes smaller ones, Render writes the files.
package evolve

import (
	"fmt"
	"hash/fnv"
)

// Kind is the kind of a C type in a case.
type Kind int

const (
	KScalar Kind = iota // an arithmetic type, maybe widened
	KEnum               // an enum of the case
	KStruct             // a struct of the case, by value
	KPtr                // a pointer to a struct of the case
	KIntPtr             // an int *, pointing at an int anywhere in the state
	KStr                // a NUL-terminated string (E_SZ)
	KFn                 // a pointer to one of the case's functions
	KUnion              // the case's one union, unchanged
	KArray              // a fixed array, maybe grown
	KVec                // three fields: a count, an E_PTRARRAY pointer and an end pointer
	KGen                // a list of the generic struct evolve_box, E_G(a struct of the case) *: its E_T data points at such structs
)

// A Type is the type of a field or variable, in both versions.
type Type struct {
	K                 Kind
	Scalar, NewScalar string // KScalar: C type names
	Ref               int    // KEnum, KStruct, KPtr, KVec, KGen: index into Case.Enums or Case.Structs
	Elem              *Type  // KArray
	Len, NewLen       int    // KArray
	CountAfter        bool   // KVec: the count field follows the pointer
}

// A Field of a struct. Old is "" for a field the new version adds,
// New is "" for one it removes.
type Field struct {
	Old, New string
	T        *Type
	Init     int64 // an added scalar field: its INIT value
	AddOne   bool  // migrated by user code: new = old + 1
	Ignore   bool  // an int marked E_IGNORE: the new field stays zero
}

// A Struct of the case; Order lists the new version's fields (indices
// into Fields) in their new order.
type Struct struct {
	Old, New string
	Typedef  bool // declared with a typedef NAME_t, used by pointers to it
	// Owned: declared E_OWNED, which the state makes true (ownable).
	Owned  bool
	Fields []*Field
	Order  []int
}

// An Enum: the new enumerators are the old ones reordered, plus some.
type Enum struct {
	Tag      string
	Old, New []string
	// Alias: the old enum names its second value twice (E0_OLD = E0_V1),
	// the new one makes E0_OLD a value of its own: ambiguous, so xfgen
	// must refuse the case.
	Alias bool
}

// A Var is a global variable. Old is "" for an added one (a scalar
// with an INIT value).
type Var struct {
	Old, New string
	T        *Type
	Init     int64
	// Invoke: a struct variable migrated by a rule whose code runs the
	// generated transformer (XF_INVOKE), which must give what inference
	// gives.
	Invoke bool
}

// An Obj is a global or a heap object of the old state. Var is the
// index of its variable, or -1 for a heap object: a single struct
// (Count 0) or a block of Count structs reached through a KVec.
type Obj struct {
	ID     int
	Var    int
	Struct int
	Count  int
	// Parent and Slot: the pointer that reaches the heap object first,
	// by which the checks find it in the new state.
	Parent int
	Slot   string
}

// A Target is where a pointer points: object Obj, location Loc (a key
// from Locations). Obj < 0 is NULL.
type Target struct {
	Obj int
	Loc string
}

// A Case is one random evolution with its state.
type Case struct {
	Seed    int64
	Enums   []*Enum
	Structs []*Struct
	Vars    []*Var
	Objs    []*Obj
	// Ptrs: the target of each pointer leaf, by object ID and leaf key
	// ("3|.next"); a pointer leaf missing here is NULL.
	Ptrs map[string]Target
	// Strs: the value of each string leaf, absent for NULL.
	Strs map[string]string
	// Fns: the function each function pointer leaf holds, absent for NULL.
	Fns map[string]int
	// Boxes: for each KGen leaf, the targets of the data of the boxes of
	// its list in order (Obj < 0: NULL data); absent for a NULL list.
	Boxes map[string][]Target
}

// Fns are the functions both versions define, for function pointers.
var fnNames = []string{"evolve_fn_inc", "evolve_fn_dbl", "evolve_fn_neg"}

func ptrKey(obj int, leaf string) string { return fmt.Sprintf("%d|%s", obj, leaf) }

// hash gives the stable pseudo-random value of a leaf: it depends on
// the seed, the object and the leaf key only, so shrinking a case keeps
// the values of what remains.
func (c *Case) hash(obj int, key string) uint64 {
	h := fnv.New64a()
	fmt.Fprintf(h, "%d|%d|%s", c.Seed, obj, key)
	v := h.Sum64()
	v ^= v >> 29
	return v
}

// Obj returns the object with the given ID, or nil.
func (c *Case) Obj(id int) *Obj {
	for _, o := range c.Objs {
		if o.ID == id {
			return o
		}
	}
	return nil
}

// objType is the type of an object's storage.
func (c *Case) objType(o *Obj) *Type {
	if o.Var >= 0 {
		return c.Vars[o.Var].T
	}
	st := &Type{K: KStruct, Ref: o.Struct}
	if o.Count > 0 {
		return &Type{K: KArray, Elem: st, Len: o.Count, NewLen: o.Count}
	}
	return st
}

// A Leaf is one scalar, pointer, string or function pointer of an
// object, with its access path in each version ("" where it is absent).
type Leaf struct {
	Key              string // stable identity: the old path, or the new one for added fields
	OldPath, NewPath string
	T                *Type
	F                *Field // the innermost field, nil for a variable's own value
	Role             string // "" or, for KVec: "n", "items", "end"
	InOld, InNew     bool
	Index            int // the last array index on the path, -1 if none
}

// Leaves lists the leaves of a value of type t.
func (c *Case) Leaves(t *Type) []Leaf {
	var out []Leaf
	c.walk(t, "", "", true, true, nil, -1, func(l Leaf) { out = append(out, l) })
	return out
}

func (c *Case) walk(t *Type, op, np string, inOld, inNew bool, f *Field, idx int, emit func(Leaf)) {
	if !inOld {
		op = ""
	}
	if !inNew {
		np = ""
	}
	key := op
	if !inOld {
		key = "+" + np
	}
	switch t.K {
	case KStruct:
		s := c.Structs[t.Ref]
		for _, fl := range s.Fields {
			fo, fn := inOld && fl.Old != "", inNew && fl.New != ""
			if !fo && !fn {
				continue
			}
			if fl.T.K == KVec {
				for _, role := range []string{"n", "items", "end"} {
					suf := vecField(fl.Old, role)
					l := Leaf{OldPath: op + "." + suf, NewPath: np + "." + vecField(fl.New, role), T: fl.T, F: fl, Role: role, Index: idx, InOld: fo, InNew: fn}
					l.Key = l.OldPath
					emit(l)
				}
				continue
			}
			c.walk(fl.T, op+"."+fl.Old, np+"."+fl.New, fo, fn, fl, idx, emit)
		}
	case KArray:
		n := max(t.Len, t.NewLen)
		for i := 0; i < n; i++ {
			c.walk(t.Elem, fmt.Sprintf("%s[%d]", op, i), fmt.Sprintf("%s[%d]", np, i), inOld && i < t.Len, inNew && i < t.NewLen, f, i, emit)
		}
	default:
		emit(Leaf{Key: key, OldPath: op, NewPath: np, T: t, F: f, Index: idx, InOld: inOld, InNew: inNew})
	}
}

func vecField(name, role string) string {
	switch role {
	case "n":
		return name + "_n"
	case "end":
		return name + "_end"
	}
	return name
}

// A Loc is a place a pointer may point at, in both versions.
type Loc struct {
	Key              string
	OldPath, NewPath string
	Struct           int  // the struct there, or -1 for an int
	OnePast          bool // one past the end of a block
}

// Locations lists the places of object o that survive the evolution
// unchanged in kind: the object itself and struct members or elements
// of a struct type (Struct >= 0), and ints (Struct -1). A block also
// has its one-past-the-end location.
func (c *Case) Locations(o *Obj) []Loc {
	var out []Loc
	t := c.objType(o)
	c.locs(t, "", "", &out)
	if o.Count > 0 {
		p := fmt.Sprintf("[%d]", o.Count)
		out = append(out, Loc{Key: p, OldPath: p, NewPath: p, Struct: o.Struct, OnePast: true})
	}
	return out
}

func (c *Case) locs(t *Type, op, np string, out *[]Loc) {
	switch t.K {
	case KStruct:
		*out = append(*out, Loc{Key: op, OldPath: op, NewPath: np, Struct: t.Ref})
		for _, f := range c.Structs[t.Ref].Fields {
			if f.Old == "" || f.New == "" || f.T.K == KVec || f.AddOne {
				continue
			}
			c.locs(f.T, op+"."+f.Old, np+"."+f.New, out)
		}
	case KArray:
		for i := 0; i < min(t.Len, t.NewLen); i++ {
			c.locs(t.Elem, fmt.Sprintf("%s[%d]", op, i), fmt.Sprintf("%s[%d]", np, i), out)
		}
	case KScalar:
		if t.Scalar == "int" && t.NewScalar == "int" {
			*out = append(*out, Loc{Key: op, OldPath: op, NewPath: np, Struct: -1})
		}
	}
}

// findLoc returns location key of object id, if it still exists.
func (c *Case) findLoc(tg Target) (Loc, bool) {
	o := c.Obj(tg.Obj)
	if o == nil {
		return Loc{}, false
	}
	for _, l := range c.Locations(o) {
		if l.Key == tg.Loc {
			return l, true
		}
	}
	return Loc{}, false
}
