package xform

import (
	"os"
	"runtime/debug"
	"strconv"
	"testing"
)

// 10,000,000 nodes (XF_E2E_LIST_N says otherwise) migrated on a stack
// capped at 1 MiB: a migration that recursed along the list would
// overflow it.
func TestMigrate(t *testing.T) {
	n := listN(10_000_000)
	old := oldList(n)
	var new NewGlobals
	defer debug.SetMaxStack(debug.SetMaxStack(1 << 20))
	if err := Migrate(old, &new); err != nil {
		t.Fatal(err)
	}
	if new.Count != int64(n) {
		t.Errorf("count = %d", new.Count)
	}
	p, i := new.Head, 0
	var last *NewNode
	for ; p != nil; p, i = p.Next, i+1 {
		if p.Val != int64(i^0x5555) || p.Weight != int64(i^0x5555)*3+1 {
			t.Fatalf("node %d: val, weight = %d, %d", i, p.Val, p.Weight)
		}
		last = p
	}
	if i != n {
		t.Errorf("the new list has %d nodes, want %d", i, n)
	}
	if new.Tail != last {
		t.Errorf("tail is not the new list's last node")
	}
}

// listN is XF_E2E_LIST_N, or def.
func listN(def int) int {
	if n, err := strconv.Atoi(os.Getenv("XF_E2E_LIST_N")); err == nil && n > 0 {
		return n
	}
	return def
}

// oldList is the old state: a list of n nodes and its tail.
func oldList(n int) *OldGlobals {
	nodes := make([]OldNode, n)
	for i := range nodes {
		nodes[i].Val = int32(i ^ 0x5555)
		if i+1 < n {
			nodes[i].Next = &nodes[i+1]
		}
	}
	return &OldGlobals{Head: &nodes[0], Tail: &nodes[n-1], Count: int64(n)}
}

// BenchmarkMigrate times Migrate alone on a list of XF_E2E_LIST_N
// nodes (1,000,000 by default); building the old list is not counted.
func BenchmarkMigrate(b *testing.B) {
	n := listN(1_000_000)
	old := oldList(n)
	for b.Loop() {
		var new NewGlobals
		if err := Migrate(old, &new); err != nil {
			b.Fatal(err)
		}
	}
	b.ReportMetric(b.Elapsed().Seconds()/float64(b.N), "s/migrate")
	b.ReportMetric(float64(n)*float64(b.N)/b.Elapsed().Seconds(), "nodes/s")
}
