package xform

import "testing"

// Pointers of unchanged types (int *, an intrusive struct link) into
// objects that are rebuilt follow their objects into the new version.
func TestMigrate(t *testing.T) {
	var old OldGlobals
	old.Conf = OldConf{Port: 8080, Backlog: 64}
	old.PortPtr = &old.Conf.Port
	prev := &old.Live
	for i := range old.Conns {
		c := &OldConn{Fd: int32(30 + i)}
		old.Conns[i] = c
		prev.Next = &c.Link
		c.Link.Prev = prev
		prev = &c.Link
	}
	prev.Next = &old.Live
	old.Live.Prev = prev

	var new NewGlobals
	if err := Migrate(&old, &new); err != nil {
		t.Fatal(err)
	}
	if new.Conf.Port != 8080 || new.Conf.Backlog != 64 {
		t.Errorf("conf = %+v", new.Conf)
	}
	if new.PortPtr != &new.Conf.Port {
		t.Errorf("port_ptr is not &conf.port of the new globals")
	}
	at := &new.Live
	for i, c := range new.Conns {
		if c == nil || c.Fd != int64(30+i) {
			t.Fatalf("conns[%d] = %+v", i, c)
		}
		if at.Next != &c.Link || c.Link.Prev != at {
			t.Errorf("conns[%d]: the live list does not run through its new link", i)
		}
		at = &c.Link
	}
	if at.Next != &new.Live || new.Live.Prev != at {
		t.Errorf("the live list does not close on the new head")
	}
	if old.PortPtr != &old.Conf.Port || old.Live.Next != &old.Conns[0].Link {
		t.Errorf("the old state changed")
	}
}
