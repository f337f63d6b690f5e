package typesdiff

import (
	"bytes"
	"strings"
	"testing"
)

// record makes a struct with int fields named by names, 4 bytes apart.
func record(kind Kind, names ...string) *Type {
	i32 := &Type{Kind: Int, Name: "int", Size: 4, Align: 4, Signed: true}
	t := &Type{Kind: kind, Name: "s", Size: int64(4 * len(names)), Align: 4}
	for i, n := range names {
		off := int64(4 * i)
		if kind == Union {
			off = 0
		}
		t.Fields = append(t.Fields, &Field{Name: n, Type: i32, Offset: off})
	}
	return t
}

func TestReordered(t *testing.T) {
	cases := []struct{ old, new, want string }{
		{"a b c d", "a b c d", ""},
		{"a b c d", "b a c d", "b"}, // one swap: one field moved (ties keep the earlier one)
		{"a b c d", "d a b c", "d"}, // the last moved first
		{"a b c d", "a x c b", "c"}, // b and c swapped around an added x
		{"a b c d", "d c b a", "b c d"},
	}
	for _, c := range cases {
		got := strings.Join(reordered(record(Struct, strings.Fields(c.old)...), record(Struct, strings.Fields(c.new)...)), " ")
		if got != c.want {
			t.Errorf("%q -> %q: reordered %q, want %q", c.old, c.new, got, c.want)
		}
	}
}

func TestDiffTypeKinds(t *testing.T) {
	tc := diffType("struct s", record(Struct, "a", "b"), record(Union, "a", "b"))
	if tc.Kind != Changed || !tc.KindChanged {
		t.Errorf("struct to union: %+v", tc)
	}
	tc = diffType("struct s", record(Struct, "a", "b", "c"), record(Struct, "a", "bb", "c"))
	if len(tc.Renames) != 1 || tc.Renames[0].OldName != "b" || tc.Renames[0].NewName != "bb" {
		t.Errorf("rename at the same place: %+v", tc.Renames)
	}
	tc = diffType("struct s", record(Struct, "a", "b"), record(Struct, "b", "x"))
	if len(tc.Renames) != 0 {
		t.Errorf("a removed and an added field at different places are not a rename: %+v", tc.Renames)
	}
	if tc = diffType("struct s", record(Struct, "a"), record(Struct, "a")); tc.Kind != Unchanged || tc.Affected {
		t.Errorf("identical: %+v", tc)
	}
}

func TestSimilarNames(t *testing.T) {
	for _, c := range []struct {
		a, b string
		want bool
	}{
		{"max_conns", "max_clients", true},
		{"idle_timeout", "idle_timeout_ms", true},
		{"old_name", "new_name", true},
		{"counter", "next_counter", true},
		{"a", "x", false},     // too short to tell
		{"fd", "sock", false}, // nothing in common
		{"legacy_mode", "uptime_base", false},
		{"timeout", "timeout", false}, // the same name is no rename
		{"id", "idx", false},          // too short to tell
	} {
		if got := similarNames(c.a, c.b); got != c.want {
			t.Errorf("similarNames(%q, %q) = %v, want %v", c.a, c.b, got, c.want)
		}
	}
}

// Rename candidates: the same type at the same place, the only removed
// and added field of a type, or the same kind under a similar name.
func TestFieldRenameCandidates(t *testing.T) {
	i32 := &Type{Kind: Int, Name: "int", Size: 4, Align: 4, Signed: true}
	i64 := &Type{Kind: Int, Name: "long", Size: 8, Align: 8, Signed: true}
	str := &Type{Kind: Pointer, Size: 8, Align: 8, Elem: &Type{Kind: Int, Name: "char", Size: 1, Align: 1, Signed: true}}
	st := func(fs ...*Field) *Type { return &Type{Kind: Struct, Name: "s", Fields: fs} }
	f := func(name string, t *Type, off int64) *Field { return &Field{Name: name, Type: t, Offset: off} }
	cases := []struct {
		old, new *Type
		want     string
	}{
		// timeout (int) -> timeout_ms (long): similar names, both integers.
		{st(f("id", i32, 0), f("timeout", i32, 4)), st(f("id", i32, 0), f("timeout_ms", i64, 8)), "timeout->timeout_ms"},
		// key moved and renamed, the only char * on each side.
		{st(f("key", str, 0), f("n", i32, 8)), st(f("n", i32, 0), f("name", str, 8)), "key->name"},
		// Integers elsewhere under other names: no guess, even when each
		// is the only one of its type.
		{st(f("a1", i32, 0)), st(f("z", i64, 0), f("x9", i32, 8)), ""},
		// An int replaced by a pointer: not alike.
		{st(f("count", i32, 0)), st(f("counter", str, 0)), ""},
	}
	for _, c := range cases {
		tc := diffType("struct s", c.old, c.new)
		var got []string
		for _, r := range tc.Renames {
			got = append(got, r.OldName+"->"+r.NewName)
			if r.Why == "" {
				t.Errorf("%s->%s: no reason given", r.OldName, r.NewName)
			}
		}
		if strings.Join(got, ",") != c.want {
			t.Errorf("renames %v, want %q", got, c.want)
		}
	}
}

func TestVarRenameCandidates(t *testing.T) {
	i32 := &Type{Kind: Int, Name: "int", Size: 4, Align: 4, Signed: true}
	i64 := &Type{Kind: Int, Name: "long", Size: 8, Align: 8, Signed: true}
	ptr := &Type{Kind: Pointer, Size: 8, Align: 8, Elem: i32}
	v := func(name string, t *Type) *Var { return &Var{Key: name, Name: name, Type: t} }
	prog := func(vs ...*Var) *Program {
		p := &Program{Types: map[string]*Type{}, Vars: map[string]*Var{}}
		for _, x := range vs {
			p.Vars[x.Key] = x
		}
		return p
	}
	r := Diff(prog(v("old_name", i32), v("legacy", i32), v("count", i32)), prog(v("new_name", i64), v("started", i64), v("counter", ptr)))
	if len(r.VarRenames) != 1 || r.VarRenames[0].OldKey != "old_name" || r.VarRenames[0].NewKey != "new_name" {
		t.Errorf("var renames %+v, want old_name -> new_name only", r.VarRenames)
	}
	var b bytes.Buffer
	if err := r.WriteText(&b); err != nil || !strings.Contains(b.String(), "rename? variable old_name -> new_name (the same kind of type under a similar name") {
		t.Errorf("text report: %v\n%s", err, b.String())
	}
}
