package xform

import (
	"testing"
	"unsafe"
)

// Cursors into a buffer member, an end pointer one past it (the same
// address as the member after it), and a cursor into a global buffer:
// all follow their buffers into the new objects.
func TestMigrate(t *testing.T) {
	var old OldGlobals
	c := &OldConn{Fd: 9, After: 4242}
	copy(unsafe.Slice((*byte)(unsafe.Pointer(&c.Buf[0])), 64), "GET /index.html HTTP/1.1\r\n")
	c.Rd = &c.Buf[3]
	c.End = (*int8)(unsafe.Add(unsafe.Pointer(&c.Buf[0]), 64))
	old.Conn = c
	old.GlobalRd = &c.Buf[10]
	copy(unsafe.Slice((*byte)(unsafe.Pointer(&old.Logbuf[0])), 256), "update at 12:00: ")
	old.Logpos = &old.Logbuf[17]
	if unsafe.Pointer(c.End) != unsafe.Pointer(&c.After) {
		t.Fatal("the case is void: the end pointer is not the address of the member after the buffer")
	}

	var new NewGlobals
	if err := Migrate(&old, &new); err != nil {
		t.Fatal(err)
	}
	n := new.Conn
	if n == nil || n.Fd != 9 || n.After != 4242 || n.State != 1 || n.Buf != c.Buf {
		t.Fatalf("conn = %+v", n)
	}
	if n.Rd != &n.Buf[3] {
		t.Errorf("rd is not &buf[3] of the new conn")
	}
	if unsafe.Pointer(n.End) != unsafe.Add(unsafe.Pointer(&n.Buf[0]), 64) {
		t.Errorf("end is not one past the new buffer")
	}
	if new.GlobalRd != &n.Buf[10] {
		t.Errorf("global_rd is not &buf[10] of the new conn")
	}
	if new.Logbuf != old.Logbuf || new.Logpos != &new.Logbuf[17] {
		t.Errorf("logpos does not point into the new logbuf")
	}
}
