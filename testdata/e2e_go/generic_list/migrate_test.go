package xform

import (
	"testing"
	"unsafe"
)

// One generic list type (E_GENERIC(@t)) holds items in one list and
// tags in another: each instance migrates its data by its own type; an
// item two nodes share stays one; tags did not change and stay where
// they are.
func TestMigrate(t *testing.T) {
	var old OldGlobals
	shared := &OldItem{Id: 2, Qty: 20}
	for i := int32(5); i >= 0; i-- {
		it := shared
		if i != 2 && i != 4 {
			it = &OldItem{Id: i, Qty: i*10 - 25}
		}
		old.Items = &OldList{Data: unsafe.Pointer(it), Next: old.Items}
	}
	var tag0 *OldTag
	for i := 2; i >= 0; i-- {
		tg := &OldTag{}
		tg.Text[0] = int8('x' + i)
		if i == 0 {
			tag0 = tg
		}
		old.Tags = &OldList{Data: unsafe.Pointer(tg), Next: old.Tags}
	}
	old.Tag0Addr = uint64(uintptr(unsafe.Pointer(tag0)))

	var new NewGlobals
	if err := Migrate(&old, &new); err != nil {
		t.Fatal(err)
	}
	var at2, at4 *NewItem
	l := new.Items
	for i := int64(0); i < 6; i++ {
		if l == nil || l.Data == nil {
			t.Fatalf("items node %d is nil or has no data", i)
		}
		it := (*NewItem)(l.Data)
		id, qty := i, i*10-25
		if i == 2 || i == 4 {
			id, qty = 2, 20
		}
		if int64(it.Id) != id || it.Qty != qty {
			t.Errorf("items node %d = %+v", i, *it)
		}
		switch i {
		case 2:
			at2 = it
		case 4:
			at4 = it
		}
		l = l.Next
	}
	if l != nil || at2 != at4 {
		t.Errorf("the list does not end after 6 nodes, or the shared item is two")
	}
	g := new.Tags
	for i := 0; i < 3; i++ {
		if g == nil || (*NewTag)(g.Data).Text[0] != int8('x'+i) {
			t.Fatalf("tags node %d is wrong", i)
		}
		if i == 0 && uintptr(g.Data) != uintptr(new.Tag0Addr) {
			t.Errorf("the first tag moved: it did not change, so it stays where it was")
		}
		g = g.Next
	}
}
