package xform

import (
	"testing"
	"unsafe"
)

// Objects inside arrays that pointers also reach: a heap array of
// linked nodes (E_PTRARRAY(n)) with a cursor into it, and a global
// array of slots with a pointer to one. Each element stays one object:
// the pointers point into the new arrays.
func TestMigrate(t *testing.T) {
	var old OldGlobals
	nodes := make([]OldNode, 6)
	for i := range nodes {
		nodes[i].Id = int32(100 + i)
		nodes[i].Next = &nodes[(i+2)%6]
	}
	old.Pool = OldPool{N: 6, Nodes: &nodes[0]}
	old.Cursor = &nodes[3]
	for i := range old.Slots {
		old.Slots[i] = OldSlot{Fd: int32(i + 3), Buddy: &old.Slots[(i+1)%4]}
	}
	old.ActiveSlot = &old.Slots[2]

	var new NewGlobals
	if err := Migrate(&old, &new); err != nil {
		t.Fatal(err)
	}
	if new.Pool.N != 6 || new.Pool.Nodes == nil {
		t.Fatalf("pool = %+v", new.Pool)
	}
	got := unsafe.Slice(new.Pool.Nodes, 6)
	for i := range got {
		if got[i].Id != int64(100+i) || got[i].Next != &got[(i+2)%6] {
			t.Errorf("pool.nodes[%d] = %+v, its next is not pool.nodes[%d]", i, got[i], (i+2)%6)
		}
	}
	if new.Cursor != &got[3] {
		t.Errorf("cursor is not &pool.nodes[3]")
	}
	for i, s := range new.Slots {
		if s.Fd != int64(i+3) || s.Buddy != &new.Slots[(i+1)%4] {
			t.Errorf("slots[%d] = %+v, its buddy is not the new slots[%d]", i, s, (i+1)%4)
		}
	}
	if new.ActiveSlot != &new.Slots[2] {
		t.Errorf("active_slot is not &slots[2] of the new globals")
	}
}
