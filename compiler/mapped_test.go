package compiler

import "testing"

// Values first, then pointers to objects holding others, then plain
// pointers; and a struct with a pointer member is mapped inside and
// fixed up.
func TestGlobalOrderAndMapping(t *testing.T) {
	oldH := "struct in { int v; };\nstruct out { struct in in; struct out *next; };\nextern struct out *a_ptr;\nextern struct out value;\nextern int count;\nextern struct in *b_in;\n"
	newH := "struct in { long v; };\nstruct out { struct in in; struct out *next; };\nextern struct out *a_ptr;\nextern struct out value;\nextern int count;\nextern struct in *b_in;\n"
	spec, old, new, _ := inputs(t, oldH, newH, "")
	plan, ds := Check(spec, old, new)
	if ds.HasErrors() {
		t.Fatalf("check: %v", ds)
	}
	var order []string
	for _, i := range plan.GlobalOrder() {
		order = append(order, plan.Globals[i].New.Key)
	}
	// a_ptr reaches a struct holding a mapped member (rank 1); b_in a
	// struct holding none (rank 2).
	want := []string{"count", "value", "a_ptr", "b_in"}
	if len(order) != len(want) {
		t.Fatalf("order %v, want %v", order, want)
	}
	for i := range want {
		if order[i] != want[i] {
			t.Fatalf("order %v, want %v", order, want)
		}
	}
	var outConv *Conv
	for _, gl := range plan.Globals {
		if gl.New.Key == "value" {
			outConv = gl.Conv
		}
	}
	if outConv == nil || !plan.MapsInside(outConv) || !Fixes(outConv) || !HasFunc(outConv) {
		t.Errorf("struct out: maps inside %v, fixes %v", plan.MapsInside(outConv), Fixes(outConv))
	}
	for _, f := range outConv.Fields {
		if f.New.Name == "in" && (!plan.MappedMember(f) || FixedMember(f)) {
			t.Errorf("member in: mapped %v, fixed %v", plan.MappedMember(f), FixedMember(f))
		}
		if f.New.Name == "next" && !FixedMember(f) {
			t.Errorf("member next is not fixed up")
		}
	}
}
