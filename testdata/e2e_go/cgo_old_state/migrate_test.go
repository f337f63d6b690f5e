package xform

import (
	"bytes"
	"testing"
	"unsafe"
)

func gostr(p *int8) string {
	if p == nil {
		return "<nil>"
	}
	var b []byte
	for q := unsafe.Pointer(p); *(*byte)(q) != 0; q = unsafe.Add(q, 1) {
		b = append(b, *(*byte)(q))
	}
	return string(b)
}

// A C program builds the old state in C memory; Go reads it through
// the Old types (bitfields, a packed struct and a union through their
// methods), migrates it into Go memory and checks every field and
// pointer.
func TestMigrate(t *testing.T) {
	old := cOldState()
	// The Old types read C's layout.
	c := old.Conns
	if c == nil || c.Fd != 100 || c.Fl.Mode() != 0 || c.St.Kind != 'a' || c.St.At() != 1700000000 || gostr(c.Name) != "conn-0" {
		t.Fatalf("the Go view of the C state is wrong: %+v", c)
	}

	var new NewGlobals
	if err := Migrate(old, &new); err != nil {
		t.Fatal(err)
	}
	if new.Nconns != 5 || new.Table.N != 6 {
		t.Errorf("nconns, table.n = %d, %d", new.Nconns, new.Table.N)
	}
	slots := unsafe.Slice(new.Table.Slots, 6)
	states := []NewState{NewStIdle, NewStBusy, NewStDone}
	n, o := new.Conns, old.Conns
	for i := range 5 {
		if n == nil {
			t.Fatalf("conn %d is nil", i)
		}
		if n.Fd != int64(100+i) || n.State != states[i%3] {
			t.Errorf("conn %d: fd, state = %d, %d", i, n.Fd, n.State)
		}
		if n.Fl.Open() != uint32(i%2) || n.Fl.Mode() != uint32(i) || n.Fl.Prio() != int32(-i) {
			t.Errorf("conn %d: flags open %d mode %d prio %d", i, n.Fl.Open(), n.Fl.Mode(), n.Fl.Prio())
		}
		if n.St.Kind != int8('a'+i) || n.St.At() != int64(1700000000+i) {
			t.Errorf("conn %d: stamp %c %d", i, n.St.Kind, n.St.At())
		}
		if i%2 == 1 && n.Addr.V4() != uint32(0x7f000001+i) {
			t.Errorf("conn %d: addr.v4 = %#x", i, n.Addr.V4())
		}
		if v6 := n.Addr.V6(); i%2 == 0 && !bytes.Equal(unsafe.Slice((*byte)(unsafe.Pointer(&v6[0])), 16), bytes.Repeat([]byte{byte(0x20 + i)}, 16)) {
			t.Errorf("conn %d: addr.v6 = %v", i, v6)
		}
		if n.Name != o.Name || gostr(n.Name) != "conn-"+string(rune('0'+i)) {
			t.Errorf("conn %d: name %s is not the old C string", i, gostr(n.Name))
		}
		if slots[4-i] != n {
			t.Errorf("table.slots[%d] is not conn %d", 4-i, i)
		}
		n, o = n.Next, o.Next
	}
	if n != nil || slots[5] != nil {
		t.Errorf("the list does not end after 5 conns, or slot 5 is not nil")
	}
}
