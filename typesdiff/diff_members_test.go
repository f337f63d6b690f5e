package typesdiff

import (
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
