package xform

import (
	"testing"
	"unsafe"
)

// A type rule on a generic list migrates each node's data with $gen(@t)
// and its next node with $xform of its own pair: items by the bound
// struct item (reordered, qty widened), raws by xfRaw(4), given at run
// time. A cycle in raws stays a cycle.
func TestMigrate(t *testing.T) {
	var old OldGlobals
	var oldRaws []*OldList
	for i := int32(0); i < 3; i++ {
		old.Items = &OldList{Data: unsafe.Pointer(&OldItem{Id: i + 1, Qty: 100 + i}), Next: old.Items, Len: i}
		r := new(int32)
		*r = 7 * (i + 1)
		old.Raws = &OldList{Data: unsafe.Pointer(r), Next: old.Raws, Len: i}
		oldRaws = append(oldRaws, old.Raws)
	}
	oldRaws[0].Next = old.Raws // the last node points back at the first

	var new NewGlobals
	if err := Migrate(&old, &new); err != nil {
		t.Fatal(err)
	}
	i := int32(3)
	for l := new.Items; l != nil; l = l.Next {
		i--
		it := (*NewItem)(l.Data)
		if it == nil || it.Id != i+1 || it.Qty != int64(100+i) || l.Len != 10*i {
			t.Fatalf("items node %d: len %d, item %+v", i, l.Len, it)
		}
	}
	if i != 0 {
		t.Errorf("items has %d nodes, want 3", 3-i)
	}
	l := new.Raws
	for i := int32(2); i >= 0; i-- {
		if l == nil || l.Data == nil {
			t.Fatalf("raws node %d is nil or has no data", i)
		}
		if v := *(*int32)(l.Data); v != 7*(i+1) || l.Len != 10*i {
			t.Errorf("raws node %d: len %d, value %d", i, l.Len, v)
		}
		if l.Data == oldRaws[i].Data {
			t.Errorf("raws node %d's value is the old one", i)
		}
		l = l.Next
	}
	if l != new.Raws {
		t.Errorf("the raws cycle is broken: the last node points at %p, not the first %p", l, new.Raws)
	}
}
