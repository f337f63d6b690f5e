package xform

import "testing"

// An object that starts where an array member just before it ends,
// reached alone before its holder: rows[1].head begins one past the end
// of rows[0].tail, an array of the same type. first.to reaches it
// before table's copy maps it inside the new table; the array one past
// whose end it lies must not take it over (in the new layout that
// address is rows[0].extra).
func TestMigrate(t *testing.T) {
	var old OldGlobals
	tab := &OldTable{N: 2}
	for i := range tab.Rows {
		tab.Rows[i].Head.V = int32(10*i + 1)
		tab.Rows[i].Tail[0].V = int32(10*i + 2)
	}
	tab.Rows[0].Head.Peer = &tab.Rows[1].Head
	tab.Rows[1].Tail[0].Peer = &tab.Rows[1].Head
	old.First.To = &tab.Rows[1].Head
	old.Table = tab

	var new NewGlobals
	if err := Migrate(&old, &new); err != nil {
		t.Fatal(err)
	}
	nt := new.Table
	if nt == nil || nt.N != 2 {
		t.Fatalf("table = %+v", nt)
	}
	for i := range nt.Rows {
		r := &nt.Rows[i]
		if r.Head.V != int64(10*i+1) || r.Tail[0].V != int64(10*i+2) || r.Extra != 9 {
			t.Errorf("rows[%d] = %+v", i, *r)
		}
	}
	want := &nt.Rows[1].Head
	if new.First.To != want {
		t.Errorf("first.to is not &table->rows[1].head")
	}
	if nt.Rows[0].Head.Peer != want {
		t.Errorf("rows[0].head.peer is not &table->rows[1].head")
	}
	if nt.Rows[1].Tail[0].Peer != want {
		t.Errorf("rows[1].tail[0].peer is not &table->rows[1].head")
	}
	if nt.Rows[1].Head.Peer != nil || nt.Rows[0].Tail[0].Peer != nil {
		t.Errorf("rows[1].head.peer or rows[0].tail[0].peer is not nil")
	}
}
