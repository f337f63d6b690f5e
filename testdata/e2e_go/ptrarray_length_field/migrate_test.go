package xform

import (
	"testing"
	"unsafe"
)

func items(n int) *OldItem {
	if n == 0 {
		return nil
	}
	s := make([]OldItem, n)
	for i := range s {
		s[i] = OldItem{Id: int32(10*n + i), Price: float32(i) + 0.5}
	}
	return &s[0]
}

// Pointers to arrays whose length is a sibling field (E_PTRARRAY(n))
// or a constant (E_PTRARRAY(4)): every element is migrated, and an
// array two pointers share stays one.
func TestMigrate(t *testing.T) {
	var old OldGlobals
	old.Inventory = OldVec{N: 5, Items: items(5)}
	old.Pvec = &OldVec{N: 3, Items: old.Inventory.Items} // the first 3 of the same items
	old.EmptyVec = OldVec{N: 0}
	old.Fixed4 = items(4)

	var new NewGlobals
	if err := Migrate(&old, &new); err != nil {
		t.Fatal(err)
	}
	check := func(what string, p *NewItem, n int, base int) []NewItem {
		if p == nil {
			t.Fatalf("%s is nil", what)
		}
		s := unsafe.Slice(p, n)
		for i, it := range s {
			id := int32(10*base + i)
			if it.Id != id || it.Price != float64(i)+0.5 || it.Qty != id%3+1 {
				t.Errorf("%s[%d] = %+v", what, i, it)
			}
		}
		return s
	}
	inv := check("inventory.items", new.Inventory.Items, 5, 5)
	if new.Inventory.N != 5 || new.Pvec == nil || new.Pvec.N != 3 || new.Pvec.Items != &inv[0] {
		t.Errorf("pvec does not share inventory's items")
	}
	check("fixed4", new.Fixed4, 4, 4)
	if new.EmptyVec.N != 0 || new.EmptyVec.Items != nil {
		t.Errorf("empty_vec = %+v", new.EmptyVec)
	}
}
