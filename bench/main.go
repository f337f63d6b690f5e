// Command bench measures the migrations xfgen generates against an
// expert's hand-written migration of the same change.
//
// Each workload (bench/workloads/NAME) is a little program in two
// versions, like an e2e case: old.c builds the state in the old
// version's shared object, new.c checks every field and pointer of the
// migrated state in the new one, and hand.c migrates it by hand with no
// more machinery than the change needs. For every workload the command
// generates xform.c with xfgen, builds the versions with gcc -O2, then
// runs e2e's driver alternately with the generated and the hand-written
// migration, several times, each run in a process of its own under an
// 8 MiB stack. A run counts only if the new version's checks pass. It
// prints, per workload, the time of xf_migrate (min and median), the
// ratio generated / hand-written of each pair of runs (min and median),
// of the elapsed time and of the process's CPU time (which other jobs
// on a loaded machine disturb less),
// and the memory the migration used and gave back at its peak (its
// maps, lists and logs), beside what the migrated state keeps.
//
// Run it from the repository root:
//
//	go run ./bench
//	go run ./bench -n 100000 -runs 3 -w list,tree
package main

import (
	"flag"
	"fmt"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"runtime"
	"slices"
	"strconv"
	"strings"

	"github.com/xfgen-dev/xfgen/diag"
)

// workloads are the folders of bench/workloads, in the order printed;
// NAME-owned is NAME with its objects declared E_OWNED (owned.h), the
// ownership an expert's hand-written migration relies on.
var workloads = []string{"list", "list-owned", "tree", "tree-owned", "hash", "hash-owned", "graph", "bigstate"}

// ownedSuffix marks a workload whose headers xfgen reads with
// -D BENCH_OWNED.
const ownedSuffix = "-owned"

// config is what one invocation measures.
type config struct {
	n      int      // objects per workload (XF_BENCH_N)
	runs   int      // runs of each migration
	only   []string // workloads to run; all when empty
	keep   string   // where to build; a temporary folder when ""
	root   string   // the repository
	stdout io.Writer
}

func main() {
	c := config{root: repoRoot(), stdout: os.Stdout}
	var only string
	flag.IntVar(&c.n, "n", 1000000, "objects per workload")
	flag.IntVar(&c.runs, "runs", 7, "runs of each migration, alternating generated and hand-written")
	flag.StringVar(&only, "w", "", "comma-separated workloads to run (default all: "+strings.Join(workloads, ",")+")")
	flag.StringVar(&c.keep, "dir", "", "build in this folder and keep it (default a temporary folder, removed)")
	flag.Parse()
	if only != "" {
		c.only = strings.Split(only, ",")
	}
	if err := c.run(); err != nil {
		fmt.Fprintln(os.Stderr, "bench:", err)
		os.Exit(1)
	}
}

// repoRoot is the folder above this file's.
func repoRoot() string {
	_, file, _, ok := runtime.Caller(0)
	if !ok {
		return "."
	}
	return filepath.Dir(filepath.Dir(file))
}

// measurement is one run of one migration.
type measurement struct {
	seconds float64 // elapsed
	cpu     float64 // the process's CPU time
	keptKB  int64   // what the migrated state keeps
	extraKB int64   // what the migration used at its peak and gave back
}

// result is every run of one workload.
type result struct {
	name      string
	gen, hand []measurement
}

func (c config) run() error {
	for _, w := range c.only {
		if !slices.Contains(workloads, w) {
			hint := ""
			if near := diag.Closest(w, workloads); near != "" {
				hint = fmt.Sprintf("did you mean %q? ", near)
			}
			return fmt.Errorf("-w: no workload %q: %sthere are %s", w, hint, strings.Join(workloads, ", "))
		}
	}
	if c.n <= 0 || c.runs <= 0 {
		return fmt.Errorf("-n and -runs must be positive")
	}
	dir := c.keep
	if dir == "" {
		d, err := os.MkdirTemp("", "xfgen-bench-")
		if err != nil {
			return err
		}
		defer os.RemoveAll(d)
		dir = d
	} else if err := os.MkdirAll(dir, 0o755); err != nil {
		return err
	}
	xfgen, driver, err := c.tools(dir)
	if err != nil {
		return err
	}
	fmt.Fprintf(c.stdout, "%d objects per workload, %d runs of each migration, alternating\n\n", c.n, c.runs)
	fmt.Fprintln(c.stdout, "| workload | generated (min, median) | hand-written (min, median) | generated / hand-written (min, median) "+
		"| CPU time generated / hand-written (min, median) | peak extra memory, generated | peak extra memory, hand-written | kept by the migrated state |")
	fmt.Fprintln(c.stdout, "|---|---|---|---|---|---|---|---|")
	for _, w := range workloads {
		if len(c.only) > 0 && !slices.Contains(c.only, w) {
			continue
		}
		out, err := c.build(w, dir, xfgen)
		if err != nil {
			return fmt.Errorf("%s: %v", w, err)
		}
		r, err := c.measure(w, out, driver)
		if err != nil {
			return fmt.Errorf("%s: %v", w, err)
		}
		c.print(r)
	}
	return nil
}

// tools builds xfgen and e2e's driver into dir.
func (c config) tools(dir string) (xfgen, driver string, err error) {
	xfgen = filepath.Join(dir, "xfgen")
	if err := c.cmd(c.root, "go", "build", "-o", xfgen, "./cmd/xfgen"); err != nil {
		return "", "", err
	}
	driver = filepath.Join(dir, "driver")
	if err := c.cmd(dir, "gcc", "-std=c11", "-Wall", "-Wextra", "-Werror", "-O2", "-o", driver,
		filepath.Join(c.root, "e2e", "testdata", "driver.c"), "-ldl"); err != nil {
		return "", "", err
	}
	return xfgen, driver, nil
}

// build generates one workload's migration and builds, in dir/name,
// old.so, gen.so (new.c with the generated migration) and hand.so (with
// the hand-written one). It returns that folder.
func (c config) build(name, dir, xfgen string) (string, error) {
	folder, owned := strings.CutSuffix(name, ownedSuffix)
	src := filepath.Join(c.root, "bench", "workloads", folder)
	out := filepath.Join(dir, name)
	if err := os.MkdirAll(out, 0o755); err != nil {
		return "", err
	}
	inc := filepath.Join(c.root, "include")
	xform := filepath.Join(out, "xform.c")
	args := []string{"-I", inc, "old.h", "new.h"}
	if owned {
		args = append([]string{"-D", "BENCH_OWNED"}, args...)
	}
	if _, err := os.Stat(filepath.Join(src, "spec.xf")); err == nil {
		args = append(args, "spec.xf")
	}
	if err := c.cmd(src, xfgen, append(args, "-o", xform)...); err != nil {
		return "", err
	}
	base := []string{"-std=c11", "-Wall", "-Wextra", "-Werror", "-O2", "-fPIC", "-shared", "-I", inc}
	so := func(file string, srcs ...string) error {
		return c.cmd(src, "gcc", append(append(append([]string{}, base...), "-o", filepath.Join(out, file)), append(srcs, "-ldl")...)...)
	}
	for _, step := range [][]string{{"old.so", "old.c"}, {"gen.so", "new.c", xform}, {"hand.so", "new.c", "hand.c"}} {
		if err := so(step[0], step[1:]...); err != nil {
			return "", err
		}
	}
	return out, nil
}

// measure runs the migrations built in out, alternating them.
func (c config) measure(name, out, driver string) (result, error) {
	r := result{name: name}
	for i := 0; i < c.runs; i++ {
		order := []string{"gen.so", "hand.so"}
		if i%2 == 1 {
			order = []string{"hand.so", "gen.so"}
		}
		for _, newSO := range order {
			m, err := c.once(driver, out, newSO)
			if err != nil {
				return r, fmt.Errorf("%s: %v", newSO, err)
			}
			if newSO == "gen.so" {
				r.gen = append(r.gen, m)
			} else {
				r.hand = append(r.hand, m)
			}
		}
	}
	return r, nil
}

// drive runs e2e's driver with args (the old and new objects in dir, and
// its options before them) under an 8 MiB stack.
func (c config) drive(driver, dir string, args ...string) (string, error) {
	for i, a := range args {
		if strings.HasSuffix(a, ".so") {
			args[i] = filepath.Join(dir, a)
		}
	}
	cmd := exec.Command("sh", append([]string{"-c", `ulimit -s 8192 && exec "$0" "$@"`, driver}, args...)...)
	cmd.Dir = dir
	cmd.Env = append(os.Environ(), "XF_BENCH_N="+strconv.Itoa(c.n), "XF_E2E_MEMORY_REPORT=1")
	out, err := cmd.CombinedOutput()
	return string(out), err
}

var (
	reSeconds = regexp.MustCompile(`(?m)^xf_migrate: rc=0 seconds=([0-9.]+)$`)
	reMemory  = regexp.MustCompile(`(?m)^memory: before_kb=(-?\d+) peak_kb=(-?\d+) after_kb=(-?\d+)$`)
	reChecked = regexp.MustCompile(`(?m)^test_check: failures=0$`)
	reCPU     = regexp.MustCompile(`(?m)^cpu: seconds=([0-9.]+)$`)
)

// once runs the driver on old.so and newSO and reads what it measured;
// a migration whose checks fail is an error.
func (c config) once(driver, dir, newSO string) (measurement, error) {
	out, err := c.drive(driver, dir, "old.so", newSO)
	if err != nil || !reChecked.MatchString(out) {
		return measurement{}, fmt.Errorf("the driver failed (%v):\n%s", err, clip(out))
	}
	s := reSeconds.FindStringSubmatch(out)
	mem := reMemory.FindStringSubmatch(out)
	cpu := reCPU.FindStringSubmatch(out)
	if s == nil || mem == nil || cpu == nil {
		return measurement{}, fmt.Errorf("the driver printed no time or memory:\n%s", clip(out))
	}
	var m measurement
	m.seconds, _ = strconv.ParseFloat(s[1], 64)
	m.cpu, _ = strconv.ParseFloat(cpu[1], 64)
	before, _ := strconv.ParseInt(mem[1], 10, 64)
	peak, _ := strconv.ParseInt(mem[2], 10, 64)
	after, _ := strconv.ParseInt(mem[3], 10, 64)
	m.keptKB = after - before
	m.extraKB = max(peak-after, 0)
	return m, nil
}

func (c config) print(r result) {
	secs := func(ms []measurement, cpu bool) []float64 {
		v := make([]float64, len(ms))
		for i, m := range ms {
			v[i] = m.seconds
			if cpu {
				v[i] = m.cpu
			}
		}
		return v
	}
	ratios := func(cpu bool) []float64 {
		g, h := secs(r.gen, cpu), secs(r.hand, cpu)
		v := make([]float64, len(g))
		for i := range g {
			v[i] = g[i] / max(h[i], 1e-9)
		}
		return v
	}
	g, h := secs(r.gen, false), secs(r.hand, false)
	wall, cpu := ratios(false), ratios(true)
	extra := func(ms []measurement) float64 {
		v := make([]float64, len(ms))
		for i, m := range ms {
			v[i] = float64(m.extraKB)
		}
		return median(v)
	}
	kept := make([]float64, len(r.hand))
	for i, m := range r.hand {
		kept[i] = float64(m.keptKB)
	}
	k := median(kept)
	mem := func(kb float64) string {
		if k <= 0 {
			return fmt.Sprintf("%.1f MB", kb/1024)
		}
		return fmt.Sprintf("%.1f MB (%.0f%%)", kb/1024, 100*kb/k)
	}
	fmt.Fprintf(c.stdout, "| %s | %s, %s | %s, %s | %.2f, %.2f | %.2f, %.2f | %s | %s | %.1f MB |\n", r.name,
		dur(slices.Min(g)), dur(median(g)), dur(slices.Min(h)), dur(median(h)),
		slices.Min(wall), median(wall), slices.Min(cpu), median(cpu), mem(extra(r.gen)), mem(extra(r.hand)), k/1024)
}

// dur prints seconds with a unit that keeps three digits.
func dur(s float64) string {
	switch {
	case s >= 1:
		return fmt.Sprintf("%.3fs", s)
	case s >= 1e-3:
		return fmt.Sprintf("%.2fms", s*1e3)
	default:
		return fmt.Sprintf("%.1fµs", s*1e6)
	}
}

func median(v []float64) float64 {
	s := slices.Clone(v)
	slices.Sort(s)
	if len(s)%2 == 1 {
		return s[len(s)/2]
	}
	return (s[len(s)/2-1] + s[len(s)/2]) / 2
}

// cmd runs a build step in dir; its output is shown only if it fails.
func (c config) cmd(dir, name string, args ...string) error {
	cmd := exec.Command(name, args...)
	cmd.Dir = dir
	out, err := cmd.CombinedOutput()
	if err != nil {
		return fmt.Errorf("%s %s: %v\n%s", name, strings.Join(args, " "), err, clip(string(out)))
	}
	return nil
}

func clip(s string) string {
	if len(s) > 4000 {
		return s[:4000] + "\n..."
	}
	return s
}
