package xform

import "testing"

// Elements of an array member reached before the object holding them:
// head.next = &pool.slots[1], where head is migrated before the pointer
// pool; cursor = &box.items[1], whose box is reached only through
// items[1].home, so the element is filled before its holder is known.
// Both pointers must end in the holder's new array, not in a copy of
// the element alone.
func TestMigrate(t *testing.T) {
	var old OldGlobals
	pool := &OldPool{N: 2}
	box := &OldBox{Id: 7}
	for i := range 2 {
		pool.Slots[i].V = int32(10 + i)
		box.Items[i] = OldElem{Home: box, V: int32(20 + i)}
	}
	old.Head = OldNode{V: 1, Next: &pool.Slots[1]}
	old.Pool = pool
	old.Cursor = &box.Items[1]

	var new NewGlobals
	if err := Migrate(&old, &new); err != nil {
		t.Fatal(err)
	}
	if new.Pool == nil || new.Cursor == nil || new.Cursor.Home == nil {
		t.Fatalf("pool = %p, cursor = %p", new.Pool, new.Cursor)
	}
	nb := new.Cursor.Home
	if new.Head.V != 1 || new.Pool.N != 2 || nb.Id != 7 {
		t.Errorf("head.v = %d, pool.n = %d, box.id = %d", new.Head.V, new.Pool.N, nb.Id)
	}
	for i := range 2 {
		if s := new.Pool.Slots[i]; s.V != int64(10+i) || s.Next != nil {
			t.Errorf("pool.slots[%d] = %+v", i, s)
		}
		if e := nb.Items[i]; e.V != int64(20+i) || e.Home != nb {
			t.Errorf("box.items[%d] = %+v", i, e)
		}
	}
	if new.Head.Next != &new.Pool.Slots[1] {
		t.Errorf("head.next is not &pool.slots[1] of the new pool")
	}
	if new.Cursor != &nb.Items[1] {
		t.Errorf("cursor is not &box.items[1] of the new box")
	}
}
