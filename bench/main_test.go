package main

import (
	"bytes"
	"os/exec"
	"regexp"
	"strings"
	"testing"
)

func needGCC(t *testing.T) {
	t.Helper()
	if _, err := exec.LookPath("gcc"); err != nil {
		t.Skip("gcc not found: the benchmark compiles and runs C")
	}
}

// TestWorkloadsMigrate runs the whole benchmark on small workloads: both
// migrations of every workload must pass the new version's checks, and
// every workload gets its row.
func TestWorkloadsMigrate(t *testing.T) {
	needGCC(t)
	var out bytes.Buffer
	c := config{n: 3000, runs: 2, keep: t.TempDir(), root: repoRoot(), stdout: &out}
	if err := c.run(); err != nil {
		t.Fatal(err)
	}
	for _, w := range workloads {
		row := regexp.MustCompile(`(?m)^\| ` + w + ` \| [0-9.]+(µs|ms|s), `)
		if !row.MatchString(out.String()) {
			t.Errorf("no row for %s in:\n%s", w, out.String())
		}
	}
}

// TestChecksCanFail runs each workload's checks on the new version's
// initial state, without a migration: they must fail, or a broken
// migration would be timed as a good one.
func TestChecksCanFail(t *testing.T) {
	needGCC(t)
	dir := t.TempDir()
	c := config{n: 500, runs: 1, root: repoRoot()}
	xfgen, driver, err := c.tools(dir)
	if err != nil {
		t.Fatal(err)
	}
	for _, w := range workloads {
		out, err := c.build(w, dir, xfgen)
		if err != nil {
			t.Fatal(err)
		}
		got, err := c.drive(driver, out, "--no-migrate", "old.so", "hand.so")
		if err == nil || !strings.Contains(got, "test_check: failures=") || reChecked.MatchString(got) {
			t.Errorf("%s: the checks pass without a migration (%v):\n%s", w, err, got)
		}
	}
}

// TestUnknownWorkload is refused with the names there are.
func TestUnknownWorkload(t *testing.T) {
	c := config{n: 10, runs: 1, only: []string{"lsit"}, root: repoRoot()}
	err := c.run()
	if err == nil || !strings.Contains(err.Error(), `no workload "lsit"`) || !strings.Contains(err.Error(), `did you mean "list"?`) {
		t.Errorf("got %v, want an error naming the workloads", err)
	}
}

// TestObjectsReachedOnceBuildNoTable runs the generated migration of the
// workloads whose objects are each reached once: the address map must
// stay a log (16 bytes an object, about half of what a node keeps) and
// the work list short, never a table of every object (213% and more of
// what the state keeps, before the map was lazy). With E_OWNED (the
// -owned workloads) nothing records the objects at all: the extra
// memory is the work list and the bits of the bucket array. Memory, not
// time: it does not depend on the machine's load.
func TestObjectsReachedOnceBuildNoTable(t *testing.T) {
	needGCC(t)
	dir := t.TempDir()
	c := config{n: 300000, runs: 1, root: repoRoot()}
	xfgen, driver, err := c.tools(dir)
	if err != nil {
		t.Fatal(err)
	}
	for w, most := range map[string]int64{"list": 75, "tree": 75, "hash": 75, "list-owned": 5, "tree-owned": 5, "hash-owned": 5} {
		out, err := c.build(w, dir, xfgen)
		if err != nil {
			t.Fatal(err)
		}
		m, err := c.once(driver, out, "gen.so")
		if err != nil {
			t.Fatal(err)
		}
		if m.keptKB <= 0 || m.extraKB*100 > most*m.keptKB {
			t.Errorf("%s: the migration used %d KiB beyond the %d KiB its state keeps; want at most %d%%", w, m.extraKB, m.keptKB, most)
		}
	}
}
