package e2e

import (
	"fmt"
	"os"
	"path/filepath"
	"runtime"
	"strconv"
	"strings"
	"sync"
	"testing"

	"github.com/xfgen-dev/xfgen/e2e/evolve"
)

// evolveSeeds are the seeds the test command runs; XF_EVOLVE_SEEDS=N
// runs N seeds from XF_EVOLVE_FIRST (default 1) instead. They are seeds
// whose cases migrate correctly today and hold rich states (several
// heap objects, shared and interior pointers, renames, widenings, added
// fields; 65 and 242 can be undone: renames, widenings and a rule
// with XF_INVOKE, for the round trip); the classes of
// failures found are kept as cases in testdata/e2e_known_failures until
// they are fixed.
var evolveSeeds = []int64{7, 16, 21, 65, 82, 92, 131, 242}

// shrinkTries bounds the runs that shrinking one failure may take:
// XF_EVOLVE_SHRINK (default 400; 0 writes the failing case unshrunk,
// for long runs that only sort seeds into classes).
func shrinkTries(t *testing.T) int {
	v := os.Getenv("XF_EVOLVE_SHRINK")
	if v == "" {
		return 400
	}
	n, err := strconv.Atoi(v)
	if err != nil || n < 0 {
		t.Fatalf("XF_EVOLVE_SHRINK=%q: want a number of runs", v)
	}
	return n
}

// A probe is a testing.TB that records failures instead of reporting
// them, so that the harness's own steps (generate, runCase) can tell
// the shrinker whether a candidate case fails. Fatal ends the
// goroutine, as it does in a test.
type probe struct {
	testing.TB
	mu      sync.Mutex
	failed  bool
	skipped bool
	log     strings.Builder
}

func (p *probe) Helper() {}
func (p *probe) Errorf(format string, args ...any) {
	p.mu.Lock()
	defer p.mu.Unlock()
	p.failed = true
	fmt.Fprintf(&p.log, format+"\n", args...)
}
func (p *probe) Error(args ...any)                 { p.Errorf("%s", fmt.Sprint(args...)) }
func (p *probe) Fatalf(format string, args ...any) { p.Errorf(format, args...); runtime.Goexit() }
func (p *probe) Fatal(args ...any)                 { p.Error(args...); runtime.Goexit() }
func (p *probe) Fail()                             { p.Errorf("failed") }
func (p *probe) FailNow()                          { p.Fail(); runtime.Goexit() }
func (p *probe) Failed() bool                      { p.mu.Lock(); defer p.mu.Unlock(); return p.failed }
func (p *probe) Log(args ...any)                   {}
func (p *probe) Logf(format string, args ...any)   {}
func (p *probe) Skip(args ...any)                  { p.skipped = true; runtime.Goexit() }
func (p *probe) Skipf(format string, args ...any)  { p.skipped = true; runtime.Goexit() }
func (p *probe) SkipNow()                          { p.skipped = true; runtime.Goexit() }

// probeRun runs fn with a probe and returns it when fn is done.
func probeRun(t testing.TB, fn func(p *probe)) *probe {
	p := &probe{TB: t}
	done := make(chan struct{})
	go func() {
		defer close(done)
		fn(p)
	}()
	<-done
	return p
}

// An evolveFailure is how a case failed: the mode, a class that the
// shrinker keeps while it shrinks, and the harness's report.
type evolveFailure struct {
	mode  mode
	class string
	log   string
}

// failureClass sorts the harness's reports (runCase's messages).
func failureClass(log string) string {
	for _, c := range []struct{ text, class string }{
		{"want exit status", "xfgen-exit"},
		{"compiling the old version", "program-build"},
		{"compiling the new version", "program-build"},
		{"compiling the migration code", "xform-build"},
		{"not warning-free", "xform-warnings"},
		{"xf_migrate changed the old version", "old-state-changed"},
		{"xf_migrate failed", "migrate-fails"},
		{"the migrated state is wrong", "wrong-state"},
		{"the round trip", "round-trip"},
		{"Sanitizer", "sanitizer"},
		{"crashed", "crash"},
	} {
		if strings.Contains(log, c.text) {
			return c.class
		}
	}
	return "other"
}

// evolveModes are the modes a random case runs in: plain, and asan
// when the sanitizers work here.
func evolveModes(t *testing.T) []mode {
	ms := modes()
	if p := probeRun(t, func(p *probe) { needAsan(p) }); p.skipped {
		return ms[:1]
	}
	return ms
}

// evolveRun writes case c into dir, generates its migration and runs
// it in each mode; it returns nil if every mode passes.
func evolveRun(t testing.TB, c *evolve.Case, dir string, ms []mode, sabotage int) *evolveFailure {
	_ = os.RemoveAll(dir)
	checkH := filepath.Join(repoRoot, "testdata", "e2e", "check.h")
	if err := c.Render(checkH, sabotage).Write(dir); err != nil {
		t.Fatal(err)
	}
	tc := testCase{name: filepath.Base(dir), dir: dir, spec: filepath.Join(dir, "spec.xf")}
	exp, err := parseExpect(filepath.Join(dir, "expect"))
	if err != nil {
		t.Fatal(err)
	}
	tc.exp = exp
	p := probeRun(t, func(p *probe) {
		xform := generate(p, tc, dir)
		if xform == "" {
			return // rejected, as the expect file wants
		}
		for _, m := range ms {
			runCase(p, tc, m, dir, xform)
			if !p.Failed() && c.Reversible() {
				roundTrip(p, c, m, dir)
			}
			if p.Failed() {
				p.log.WriteString("(mode " + m.name + ")\n")
				return
			}
		}
	})
	if !p.failed {
		return nil
	}
	log := p.log.String()
	f := &evolveFailure{mode: ms[0], class: failureClass(log), log: log}
	for _, m := range ms {
		if strings.HasSuffix(log, "(mode "+m.name+")\n") {
			f.mode = m
		}
	}
	return f
}

// roundTrip migrates the state of case c, which runCase has just
// migrated in mode m, back into the old version (evolve.RenderBack) and
// checks that it is the state the old program built.
func roundTrip(t testing.TB, c *evolve.Case, m mode, caseDir string) {
	r := runRoundTrip(t, c, m, caseDir, nil)
	if r.exit != 0 || !strings.Contains(r.stdout, "test_back: failures=0") {
		t.Fatalf("the round trip old -> new -> old does not give back the old state (mismatches as \"field: got X, want Y\"):\n%v", r)
	}
}

// runRoundTrip builds the migration back of case c and runs the driver
// on both migrations with the extra environment.
func runRoundTrip(t testing.TB, c *evolve.Case, m mode, caseDir string, extra []string) result {
	dir := filepath.Join(caseDir, "back-"+m.name)
	checkH := filepath.Join(repoRoot, "testdata", "e2e", "check.h")
	if err := c.RenderBack(checkH).Write(dir); err != nil {
		t.Fatal(err)
	}
	xform := filepath.Join(dir, "xform.c")
	args := []string{"-I", filepath.Join(repoRoot, "include"), filepath.Join(dir, "old.h"), filepath.Join(dir, "new.h"), filepath.Join(dir, "spec.xf"), "-o", xform}
	if r := run(toolTimeout, dir, nil, buildXfgen(t), args...); r.exit != 0 {
		t.Fatalf("the round trip: xfgen %s refuses the migration back:\n%v", strings.Join(args, " "), r)
	}
	inc := filepath.Join(repoRoot, "include")
	obj := filepath.Join(dir, "xform.o")
	base := append([]string{"-std=c11", "-Wall", "-Wextra", "-Werror", "-fPIC", "-I", inc}, m.cflags...)
	gcc(t, dir, "the round trip: compiling the migration back", append(append([]string{}, base...), "-c", "-o", obj, xform)...)
	backSO := filepath.Join(dir, "back.so")
	gcc(t, dir, "the round trip: compiling the old version with its checks", append(append([]string{}, base...), "-shared", "-o", backSO, filepath.Join(dir, "new.c"), obj, "-ldl")...)
	fwd := filepath.Join(caseDir, m.name)
	return runDriverEnv(buildDriver(t, m), m, fwd, extra, filepath.Join(fwd, "old.so"), filepath.Join(fwd, "new.so"), backSO)
}

// TestRoundTripCanFail proves the round trip's checks sensitive: for
// each fixed seed whose evolution can be undone, the checks of the old
// state fail when the state is not migrated back.
func TestRoundTripCanFail(t *testing.T) {
	needGCC(t)
	m := modes()[0]
	n := 0
	for _, seed := range evolveSeeds {
		c := evolve.Generate(seed)
		if !c.Reversible() {
			continue
		}
		n++
		t.Run(fmt.Sprintf("seed_%d", seed), func(t *testing.T) {
			t.Parallel()
			dir := filepath.Join(workDir, "evolve-back", fmt.Sprintf("seed_%d", seed))
			if f := evolveRun(t, c, dir, []mode{m}, -1); f != nil {
				t.Fatalf("seed %d fails:\n%s", seed, f.log)
			}
			r := runRoundTrip(t, c, m, dir, []string{"XF_E2E_BACK_SKIP=1"})
			if r.exit != 1 || strings.Contains(r.stdout, "test_back: failures=0") || !strings.Contains(r.stdout, "test_back: failures=") {
				t.Errorf("without the migration back the checks of the old state should fail (exit 1), got:\n%v", r)
			}
		})
	}
	if n < 2 {
		t.Errorf("only %d of the fixed seeds can be undone; the round trip needs at least 2", n)
	}
}

func evolveSeedList(t *testing.T) []int64 {
	n := os.Getenv("XF_EVOLVE_SEEDS")
	if n == "" {
		return evolveSeeds
	}
	count, err := strconv.Atoi(n)
	if err != nil || count <= 0 {
		t.Fatalf("XF_EVOLVE_SEEDS=%q: want a count of seeds", n)
	}
	first := int64(1)
	if f := os.Getenv("XF_EVOLVE_FIRST"); f != "" {
		if first, err = strconv.ParseInt(f, 10, 64); err != nil {
			t.Fatalf("XF_EVOLVE_FIRST=%q: want a seed", f)
		}
	}
	var seeds []int64
	for i := range int64(count) {
		seeds = append(seeds, first+i)
	}
	return seeds
}

// TestEvolve runs random evolution cases (package evolve). A failing
// seed is shrunk to a smaller case that fails the same way, written to
// XF_EVOLVE_OUT (default testdata/e2e_evolve_failed) as an e2e case.
func TestEvolve(t *testing.T) {
	needGCC(t)
	ms := evolveModes(t)
	out := os.Getenv("XF_EVOLVE_OUT")
	if out == "" {
		out = filepath.Join(repoRoot, "testdata", "e2e_evolve_failed")
	}
	for _, seed := range evolveSeedList(t) {
		t.Run(fmt.Sprintf("seed_%d", seed), func(t *testing.T) {
			t.Parallel()
			dir := filepath.Join(workDir, "evolve", fmt.Sprintf("seed_%d", seed))
			c := evolve.Generate(seed)
			f := evolveRun(t, c, dir, ms, -1)
			if f == nil {
				return
			}
			t.Errorf("seed %d fails (%s, mode %s):\n%s", seed, f.class, f.mode.name, f.log)
			tries, limit := 0, shrinkTries(t)
			small := c
			if limit > 0 {
				small = evolve.Shrink(c, func(d *evolve.Case) bool {
					if tries++; tries > limit {
						return false
					}
					g := evolveRun(t, d, dir+"-shrink", []mode{f.mode}, -1)
					return g != nil && g.class == f.class
				})
			}
			caseDir := filepath.Join(out, fmt.Sprintf("evolve_seed_%d", seed))
			if err := writeEvolveCase(small, caseDir); err != nil {
				t.Fatal(err)
			}
			g := evolveRun(t, small, dir+"-small", []mode{f.mode}, -1)
			t.Errorf("seed %d shrunk from size %d to %d in %d tries, written to %s; replay it with\n"+
				"\tXF_E2E_CASES=%s go test ./e2e/ -run 'TestE2E/%s'\nthe shrunk case fails so:\n%v",
				seed, c.Size(), small.Size(), tries, caseDir, out, filepath.Base(caseDir), g)
		})
	}
}

// writeEvolveCase writes a case where it replays as an e2e case: its C
// files include the suite's check.h by a relative path.
func writeEvolveCase(c *evolve.Case, dir string) error {
	rel, err := filepath.Rel(dir, filepath.Join(repoRoot, "testdata", "e2e", "check.h"))
	if err != nil {
		return err
	}
	_ = os.RemoveAll(dir)
	return c.Render(rel, -1).Write(dir)
}

// TestEvolveChecksCanFail proves the random cases' checks sensitive:
// for each fixed seed, the checks fail without xf_migrate, and they
// fail when the old program aims one pointer elsewhere than the
// checks expect.
func TestEvolveChecksCanFail(t *testing.T) {
	needGCC(t)
	m := modes()[0]
	for _, seed := range evolveSeeds {
		t.Run(fmt.Sprintf("seed_%d", seed), func(t *testing.T) {
			t.Parallel()
			c := evolve.Generate(seed)
			dir := filepath.Join(workDir, "evolve-unmigrated", fmt.Sprintf("seed_%d", seed))
			checkH := filepath.Join(repoRoot, "testdata", "e2e", "check.h")
			if err := c.Render(checkH, -1).Write(dir); err != nil {
				t.Fatal(err)
			}
			tc := testCase{name: filepath.Base(dir), dir: dir}
			oldSO, newSO := buildVersions(t, tc, m, dir, "")
			r := runDriver(buildDriver(t, m), m, dir, "--no-migrate", oldSO, newSO)
			if mc := reCheck.FindStringSubmatch(r.stdout); r.exit != 1 || mc == nil || mc[1] == "0" {
				t.Errorf("without xf_migrate the checks should fail (exit 1), got:\n%v", r)
			}
			if exp, err := parseExpect(filepath.Join(dir, "expect")); err != nil || exp.rejects() || len(c.Ptrs) == 0 {
				return // nothing to sabotage, or xfgen must refuse the case
			}
			f := evolveRun(t, c, dir+"-sabotaged", []mode{m}, 0)
			if f == nil || f.class != "wrong-state" {
				t.Fatalf("with a pointer of the old state aimed elsewhere, the checks should fail; got %+v", f)
			}
		})
	}
}
