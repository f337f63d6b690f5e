package xform

import "testing"

// A ring of 1000 nodes with a cursor into it and a one-node ring: the
// value widens and the fields move, so every node is rebuilt, and the
// ring, the back pointers and the shared cursor must survive.
func TestMigrate(t *testing.T) {
	var old OldGlobals
	var prev *OldDnode
	old.RingLen = 1000
	for i := range 1000 {
		n := &OldDnode{Val: int32(i*3 - 7), Prev: prev}
		if prev != nil {
			prev.Next = n
		} else {
			old.Ring = n
		}
		if i == 500 {
			old.Cursor = n
		}
		prev = n
	}
	prev.Next = old.Ring
	old.Ring.Prev = prev
	old.Loner = &OldDnode{Val: 31337}
	old.Loner.Next, old.Loner.Prev = old.Loner, old.Loner

	var new NewGlobals
	if err := Migrate(&old, &new); err != nil {
		t.Fatal(err)
	}
	if new.RingLen != 1000 {
		t.Errorf("ring_len = %d", new.RingLen)
	}
	n, seen := new.Ring, map[*NewDnode]bool{}
	var at500, last *NewDnode
	for i := range 1000 {
		if n == nil {
			t.Fatalf("ring node %d is nil", i)
		}
		if seen[n] {
			t.Fatalf("ring node %d is a node seen before", i)
		}
		seen[n] = true
		if n.Val != int64(i*3-7) {
			t.Errorf("ring node %d .val = %d", i, n.Val)
		}
		if n.Next == nil || n.Prev == nil || n.Next.Prev != n || n.Prev.Next != n {
			t.Fatalf("ring node %d: the back pointers are broken", i)
		}
		if i == 500 {
			at500 = n
		}
		last = n
		n = n.Next
	}
	if n != new.Ring || new.Ring.Prev != last {
		t.Errorf("the ring does not close on its head")
	}
	if new.Cursor != at500 {
		t.Errorf("cursor is not the ring's node 500")
	}
	if l := new.Loner; l == nil || l.Val != 31337 || l.Next != l || l.Prev != l {
		t.Errorf("loner is not a one-node ring of 31337: %+v", l)
	}
	// The old state is untouched.
	o := old.Ring
	for i := range 1000 {
		if o.Val != int32(i*3-7) || o.Next.Prev != o {
			t.Fatalf("old ring node %d changed", i)
		}
		o = o.Next
	}
}
