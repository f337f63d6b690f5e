package xform

import (
	"testing"
	"unsafe"
)

// A block of items (E_PTRARRAY(n)) with a cursor at an element and an
// end pointer one past the last: both point into the new block.
func TestMigrate(t *testing.T) {
	items := make([]OldItem, 5, 6) // capacity beyond: the end pointer stays inside Go's allocation
	for i := range items {
		items[i] = OldItem{Id: int32(i + 1), W: int32(10 * i)}
	}
	var old OldGlobals
	old.Vec = OldVec{N: 5, Items: &items[0], Cur: &items[3], End: (*OldItem)(unsafe.Add(unsafe.Pointer(&items[0]), 5*unsafe.Sizeof(items[0])))}

	var new NewGlobals
	if err := Migrate(&old, &new); err != nil {
		t.Fatal(err)
	}
	v := new.Vec
	if v.N != 5 || v.Items == nil {
		t.Fatalf("vec = %+v", v)
	}
	got := unsafe.Slice(v.Items, 5)
	for i, it := range got {
		if it.Id != int64(i+1) || it.W != int64(10*i) {
			t.Errorf("items[%d] = %+v", i, it)
		}
	}
	if v.Cur != &got[3] {
		t.Errorf("cur is not &items[3] of the new block")
	}
	if uintptr(unsafe.Pointer(v.End)) != uintptr(unsafe.Pointer(&got[0]))+5*unsafe.Sizeof(got[0]) {
		t.Errorf("end is not one past the new block's last item")
	}
}
