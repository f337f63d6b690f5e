package e2e

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"sort"
	"strconv"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/xfgen-dev/xfgen/pipeline"
)

const (
	defaultListN     = 10000000
	defaultAsanListN = 10000000

	// sanitizerExit is the exit status of a run that a sanitizer stopped.
	sanitizerExit = "86"

	toolTimeout   = 3 * time.Minute
	driverTimeout = 5 * time.Minute
)

// A mode is one way of compiling and running a case.
type mode struct {
	name   string
	cflags []string // for every C file, the driver included
	env    []string // for the driver
	listN  string   // XF_E2E_LIST_N
}

var (
	repoRoot string
	workDir  string // temporary; removed by TestMain

	xfgenOnce sync.Once
	xfgenPath string
	xfgenErr  error

	driverMu    sync.Mutex
	driverPaths = map[string]string{}

	asanOnce sync.Once
	asanErr  error
)

func TestMain(m *testing.M) {
	os.Exit(testMain(m))
}

func testMain(m *testing.M) int {
	var err error
	if repoRoot, err = filepath.Abs(".."); err != nil {
		fmt.Fprintln(os.Stderr, err)
		return 2
	}
	if workDir, err = os.MkdirTemp("", "xfgen-e2e-"); err != nil {
		fmt.Fprintln(os.Stderr, err)
		return 2
	}
	defer os.RemoveAll(workDir)
	// xfgen keeps loaded versions in the folder XFGEN_CACHE names,
	// here one of the run's own, not the user's cache folder.
	os.Setenv("XFGEN_CACHE", filepath.Join(workDir, "xfgen-cache"))
	return m.Run()
}

func envInt(name string, def int) string {
	if v := os.Getenv(name); v != "" {
		if _, err := strconv.Atoi(v); err == nil {
			return v
		}
	}
	return strconv.Itoa(def)
}

func modes() []mode {
	return []mode{
		{
			name:   "plain",
			cflags: []string{"-O2"},
			listN:  envInt("XF_E2E_LIST_N", defaultListN),
		},
		{
			name: "asan",
			// XF_CHECK_OWNED: the migration checks what E_OWNED
			// says rather than relying on it.
			cflags: []string{"-O1", "-g", "-fsanitize=address,undefined",
				"-fno-sanitize-recover=all", "-fno-omit-frame-pointer", "-DXF_CHECK_OWNED"},
			// Leaks are expected: the old version's objects stay
			// allocated after the update (doc.go).
			// exitcode: so that a sanitizer's stop is not taken for
			// the checks' failure (exit 1).
			env: []string{"ASAN_OPTIONS=detect_leaks=0:halt_on_error=1:abort_on_error=0:exitcode=" + sanitizerExit,
				"UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1:exitcode=" + sanitizerExit},
			listN: envInt("XF_E2E_ASAN_LIST_N", defaultAsanListN),
		},
	}
}

// A testCase is one folder of testdata/e2e/, or the kvserver example.
type testCase struct {
	name string
	dir  string
	spec string // "" without spec.xf
	exp  expectation
}

type expectation struct {
	exit         int
	checkFails   []string
	warns        []string
	migrateFails []string
	memoryMB     string // memory-limit: run the driver with XF_E2E_MEMORY_LIMIT_MB
	ccFails      []string
	retry        bool     // retry: yes (with memory-limit): the second xf_migrate must succeed
	xfgenOld     []string // xfgen-old: the old version's files for xfgen, instead of old.h
	xfgenNew     []string
	xformInc     []string // xform-I: include directories xform.c needs (the spec's preamble includes a header)
	oldCompdb    string   // compdb-old: the old version's compile_commands.json, for xfgen and the build
	newCompdb    string
}

// xformFlags are the -I flags compiling case c's xform.c takes.
func (c testCase) xformFlags() []string {
	var out []string
	for _, d := range c.exp.xformInc {
		out = append(out, "-I", filepath.Join(c.dir, d))
	}
	return out
}

// rejects reports whether xfgen must refuse to generate code.
func (e expectation) rejects() bool { return e.exit != 0 }

func parseExpect(path string) (expectation, error) {
	var e expectation
	data, err := os.ReadFile(path)
	if errors.Is(err, os.ErrNotExist) {
		return e, nil
	}
	if err != nil {
		return e, err
	}
	exitGiven := false
	for i, line := range strings.Split(string(data), "\n") {
		line = strings.TrimSpace(line)
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		key, val, ok := strings.Cut(line, ":")
		val = strings.TrimSpace(val)
		if !ok || val == "" {
			return e, fmt.Errorf("%s:%d: want \"key: value\", got %q", path, i+1, line)
		}
		switch strings.TrimSpace(key) {
		case "exit":
			n, err := strconv.Atoi(val)
			if err != nil {
				return e, fmt.Errorf("%s:%d: exit: %v", path, i+1, err)
			}
			e.exit, exitGiven = n, true
		case "check-fails":
			e.checkFails = append(e.checkFails, val)
		case "warns":
			e.warns = append(e.warns, val)
		case "migrate-fails":
			e.migrateFails = append(e.migrateFails, val)
		case "retry":
			if val != "yes" {
				return e, fmt.Errorf("%s:%d: retry: want yes, got %q", path, i+1, val)
			}
			e.retry = true
		case "cc-fails":
			e.ccFails = append(e.ccFails, val)
		case "xfgen-old":
			e.xfgenOld = append(e.xfgenOld, val)
		case "xfgen-new":
			e.xfgenNew = append(e.xfgenNew, val)
		case "xform-I":
			e.xformInc = append(e.xformInc, val)
		case "compdb-old":
			e.oldCompdb = val
		case "compdb-new":
			e.newCompdb = val
		case "memory-limit":
			if n, err := strconv.Atoi(val); err != nil || n <= 0 {
				return e, fmt.Errorf("%s:%d: memory-limit: want a number of MiB, got %q", path, i+1, val)
			}
			e.memoryMB = val
		default:
			return e, fmt.Errorf("%s:%d: unknown key %q (want exit, check-fails, warns, migrate-fails, cc-fails, memory-limit, retry, xfgen-old, xfgen-new, xform-I, compdb-old or compdb-new)", path, i+1, key)
		}
	}
	if len(e.checkFails) > 0 && !exitGiven {
		e.exit = 1
	}
	if e.rejects() && (len(e.migrateFails) > 0 || len(e.warns) > 0 || len(e.ccFails) > 0) {
		return e, fmt.Errorf("%s: a case that xfgen rejects cannot also expect warns, migrate-fails or cc-fails", path)
	}
	if (e.oldCompdb == "") != (e.newCompdb == "") || e.oldCompdb != "" && len(e.xfgenOld) > 0 {
		return e, fmt.Errorf("%s: compdb-old and compdb-new go together, instead of xfgen-old and xfgen-new", path)
	}
	if (len(e.xfgenOld) == 0) != (len(e.xfgenNew) == 0) {
		return e, fmt.Errorf("%s: xfgen-old and xfgen-new go together", path)
	}
	if e.retry && (e.memoryMB == "" || len(e.migrateFails) == 0) {
		return e, fmt.Errorf("%s: retry needs memory-limit and migrate-fails", path)
	}
	if len(e.ccFails) > 0 && len(e.migrateFails) > 0 {
		return e, fmt.Errorf("%s: a case whose xform.c does not compile cannot expect migrate-fails", path)
	}
	return e, nil
}

func loadCases(t testing.TB) []testCase {
	t.Helper()
	dirs, err := filepath.Glob(filepath.Join(repoRoot, "testdata", "e2e", "*", "old.h"))
	if err != nil {
		t.Fatal(err)
	}
	if kv := filepath.Join(repoRoot, "testdata", "kvserver", "old.h"); fileExists(kv) {
		dirs = append(dirs, kv)
	}
	// XF_E2E_CASES: more folders of cases, e.g. the random evolution
	// tester's shrunk failures (evolve_test.go).
	// Relative folders are taken from the repository's root.
	for _, extra := range filepath.SplitList(os.Getenv("XF_E2E_CASES")) {
		if !filepath.IsAbs(extra) {
			extra = filepath.Join(repoRoot, extra)
		}
		more, err := filepath.Glob(filepath.Join(extra, "*", "old.h"))
		if err != nil {
			t.Fatal(err)
		}
		dirs = append(dirs, more...)
	}
	sort.Strings(dirs)
	var cases []testCase
	for _, oldh := range dirs {
		dir := filepath.Dir(oldh)
		c := testCase{name: filepath.Base(dir), dir: dir}
		if _, err := os.Stat(filepath.Join(dir, "spec.xf")); err == nil {
			c.spec = filepath.Join(dir, "spec.xf")
		}
		if c.exp, err = parseExpect(filepath.Join(dir, "expect")); err != nil {
			t.Fatal(err)
		}
		for _, f := range []string{"old.h", "new.h", "old.c", "new.c"} {
			if _, err := os.Stat(filepath.Join(dir, f)); err != nil {
				t.Fatalf("case %s: %v", c.name, err)
			}
		}
		cases = append(cases, c)
		// The example read from its .c files: statics included.
		if src := filepath.Join(dir, "sources.xf"); c.name == "kvserver" && fileExists(src) {
			cs := c
			cs.name, cs.spec = "kvserver_sources", src
			cs.exp.xfgenOld, cs.exp.xfgenNew = []string{"old.c"}, []string{"new.c"}
			cs.exp.warns = append(cs.exp.warns, "old.c/test_setup#states")
			cases = append(cases, cs)
		}
	}
	if len(cases) == 0 {
		t.Fatal("no cases under testdata/e2e")
	}
	return cases
}

func fileExists(p string) bool {
	_, err := os.Stat(p)
	return err == nil
}

// result is what a finished command left behind.
type result struct {
	stdout, stderr string
	exit           int // -1: killed or not started
	err            error
}

func (r result) String() string {
	var b strings.Builder
	fmt.Fprintf(&b, "exit status %d", r.exit)
	if r.err != nil {
		fmt.Fprintf(&b, " (%v)", r.err)
	}
	if s := strings.TrimSpace(r.stdout); s != "" {
		fmt.Fprintf(&b, "\n--- stdout ---\n%s", clip(s))
	}
	if s := strings.TrimSpace(r.stderr); s != "" {
		fmt.Fprintf(&b, "\n--- stderr ---\n%s", clip(s))
	}
	return b.String()
}

// clip keeps the head and tail of a long output.
func clip(s string) string {
	const head, tail = 12000, 3000
	if len(s) <= head+tail {
		return s
	}
	return s[:head] + fmt.Sprintf("\n[... %d bytes cut ...]\n", len(s)-head-tail) + s[len(s)-tail:]
}

func run(timeout time.Duration, dir string, env []string, name string, args ...string) result {
	ctx, cancel := context.WithTimeout(context.Background(), timeout)
	defer cancel()
	cmd := exec.CommandContext(ctx, name, args...)
	cmd.Dir = dir
	cmd.Env = append(os.Environ(), env...)
	var stdout, stderr bytes.Buffer
	cmd.Stdout, cmd.Stderr = &stdout, &stderr
	err := cmd.Run()
	r := result{stdout: stdout.String(), stderr: stderr.String(), exit: -1}
	if cmd.ProcessState != nil {
		r.exit = cmd.ProcessState.ExitCode()
	}
	if ctx.Err() != nil {
		r.err = fmt.Errorf("timed out after %v", timeout)
	} else if err != nil && r.exit < 0 {
		r.err = err
	}
	return r
}

func needGCC(t testing.TB) {
	t.Helper()
	if _, err := exec.LookPath("gcc"); err != nil {
		t.Skip("gcc not found: the end-to-end tests compile and run C (install gcc and libc6-dev)")
	}
}

// needAsan skips the test when the sanitizer runtimes are missing.
func needAsan(t testing.TB) {
	t.Helper()
	if os.Getenv("XF_E2E_NO_ASAN") == "1" {
		t.Skip("XF_E2E_NO_ASAN=1")
	}
	asanOnce.Do(func() {
		dir := filepath.Join(workDir, "asan-probe")
		if err := os.MkdirAll(dir, 0o755); err != nil {
			asanErr = err
			return
		}
		src := filepath.Join(dir, "p.c")
		if err := os.WriteFile(src, []byte("int main(void) { return 0; }\n"), 0o644); err != nil {
			asanErr = err
			return
		}
		r := run(toolTimeout, dir, nil, "gcc", "-fsanitize=address,undefined", "-o", "p", src)
		if r.exit != 0 {
			asanErr = fmt.Errorf("gcc -fsanitize=address,undefined: %v", r)
			return
		}
		if r = run(toolTimeout, dir, modes()[1].env, "./p"); r.exit != 0 {
			asanErr = fmt.Errorf("running a sanitized program: %v", r)
		}
	})
	if asanErr != nil {
		t.Skipf("sanitizer runtime unusable (install libasan and libubsan): %v", asanErr)
	}
}

func buildXfgen(t testing.TB) string {
	t.Helper()
	xfgenOnce.Do(func() {
		xfgenPath = filepath.Join(workDir, "xfgen")
		r := run(toolTimeout, repoRoot, nil, "go", "build", "-o", xfgenPath, "./cmd/xfgen")
		if r.exit != 0 {
			xfgenErr = fmt.Errorf("go build ./cmd/xfgen: %v", r)
		}
	})
	if xfgenErr != nil {
		t.Fatal(xfgenErr)
	}
	return xfgenPath
}

func buildDriver(t testing.TB, m mode) string {
	t.Helper()
	driverMu.Lock()
	defer driverMu.Unlock()
	if p, ok := driverPaths[m.name]; ok {
		if p == "" {
			t.Fatalf("driver for %s failed to build earlier", m.name)
		}
		return p
	}
	out := filepath.Join(workDir, "driver-"+m.name)
	driverPaths[m.name] = ""
	args := append([]string{"-std=c11", "-Wall", "-Wextra", "-Werror"}, m.cflags...)
	args = append(args, "-o", out, filepath.Join(repoRoot, "e2e", "testdata", "driver.c"), "-ldl")
	if r := run(toolTimeout, workDir, nil, "gcc", args...); r.exit != 0 {
		t.Fatalf("building the driver (%s): %v", m.name, r)
	}
	driverPaths[m.name] = out
	return out
}

func gcc(t testing.TB, dir, what string, args ...string) {
	t.Helper()
	if r := run(toolTimeout, dir, nil, "gcc", args...); r.exit != 0 {
		t.Fatalf("%s: gcc %s\n%v", what, strings.Join(args, " "), r)
	}
}

// buildVersions compiles old.so and new.so of case c into dir; xformObj
// is linked into new.so unless it is "".
func buildVersions(t testing.TB, c testCase, m mode, dir, xformObj string) (oldSO, newSO string) {
	t.Helper()
	inc := filepath.Join(repoRoot, "include")
	base := append([]string{"-std=c11", "-Wall", "-Wextra", "-Werror", "-fPIC", "-I", inc}, m.cflags...)
	oldSO = filepath.Join(dir, "old.so")
	newSO = filepath.Join(dir, "new.so")
	// The program's own sources beside the harness code: old/*.c, new/*.c,
	// or what the build's compile_commands.json compiles, each file with
	// its own command's flags.
	oldSrc, _ := filepath.Glob(filepath.Join(c.dir, "old", "*.c"))
	newSrc, _ := filepath.Glob(filepath.Join(c.dir, "new", "*.c"))
	if c.exp.oldCompdb != "" {
		oldSrc = compileUnits(t, filepath.Join(c.dir, c.exp.oldCompdb), base, filepath.Join(dir, "old-objs"))
		newSrc = compileUnits(t, filepath.Join(c.dir, c.exp.newCompdb), base, filepath.Join(dir, "new-objs"))
	}
	gcc(t, dir, "compiling the old version", append(append(append([]string{}, base...),
		"-shared", "-o", oldSO, filepath.Join(c.dir, "old.c")), oldSrc...)...)
	args := append(append(append([]string{}, base...), "-shared", "-o", newSO, filepath.Join(c.dir, "new.c")), newSrc...)
	if xformObj != "" {
		args = append(args, xformObj)
	}
	gcc(t, dir, "compiling the new version", append(args, "-ldl")...)
	return oldSO, newSO
}

// compileUnits compiles every file of the compile_commands.json at db
// with base and the flags of its own command into outDir, and returns
// the objects.
func compileUnits(t testing.TB, db string, base []string, outDir string) []string {
	t.Helper()
	units, l := pipeline.ReadCompdb(db)
	if len(l) > 0 || len(units) == 0 {
		t.Fatalf("reading %s: %v (%d files)", db, l, len(units))
	}
	if err := os.MkdirAll(outDir, 0o755); err != nil {
		t.Fatal(err)
	}
	var objs []string
	for i, u := range units {
		args := append([]string{}, base...)
		for _, d := range u.IncludeDirs {
			args = append(args, "-I", d)
		}
		for _, d := range u.Defines {
			args = append(args, "-D"+d)
		}
		for _, f := range u.Preinclude {
			args = append(args, "-include", f)
		}
		if u.Std != "" {
			args = append(args, "-std="+u.Std)
		}
		obj := filepath.Join(outDir, fmt.Sprintf("%d-%s.o", i, strings.TrimSuffix(filepath.Base(u.File), ".c")))
		gcc(t, outDir, "compiling "+u.File+" as its build does", append(args, "-c", "-o", obj, u.File)...)
		objs = append(objs, obj)
	}
	return objs
}

// runDriver runs the driver under an 8 MiB stack.
func runDriver(driver string, m mode, dir string, args ...string) result {
	return runDriverEnv(driver, m, dir, nil, args...)
}

func runDriverEnv(driver string, m mode, dir string, extra []string, args ...string) result {
	env := append(append([]string{"XF_E2E_LIST_N=" + m.listN}, m.env...), extra...)
	sh := append([]string{"-c", `ulimit -s 8192 && exec "$0" "$@"`, driver}, args...)
	return run(driverTimeout, dir, env, "sh", sh...)
}

var (
	reMigrate = regexp.MustCompile(`(?m)^xf_migrate: rc=(-?\d+) seconds=([0-9.]+)$`)
	reError   = regexp.MustCompile(`(?m)^xf_error: (.*)$`)
	reCheck   = regexp.MustCompile(`(?m)^test_check: failures=(-?\d+)$`)
	reOld     = regexp.MustCompile(`(?m)^test_old_intact: failures=(-?\d+)$`)
)

// generate runs xfgen on case c and checks what the expect file says
// about it. It returns the path of xform.c, or "" when xfgen rejected
// the inputs as expected.
func generate(t testing.TB, c testCase, dir string) string {
	t.Helper()
	xfgen := buildXfgen(t)
	out := filepath.Join(dir, "xform.c")
	args := []string{"-I", filepath.Join(repoRoot, "include")}
	if c.exp.oldCompdb != "" {
		args = append(args, "--old-compdb", filepath.Join(c.dir, c.exp.oldCompdb), "--new-compdb", filepath.Join(c.dir, c.exp.newCompdb))
	} else if len(c.exp.xfgenOld) > 0 {
		for _, f := range c.exp.xfgenOld {
			args = append(args, "--old", filepath.Join(c.dir, f))
		}
		for _, f := range c.exp.xfgenNew {
			args = append(args, "--new", filepath.Join(c.dir, f))
		}
	} else {
		args = append(args, filepath.Join(c.dir, "old.h"), filepath.Join(c.dir, "new.h"))
	}
	if c.spec != "" {
		args = append(args, c.spec)
	}
	args = append(args, "-o", out)
	r := run(toolTimeout, dir, nil, xfgen, args...)
	diags := r.stderr + r.stdout
	cmdline := "xfgen " + strings.Join(args, " ")
	if r.exit != c.exp.exit {
		t.Fatalf("%s: want exit status %d, got:\n%v", cmdline, c.exp.exit, r)
	}
	for _, want := range append(append([]string{}, c.exp.checkFails...), c.exp.warns...) {
		if !strings.Contains(diags, want) {
			t.Errorf("%s: diagnostics lack %q; got:\n%v", cmdline, want, r)
		}
	}
	if c.exp.rejects() {
		if _, err := os.Stat(out); err == nil {
			t.Errorf("%s rejected the inputs (exit %d) but wrote %s anyway", cmdline, r.exit, out)
		}
		return ""
	}
	if t.Failed() {
		t.FailNow()
	}
	if st, err := os.Stat(out); err != nil || st.Size() == 0 {
		t.Fatalf("%s exited 0 but wrote no %s (%v)", cmdline, out, err)
	}
	if s := strings.TrimSpace(r.stderr); s != "" {
		t.Logf("xfgen diagnostics:\n%s", clip(s))
	}
	return out
}

// TestE2E generates, builds and runs every case in every mode.
func TestE2E(t *testing.T) {
	needGCC(t)
	for _, c := range loadCases(t) {
		t.Run(c.name, func(t *testing.T) {
			t.Parallel()
			dir := filepath.Join(workDir, "cases", c.name)
			if err := os.MkdirAll(dir, 0o755); err != nil {
				t.Fatal(err)
			}
			xform := generate(t, c, dir)
			if xform == "" {
				return
			}
			if len(c.exp.ccFails) > 0 {
				ccFails(t, c, dir, xform)
				return
			}
			for _, m := range modes() {
				t.Run(m.name, func(t *testing.T) {
					if m.name == "asan" {
						if c.exp.memoryMB != "" {
							t.Skip("memory-limit: the sanitizers reserve far more address space than any limit allows")
						}
						needAsan(t)
					}
					runCase(t, c, m, dir, xform)
				})
			}
		})
	}
}

// ccFails compiles xform.c, whose user code has an error: gcc must
// fail, and its message must carry what the expect file says (the
// position in spec.xf, which the #line directives give).
func ccFails(t *testing.T, c testCase, dir, xform string) {
	args := append(append([]string{"-std=c11", "-Wall", "-Wextra", "-Werror"}, c.xformFlags()...), "-c", "-o", filepath.Join(dir, "xform.o"), xform)
	r := run(toolTimeout, dir, nil, "gcc", args...)
	if r.exit == 0 {
		t.Fatalf("gcc %s: want a compile error, got success", strings.Join(args, " "))
	}
	for _, want := range c.exp.ccFails {
		if !strings.Contains(r.stderr, want) {
			t.Errorf("gcc %s: the errors lack %q; got:\n%v", strings.Join(args, " "), want, r)
		}
	}
}

func runCase(t testing.TB, c testCase, m mode, caseDir, xform string) {
	dir := filepath.Join(caseDir, m.name)
	if err := os.MkdirAll(dir, 0o755); err != nil {
		t.Fatal(err)
	}
	// The generated file must build on its own (no -I: it needs no
	// header of the program) and without a single warning, with
	// DESIGN.md's command exactly.
	obj := filepath.Join(dir, "xform.o")
	design := append(append([]string{"-std=c11", "-Wall", "-Wextra", "-Werror"}, c.xformFlags()...), "-c", "-o", obj, xform)
	designClean := true
	if r := run(toolTimeout, dir, nil, "gcc", design...); r.exit != 0 {
		designClean = false
		// Warnings only? Then say so, and still run the migration.
		if r2 := run(toolTimeout, dir, nil, "gcc", append(append([]string{"-std=c11"}, c.xformFlags()...), "-c", "-o", obj, xform)...); r2.exit != 0 {
			t.Fatalf("compiling the migration code: gcc %s\n%v", strings.Join(design, " "), r)
		}
		t.Errorf("the migration code is not warning-free as DESIGN.md requires: gcc %s\n%v", strings.Join(design, " "), r)
	}
	// Then as the mode builds it (optimized, or sanitized): warnings
	// that only optimization finds (maybe-uninitialized, ...) are
	// reported as errors of the test, but the run goes on.
	args := append(append([]string{"-std=c11", "-Wall", "-Wextra", "-fPIC"}, c.xformFlags()...), m.cflags...)
	r := run(toolTimeout, dir, nil, "gcc", append(args, "-c", "-o", obj, xform)...)
	if r.exit != 0 {
		t.Fatalf("compiling the migration code: gcc %s -c %s\n%v", strings.Join(args, " "), xform, r)
	}
	if designClean && strings.Contains(r.stderr, "warning:") {
		t.Errorf("the migration code is not warning-free with gcc %s:\n%s", strings.Join(args, " "), clip(r.stderr))
	}
	oldSO, newSO := buildVersions(t, c, m, dir, obj)
	driver := buildDriver(t, m)

	var extra []string
	if c.exp.memoryMB != "" {
		extra = append(extra, "XF_E2E_MEMORY_LIMIT_MB="+c.exp.memoryMB)
	}
	if c.exp.retry {
		extra = append(extra, "XF_E2E_RETRY=1")
	}
	r = runDriverEnv(driver, m, dir, extra, oldSO, newSO)
	mig := reMigrate.FindStringSubmatch(r.stdout)
	if mo := reOld.FindStringSubmatch(r.stdout); mo != nil && mo[1] != "0" {
		t.Errorf("xf_migrate changed the old version's state (test_old_intact, mismatches as \"field: got X, want Y\"):\n%v", r)
	}
	if c.exp.retry {
		all := reMigrate.FindAllStringSubmatch(r.stdout, -1)
		if len(all) != 2 || all[0][1] == "0" || all[1][1] != "0" {
			t.Fatalf("want a failed xf_migrate, then a successful one once memory is back; got:\n%v", r)
		}
		em := reError.FindStringSubmatch(r.stdout)
		for _, want := range c.exp.migrateFails {
			if em == nil || !strings.Contains(em[1], want) {
				t.Errorf("xf_error() of the first xf_migrate: got %v, want it to contain %q", em, want)
			}
		}
		if r.exit != 0 {
			t.Fatalf("after the successful retry, the migrated state is wrong:\n%v", r)
		}
		return
	}
	if len(c.exp.migrateFails) > 0 {
		if r.exit != 2 || mig == nil || mig[1] == "0" {
			t.Fatalf("xf_migrate should have failed (want driver exit 2 with a non-zero rc), got:\n%v", r)
		}
		em := reError.FindStringSubmatch(r.stdout)
		got := ""
		if em != nil {
			got = em[1]
		}
		t.Logf("xf_migrate failed as expected: xf_error() = %q", got)
		for _, want := range c.exp.migrateFails {
			if !strings.Contains(got, want) {
				t.Errorf("xf_error(): got %q, want it to contain %q", got, want)
			}
		}
		return
	}
	switch {
	case r.exit == 0:
		if mig != nil {
			t.Logf("xf_migrate took %ss", mig[2])
		}
		if reCheck.FindStringSubmatch(r.stdout) == nil {
			t.Fatalf("the driver exited 0 without reporting test_check:\n%v", r)
		}
	case r.exit == 2:
		em := reError.FindStringSubmatch(r.stdout)
		msg := "(none)"
		if em != nil {
			msg = em[1]
		}
		t.Fatalf("xf_migrate failed: xf_error() = %q\n%v", msg, r)
	case r.exit == 1:
		t.Fatalf("the migrated state is wrong (mismatches as \"field: got X, want Y\"):\n%v", r)
	case strconv.Itoa(r.exit) == sanitizerExit:
		t.Fatalf("AddressSanitizer or UndefinedBehaviorSanitizer stopped the run (see its report below):\n%v", r)
	default:
		t.Fatalf("the driver crashed or could not run (stack 8 MiB, timeout %v):\n%v", driverTimeout, r)
	}
}

// TestChecksCanFail builds both versions of every case, and runs the
// checks of each case that should migrate on the new version's own
// initial state, without xf_migrate: they must report failures, or they
// prove nothing.
func TestChecksCanFail(t *testing.T) {
	needGCC(t)
	m := modes()[0]
	m.listN = "1000"
	for _, c := range loadCases(t) {
		t.Run(c.name, func(t *testing.T) {
			t.Parallel()
			dir := filepath.Join(workDir, "unmigrated", c.name)
			if err := os.MkdirAll(dir, 0o755); err != nil {
				t.Fatal(err)
			}
			oldSO, newSO := buildVersions(t, c, m, dir, "")
			if c.exp.rejects() {
				return // built; its checks are not what the case is about
			}
			r := runDriver(buildDriver(t, m), m, dir, "--no-migrate", oldSO, newSO)
			if mo := reOld.FindStringSubmatch(r.stdout); mo != nil && mo[1] != "0" {
				t.Errorf("test_old_intact fails on the old state as test_setup left it:\n%v", r)
			}
			if len(c.exp.migrateFails) > 0 {
				return // its checks are not what the case is about
			}
			mc := reCheck.FindStringSubmatch(r.stdout)
			if r.exit != 1 || mc == nil {
				t.Fatalf("test_check on an unmigrated state should report failures (exit 1), got:\n%v", r)
			}
			if n, _ := strconv.Atoi(mc[1]); n <= 0 {
				t.Fatalf("test_check reported %s failures, want > 0", mc[1])
			}
			if !strings.Contains(r.stderr, ": got ") || !strings.Contains(r.stderr, ", want ") {
				t.Errorf("mismatches are not printed as \"field: got X, want Y\":\n%v", r)
			}
		})
	}
}

// BenchmarkListMigrate times xf_migrate on the list_10m case
// (clock_gettime around the call, in the driver) and reports nodes per
// second. XF_E2E_LIST_N sets the number of nodes.
func BenchmarkListMigrate(b *testing.B) { benchList(b, false) }

// BenchmarkListMigrateReference does the same with the hand-written
// migration of e2e/testdata/reference/list_10m.c, for comparison.
func BenchmarkListMigrateReference(b *testing.B) { benchList(b, true) }

func benchList(b *testing.B, reference bool) {
	needGCC(b)
	var c testCase
	for _, cc := range loadCases(b) {
		if cc.name == "list_10m" {
			c = cc
		}
	}
	if c.name == "" {
		b.Fatal("no list_10m case")
	}
	m := modes()[0]
	nodes, _ := strconv.Atoi(m.listN)
	dir := filepath.Join(workDir, "bench")
	if reference {
		dir += "-reference"
	}
	if err := os.MkdirAll(dir, 0o755); err != nil {
		b.Fatal(err)
	}
	xform := filepath.Join(repoRoot, "e2e", "testdata", "reference", "list_10m.c")
	if !reference {
		xform = filepath.Join(dir, "xform.c")
		args := []string{"-I", filepath.Join(repoRoot, "include"),
			filepath.Join(c.dir, "old.h"), filepath.Join(c.dir, "new.h")}
		if c.spec != "" {
			args = append(args, c.spec)
		}
		if r := run(toolTimeout, dir, nil, buildXfgen(b), append(args, "-o", xform)...); r.exit != 0 {
			b.Fatalf("xfgen: %v", r)
		}
	}
	inc := filepath.Join(repoRoot, "include")
	base := []string{"-std=c11", "-Wall", "-Wextra", "-fPIC", "-O2", "-I", inc}
	oldSO, newSO := filepath.Join(dir, "old.so"), filepath.Join(dir, "new.so")
	for _, step := range [][]string{
		append(append([]string{}, base...), "-shared", "-o", oldSO, filepath.Join(c.dir, "old.c")),
		append(append([]string{}, base...), "-shared", "-o", newSO, filepath.Join(c.dir, "new.c"), xform, "-ldl"),
	} {
		if r := run(toolTimeout, dir, nil, "gcc", step...); r.exit != 0 {
			b.Fatalf("gcc %s: %v", strings.Join(step, " "), r)
		}
	}
	driver := buildDriver(b, m)
	b.ResetTimer()
	var total float64
	for i := 0; i < b.N; i++ {
		r := runDriver(driver, m, dir, oldSO, newSO)
		mig := reMigrate.FindStringSubmatch(r.stdout)
		if r.exit != 0 || mig == nil {
			b.Fatalf("driver: %v", r)
		}
		s, _ := strconv.ParseFloat(mig[2], 64)
		total += s
	}
	b.StopTimer()
	per := total / float64(b.N)
	b.ReportMetric(per, "migrate-s/op")
	b.ReportMetric(float64(nodes)/per, "nodes/s")
}

// TestCustomLookup runs the cases with function pointers through a
// look-up of the driver's own (XF_E2E_CUSTOM_LOOKUP=1) instead of
// xf_dl_lookup: DESIGN.md remaps function pointers "through the
// look-ups by name", so a runtime's own look-up must do.
func TestCustomLookup(t *testing.T) {
	needGCC(t)
	names := map[string]bool{"function_pointers": true, "fnptr_unchanged_types": true, "kitsune_helpers": true,
		"missing_function": true, "kvserver": true, "seed_mapping": true}
	m := modes()[0]
	m.name = "custom-lookup"
	m.env = append(m.env, "XF_E2E_CUSTOM_LOOKUP=1")
	for _, c := range loadCases(t) {
		if !names[c.name] {
			continue
		}
		delete(names, c.name)
		t.Run(c.name, func(t *testing.T) {
			t.Parallel()
			dir := filepath.Join(workDir, "custom-lookup", c.name)
			if err := os.MkdirAll(dir, 0o755); err != nil {
				t.Fatal(err)
			}
			xform := generate(t, c, dir)
			runCase(t, c, m, dir, xform)
		})
	}
	for n := range names {
		t.Errorf("no case %s", n)
	}
}

// TestReferenceMigrations runs cases with hand-written migrations
// (e2e/testdata/reference/CASE.c) in place of xfgen's output: it proves
// that the driver, the harness and those cases' checks pass on a
// correct migration, whatever state the generator is in.
func TestReferenceMigrations(t *testing.T) {
	needGCC(t)
	refs, err := filepath.Glob(filepath.Join(repoRoot, "e2e", "testdata", "reference", "*.c"))
	if err != nil || len(refs) == 0 {
		t.Fatalf("no reference migrations (%v)", err)
	}
	cases := map[string]testCase{}
	for _, c := range loadCases(t) {
		cases[c.name] = c
	}
	for _, ref := range refs {
		name := strings.TrimSuffix(filepath.Base(ref), ".c")
		c, ok := cases[name]
		if !ok {
			t.Errorf("reference %s: no case %s", ref, name)
			continue
		}
		t.Run(name, func(t *testing.T) {
			t.Parallel()
			dir := filepath.Join(workDir, "reference", name)
			for _, m := range modes() {
				// TestE2E runs the full-size list; here the
				// checks are what is tested, not the scale.
				m.listN = "1000000"
				t.Run(m.name, func(t *testing.T) {
					if m.name == "asan" {
						needAsan(t)
					}
					runCase(t, c, m, dir, ref)
				})
			}
		})
	}
}
