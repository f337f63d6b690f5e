package compiler

import (
	"testing"
)

// The plan says, per pair of types, whether it is copied or walked.
func TestPlanWork(t *testing.T) {
	h := func(extra string) string {
		return `struct same { int a; struct same *self; };
struct holder { struct same *s; struct changed *c; void (*fn)(int); };
struct changed { int v; };
union u { int i; float f; };
enum e { A, B };
extern struct same *samep;
extern struct holder holder;
extern union u un;
extern enum e en;
extern int numbers[3];
` + extra
	}
	old := h("")
	new := h("")
	new = replaceOnce(new, "struct changed { int v; };", "struct changed { long v; };")
	_, o, n, _ := inputs(t, old, new, "")
	plan, ds := Check(nil, o, n)
	if len(ds) != 0 {
		t.Fatalf("diagnostics: %v", ds)
	}
	work := map[string]bool{}
	for _, g := range plan.Globals {
		if g.Old == nil || g.Old.Key != g.New.Key || g.Code != nil {
			t.Errorf("%s: not taken from the old variable of the same name", g.New.Key)
		}
		work[g.New.Key] = g.Conv.Work()
	}
	want := map[string]bool{"samep": false, "holder": true, "un": false, "en": false, "numbers": false}
	for k, w := range want {
		if work[k] != w {
			t.Errorf("%s: work %v, want %v", k, work[k], w)
		}
	}
	// Inside holder: the unchanged cycle is a pointer copy, the changed
	// pointee is walked, the function pointer remapped.
	var holder *Conv
	for _, g := range plan.Globals {
		if g.New.Key == "holder" {
			holder = g.Conv
		}
	}
	kinds := map[string]ConvKind{}
	for _, f := range holder.Fields {
		kinds[f.New.Name] = f.Conv.Kind
		if f.New.Name == "s" && f.Conv.Work() {
			t.Error("the pointer to the unchanged cycle is walked")
		}
	}
	if kinds["c"] != ConvPtr || kinds["fn"] != ConvFuncPtr {
		t.Errorf("field conversions %v", kinds)
	}
}

// Sources of new globals: a rule, the same-name variable, an INIT.
func TestPlanGlobalSources(t *testing.T) {
	spec, o, n, _ := inputs(t, "extern int a; extern int b; extern int gone;\n", "extern int a; extern int renamed; extern int fresh;\n",
		"b -> renamed\nINIT fresh: { $out = 7; }\n")
	plan, ds := Check(spec, o, n)
	expectDiags(t, ds, w("old.h:1:40", "warning", "XF0140", "variable `gone`"))
	src := map[string]string{}
	for _, g := range plan.Globals {
		switch {
		case g.Code != nil && g.Old == nil:
			src[g.New.Key] = "INIT"
		case g.Old != nil:
			src[g.New.Key] = g.Old.Key
		}
	}
	if src["a"] != "a" || src["renamed"] != "b" || src["fresh"] != "INIT" || len(src) != 3 {
		t.Errorf("sources %v", src)
	}
}

func replaceOnce(s, old, new string) string {
	for i := 0; i+len(old) <= len(s); i++ {
		if s[i:i+len(old)] == old {
			return s[:i] + new + s[i+len(old):]
		}
	}
	panic("not found: " + old)
}

// A rule on a typedef migrates the values declared with it, and only
// those: other values of the same underlying type keep inference.
func TestPlanTypedefRule(t *testing.T) {
	h := "typedef int temp_t;\nstruct s { int id; temp_t t; };\nextern struct s v;\nextern temp_t out;\nextern int plain;\n"
	spec, o, n, _ := inputs(t, h, h, "typedef temp_t -> typedef temp_t: { $out = $in + 1; }\n")
	plan, ds := Check(spec, o, n)
	if len(ds) != 0 {
		t.Fatalf("diagnostics: %v", ds)
	}
	user := map[string]bool{}
	for _, g := range plan.Globals {
		user[g.New.Key] = g.Conv.Kind == ConvUser
		if g.New.Key == "v" {
			for _, f := range g.Conv.Fields {
				user["v."+f.New.Name] = f.Conv.Kind == ConvUser
			}
		}
	}
	want := map[string]bool{"out": true, "plain": false, "v": false, "v.id": false, "v.t": true}
	for k, w := range want {
		if user[k] != w {
			t.Errorf("%s: by the rule %v, want %v", k, user[k], w)
		}
	}
}
