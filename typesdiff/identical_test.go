package typesdiff

import "testing"

func TestIdentical(t *testing.T) {
	i32 := &Type{Kind: Int, Name: "int", Size: 4, Align: 4, Signed: true}
	u32 := &Type{Kind: Int, Name: "unsigned int", Size: 4, Align: 4}
	i64 := &Type{Kind: Int, Name: "long", Size: 8, Align: 8, Signed: true}
	ll := &Type{Kind: Int, Name: "long long", Size: 8, Align: 8, Signed: true}
	list := func(val *Type, name string) *Type {
		l := &Type{Kind: Struct, Name: "list", Size: 16, Align: 8}
		p := &Type{Kind: Pointer, Size: 8, Align: 8, Elem: l}
		l.Fields = []*Field{{Name: name, Type: val}, {Name: "next", Type: p, Offset: 8}}
		return l
	}
	td := func(name string, e *Type) *Type {
		return &Type{Kind: Typedef, Name: name, Elem: e, Size: e.Size, Align: e.Align}
	}
	cases := []struct {
		name string
		a, b *Type
		want bool
	}{
		{"same cycle", list(i64, "v"), list(i64, "v"), true},
		{"cycle, field retyped", list(i64, "v"), list(u32, "v"), false},
		{"cycle, field renamed", list(i64, "v"), list(i64, "w"), false},
		{"long and long long", list(i64, "v"), list(ll, "v"), true},
		{"signedness", i32, u32, false},
		{"typedef is transparent", td("myint", i32), i32, true},
		{"typedef names may differ", td("a_t", i32), td("b_t", i32), true},
		{"typedef of other layout", td("a_t", i32), td("a_t", i64), false},
		{"array length", &Type{Kind: Array, Elem: i32, Len: 4, Size: 16, Align: 4}, &Type{Kind: Array, Elem: i32, Len: 5, Size: 20, Align: 4}, false},
		{"tag renamed", &Type{Kind: Struct, Name: "a"}, &Type{Kind: Struct, Name: "b"}, false},
		{"enumerator value", &Type{Kind: Enum, Size: 4, Enumerators: []*Enumerator{{Name: "X", Value: 1}}}, &Type{Kind: Enum, Size: 4, Enumerators: []*Enumerator{{Name: "X", Value: 2}}}, false},
		{"function pointer params", &Type{Kind: Func, Params: []*Type{i32}, Elem: i32}, &Type{Kind: Func, Params: []*Type{i64}, Elem: i32}, false},
		{"nil", nil, i32, false},
	}
	for _, c := range cases {
		if got := Identical(c.a, c.b); got != c.want {
			t.Errorf("%s: Identical = %v, want %v", c.name, got, c.want)
		}
	}
}

// TestIdenticalAcrossLoads: two loads of one header give distinct but
// identical graphs, cycles included.
func TestIdenticalAcrossLoads(t *testing.T) {
	a, b := load(t, "../testdata/types/basic/v1.h"), load(t, "../testdata/types/basic/v1.h")
	for name, ta := range a.Types {
		if ta == b.Types[name] {
			t.Fatalf("%s shared between loads", name)
		}
		if !Identical(ta, b.Types[name]) {
			t.Errorf("%s differs between two loads of one file", name)
		}
	}
	c := load(t, "../testdata/types/basic/v2.h")
	if Identical(a.Types["struct conn"], c.Types["struct conn"]) {
		t.Errorf("struct conn of v1 and v2 identical")
	}
	if !Identical(a.Types["struct list"], c.Types["struct list"]) {
		t.Errorf("struct list of v1 and v2 differ")
	}
}
