package e2e

import (
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"

	"github.com/xfgen-dev/xfgen/grammar"
)

// stubsOf runs `xfgen stubs` on case c from nothing and returns the
// text. With errorsOK, errors stubs cannot fix (exit 1) are accepted.
func stubsOf(t *testing.T, c testCase, dir string, errorsOK bool) string {
	t.Helper()
	args := []string{"stubs", "-I", filepath.Join(repoRoot, "include")}
	args = append(args, versionArgs(c)...)
	r := run(toolTimeout, dir, nil, buildXfgen(t), args...)
	if r.exit != 0 && !(errorsOK && r.exit == 1) {
		t.Fatalf("xfgen %s: %v", strings.Join(args, " "), r)
	}
	return r.stdout
}

// versionArgs are the arguments that give xfgen case c's two versions.
func versionArgs(c testCase) []string {
	if len(c.exp.xfgenOld) == 0 {
		return []string{filepath.Join(c.dir, "old.h"), filepath.Join(c.dir, "new.h")}
	}
	var args []string
	for _, f := range c.exp.xfgenOld {
		args = append(args, "--old", filepath.Join(c.dir, f))
	}
	for _, f := range c.exp.xfgenNew {
		args = append(args, "--new", filepath.Join(c.dir, f))
	}
	return args
}

// specRule is one label of a spec with its rule's code ("" for none).
type specRule struct {
	label string // as the formatter spells it, spaces collapsed
	code  string
	todo  bool // a stub with a TODO for a person
}

func parseRules(t *testing.T, name, src string) (rules []specRule, preamble bool) {
	t.Helper()
	f, ds := grammar.Parse(name, []byte(src))
	if ds.HasErrors() {
		t.Fatalf("%s: %v\n%s", name, ds, src)
	}
	prevEnd := 0
	for _, r := range f.Rules {
		code := ""
		if r.Code != nil {
			code = r.Code.Text
		}
		for _, l := range r.Labels {
			text := strings.Join(strings.Fields(src[l.Range().Start.Offset:l.Range().End.Offset]), " ")
			rules = append(rules, specRule{label: text, code: code, todo: strings.Contains(src[prevEnd:r.Range().End.Offset], "TODO")})
		}
		prevEnd = r.Range().End.Offset
	}
	return rules, f.Preamble != nil
}

// renamesAndInits reports whether a spec only renames (labels without
// code) and initializes (INIT).
func renamesAndInits(rules []specRule, preamble bool) bool {
	for _, r := range rules {
		if !strings.HasPrefix(r.label, "INIT ") && r.code != "" {
			return false
		}
	}
	return !preamble && len(rules) > 0
}

// undecidable lists the cases whose renames no look at the two versions
// can find, with why.
var undecidable = map[string]string{
	"swap_names": "both names exist in both versions, so nothing looks removed or added",
}

// TestStubsMigrate takes every case whose spec only renames and
// initializes, writes its spec anew with `xfgen stubs` from nothing,
// puts the case's own code in place of each TODO body, and runs the
// case: the stubs must be the rules the case needs, not only rules
// that compile.
func TestStubsMigrate(t *testing.T) {
	needGCC(t)
	m := modes()[0]
	m.listN = "100000" // the rules are tested here, not the scale
	ran := 0
	for _, c := range loadCases(t) {
		if c.spec == "" || c.exp.rejects() || len(c.exp.ccFails) > 0 {
			continue
		}
		src, err := os.ReadFile(c.spec)
		if err != nil {
			t.Fatal(err)
		}
		own, preamble := parseRules(t, c.spec, string(src))
		if !renamesAndInits(own, preamble) {
			continue
		}
		ran++
		t.Run(c.name, func(t *testing.T) {
			t.Parallel()
			if why := undecidable[c.name]; why != "" {
				t.Skipf("renames stubs cannot guess: %s", why)
			}
			dir := filepath.Join(workDir, "stubs", c.name)
			if err := os.MkdirAll(dir, 0o755); err != nil {
				t.Fatal(err)
			}
			text := stubsOf(t, c, dir, false)
			stubs, _ := parseRules(t, "stubs.xf", text)
			ownCode := map[string]string{}
			for _, r := range own {
				ownCode[r.label] = r.code
			}
			var spec strings.Builder
			for _, s := range stubs {
				switch code, ok := ownCode[s.label]; {
				case s.todo && s.code != "" && !ok:
					t.Fatalf("a stub the case does not have: %s\nstubs:\n%s", s.label, text)
				case s.todo && s.code != "":
					spec.WriteString(s.label + ": {" + code + "}\n")
				case s.code != "":
					spec.WriteString(s.label + ": {" + s.code + "}\n")
				default:
					spec.WriteString(s.label + "\n")
				}
			}
			t.Logf("stubs with the case's values:\n%s", spec.String())
			c.spec = filepath.Join(dir, "spec.xf")
			if err := os.WriteFile(c.spec, []byte(spec.String()), 0o644); err != nil {
				t.Fatal(err)
			}
			c.exp.warns = nil // about the case's own spec
			xform := generate(t, c, dir)
			runCase(t, c, m, dir, xform)
		})
	}
	if ran == 0 {
		t.Fatal("no case only renames and initializes")
	}
}

// TestStubRenameCounts counts, over the cases whose specs rename things
// (a label A -> B with A and B different), how many of those renames
// `xfgen stubs` proposes from nothing, and how many renames it proposes
// that the case's spec does not make. README.md ("Stubs") quotes the
// figures; the test fails if the heuristic gets worse than they say.
func TestStubRenameCounts(t *testing.T) {
	const wantFound, wantWrongAtMost = 7, 1
	needGCC(t) // the cases' headers include system ones
	total, found, wrong := 0, 0, 0
	var lines []string
	for _, c := range loadCases(t) {
		if c.spec == "" || c.exp.rejects() {
			continue
		}
		src, err := os.ReadFile(c.spec)
		if err != nil {
			t.Fatal(err)
		}
		own, _ := parseRules(t, c.spec, string(src))
		renames := map[string]bool{}
		for _, r := range own {
			if from, to, ok := strings.Cut(r.label, " -> "); ok && from != to {
				renames[r.label] = true
			}
		}
		dir := filepath.Join(workDir, "stub-counts", c.name)
		if err := os.MkdirAll(dir, 0o755); err != nil {
			t.Fatal(err)
		}
		stubs, _ := parseRules(t, "stubs.xf", stubsOf(t, c, dir, true))
		for _, s := range stubs {
			if s.code != "" || strings.HasPrefix(s.label, "INIT ") {
				continue
			}
			if renames[s.label] {
				found++
				lines = append(lines, c.name+": found "+s.label)
				delete(renames, s.label)
			} else {
				wrong++
				lines = append(lines, c.name+": wrongly proposed "+s.label)
			}
		}
		total += len(renames)
		for r := range renames {
			lines = append(lines, c.name+": not found "+r)
		}
	}
	total += found
	sort.Strings(lines)
	t.Logf("renames in the cases' specs: %d; found by stubs: %d; wrongly proposed: %d\n%s", total, found, wrong, strings.Join(lines, "\n"))
	if found < wantFound || wrong > wantWrongAtMost {
		t.Errorf("found %d (want at least %d), wrongly proposed %d (want at most %d)", found, wantFound, wrong, wantWrongAtMost)
	}
}
