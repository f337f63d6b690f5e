package evolve

import (
	"maps"
	"strings"
	"testing"
)

func TestGenerateIsDeterministic(t *testing.T) {
	for seed := int64(1); seed <= 50; seed++ {
		a, b := Generate(seed).Render("check.h", -1), Generate(seed).Render("check.h", -1)
		if !maps.Equal(a, b) {
			t.Fatalf("seed %d: two renders differ", seed)
		}
	}
	if maps.Equal(Generate(1).Render("check.h", -1), Generate(2).Render("check.h", -1)) {
		t.Fatal("seeds 1 and 2 give the same case")
	}
}

// Generated cases are already normal: every heap object hangs from its
// pointer and every pointer aims at a place of its type, so that the
// checks can find every object.
func TestGeneratedCasesAreNormal(t *testing.T) {
	for seed := int64(1); seed <= 300; seed++ {
		c := Generate(seed)
		d := c.Clone()
		d.normalize()
		if d.Size() != c.Size() || len(d.Objs) != len(c.Objs) {
			t.Fatalf("seed %d: normalizing dropped something (size %d -> %d, objects %d -> %d)",
				seed, c.Size(), d.Size(), len(c.Objs), len(d.Objs))
		}
	}
}

// Shrinking keeps the property asked for and ends at a small case.
func TestShrinkKeepsTheFailure(t *testing.T) {
	hasOnePast := func(c *Case) bool {
		return strings.Contains(c.Render("check.h", -1)["old.c"], "_end = h")
	}
	var seed int64
	for seed = 1; !hasOnePast(Generate(seed)); seed++ {
	}
	c := Generate(seed)
	steps := 0
	small := Shrink(c, func(d *Case) bool { steps++; return hasOnePast(d) })
	if !hasOnePast(small) {
		t.Fatal("the shrunk case lost the property")
	}
	if small.Size() >= c.Size() {
		t.Fatalf("seed %d: size %d did not shrink (%d steps)", seed, c.Size(), steps)
	}
	// One variable, one block and the vector that holds it: nothing
	// else is needed.
	if len(small.Vars) != 1 || len(small.Objs) > 3 {
		t.Errorf("seed %d: shrunk to %d variables and %d objects, want 1 and at most 3:\n%s",
			seed, len(small.Vars), len(small.Objs), small.Render("check.h", -1)["old.c"])
	}
	for _, d := range small.smaller() {
		if d.Size() >= small.Size() {
			t.Errorf("a shrinking step did not make the case smaller")
		}
	}
}

// The sabotaged old program differs from the faithful one in exactly
// one pointer assignment.
func TestSabotageChangesOnePointer(t *testing.T) {
	for seed := int64(1); seed <= 100; seed++ {
		c := Generate(seed)
		if len(c.pointers()) == 0 {
			continue
		}
		good := strings.Split(c.Render("check.h", -1)["old.c"], "\n")
		bad := strings.Split(c.Render("check.h", 0)["old.c"], "\n")
		if len(good) != len(bad) {
			t.Fatalf("seed %d: the sabotaged program has %d lines, want %d", seed, len(bad), len(good))
		}
		diff := 0
		for i := range good {
			if good[i] != bad[i] {
				diff++
			}
		}
		if diff != 1 {
			t.Fatalf("seed %d: %d lines differ, want 1", seed, diff)
		}
	}
}

// An enum alias makes the case one that xfgen must refuse, but only
// when the state can hold the enum.
func TestAliasNeedsTheEnumInTheState(t *testing.T) {
	mk := func(withVar bool) *Case {
		c := &Case{
			Enums:   []*Enum{{Tag: "e0", Old: []string{"E0_V0", "E0_V1"}, New: []string{"E0_V0", "E0_V1"}, Alias: true}},
			Structs: []*Struct{{Old: "s0", New: "s0", Fields: []*Field{{Old: "f0", New: "f0", T: &Type{K: KEnum}}}, Order: []int{0}}},
		}
		if withVar {
			c.Vars = []*Var{{Old: "g0", New: "g0", T: &Type{K: KPtr, Ref: 0}}}
		}
		return c
	}
	f := mk(true).Render("check.h", -1)
	if !strings.Contains(f["expect"], "check-fails: E0_OLD") || !strings.Contains(f["old.h"], "E0_OLD = E0_V1") {
		t.Errorf("an alias the state can hold: want it in old.h and a check-fails expectation, got old.h:\n%s\nexpect:\n%s", f["old.h"], f["expect"])
	}
	if f := mk(false).Render("check.h", -1); f["expect"] != "" || strings.Contains(f["old.h"], "E0_OLD") {
		t.Errorf("an alias no variable reaches: want neither, got old.h:\n%s\nexpect:\n%s", f["old.h"], f["expect"])
	}
}

// The migration back turns every rule around, narrows widened scalars
// with a rule, and is only offered for evolutions that lose nothing.
func TestReverseSpec(t *testing.T) {
	c := Generate(242)
	if !c.Reversible() {
		t.Fatal("seed 242 should be reversible")
	}
	r := c.ReverseSpec()
	for _, want := range []string{
		"struct s0_renamed -> struct s0\n",
		"struct s0_renamed.f4 -> struct s0.f4: { $out = $in; }\n",
		"g2 -> g2: { XF_INVOKE($xform(struct s0_renamed, struct s0), &$in, &$out); }\n",
		"g3_r -> g3\n",
	} {
		if !strings.Contains(r, want) {
			t.Errorf("reverse spec lacks %q:\n%s", want, r)
		}
	}
	// The back files: the old version's types under the new version's
	// name, and checks of the old state.
	back := c.RenderBack("check.h")
	old := c.Render("check.h", -1)["old.h"]
	strip := func(s string) string { return s[strings.Index(s, "\n"):] }
	if strings.ReplaceAll(strip(back["new.h"]), "NEW_H", "OLD_H") != strip(old) {
		t.Errorf("the back version's header is not the old one:\n%s\nwant\n%s", back["new.h"], old)
	}
	if back["old.h"] != c.Render("check.h", -1)["new.h"] {
		t.Error("the back migration does not start from the new version")
	}
	n := 0
	for seed := int64(1); seed <= 300; seed++ {
		d := Generate(seed)
		if !d.Reversible() {
			continue
		}
		n++
		for _, s := range d.Structs {
			for _, f := range s.Fields {
				if f.Old == "" || f.New == "" || f.AddOne || f.Ignore {
					t.Fatalf("seed %d is called reversible but loses field %s/%s", seed, f.Old, f.New)
				}
			}
		}
	}
	if n == 0 {
		t.Error("no seed of 1..300 is reversible")
	}
}
