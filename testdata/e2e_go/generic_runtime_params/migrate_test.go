package xform

import (
	"testing"
	"unsafe"
)

// Generic lists declared without E_G, the element transformers given
// at the use as $xform(struct list, struct list, ELEMENT): items (whose
// count becomes an int64) through $xform(struct item, struct item),
// raw ints through xfRaw(4). Two nodes share one item, which stays one.
func TestMigrate(t *testing.T) {
	var old OldGlobals
	for i := int32(3); i >= 1; i-- {
		it := &OldItem{Id: i, Count: 10 * i}
		r := new(int32)
		*r = 100 + i
		old.Items = &OldList{Data: unsafe.Pointer(it), Next: old.Items}
		old.Raws = &OldList{Data: unsafe.Pointer(r), Next: old.Raws}
	}
	old.Items.Next.Next.Data = old.Items.Data
	oldFirst := *(*OldItem)(old.Items.Data)

	var new NewGlobals
	if err := Migrate(&old, &new); err != nil {
		t.Fatal(err)
	}
	l := new.Items
	for i := int32(1); i <= 3; i++ {
		if l == nil || l.Data == nil {
			t.Fatalf("items node %d is nil or has no data", i)
		}
		it := (*NewItem)(l.Data)
		want := i
		if i == 3 {
			want = 1
		}
		if it.Id != want || it.Count != int64(10*want) {
			t.Errorf("items node %d = %+v, want id %d count %d", i, *it, want, 10*want)
		}
		if unsafe.Pointer(it) == unsafe.Pointer((*OldItem)(old.Items.Data)) {
			t.Errorf("items node %d's item is the old one", i)
		}
		l = l.Next
	}
	if l != nil {
		t.Errorf("the items list does not end after 3 nodes")
	}
	if n := new.Items; n.Next.Next.Data != n.Data {
		t.Errorf("the shared item is two items")
	}
	r := new.Raws
	for i := int32(1); i <= 3; i++ {
		if r == nil || r.Data == nil {
			t.Fatalf("raws node %d is nil or has no data", i)
		}
		if v := *(*int32)(r.Data); v != 100+i {
			t.Errorf("raws node %d = %d, want %d", i, v, 100+i)
		}
		if r.Data == old.Raws.Data {
			t.Errorf("raws node %d's value is the old one", i)
		}
		r = r.Next
	}
	if r != nil {
		t.Errorf("the raws list does not end after 3 nodes")
	}
	if *(*OldItem)(old.Items.Data) != oldFirst || *(*int32)(old.Raws.Data) != 101 {
		t.Errorf("the old state changed")
	}
}
