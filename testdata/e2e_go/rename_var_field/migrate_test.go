package xform

import "testing"

// A variable and a field renamed by the spec.
func TestMigrate(t *testing.T) {
	var old OldGlobals
	old.OldName = 5
	old.MainConn = OldConn{Fd: 3, Port: 8080, Tag: 'm', OpenedAt: 1700000000}
	for i := range old.Conns {
		old.Conns[i] = OldConn{Fd: int32(10 + i), Port: uint16(9000 + i), Tag: int8('a' + i), OpenedAt: int64(i) << 40}
	}
	old.ConnPtr = &OldConn{Fd: 99, Port: 1, Tag: 'p', OpenedAt: -1}

	var new NewGlobals
	if err := Migrate(&old, &new); err != nil {
		t.Fatal(err)
	}
	if new.NewName != 5 {
		t.Errorf("new_name = %d", new.NewName)
	}
	if c := new.MainConn; c != (NewConn{Sock: 3, Port: 8080, Tag: 'm', OpenedAt: 1700000000}) {
		t.Errorf("main_conn = %+v", c)
	}
	for i, c := range new.Conns {
		if c != (NewConn{Sock: int32(10 + i), Port: uint16(9000 + i), Tag: int8('a' + i), OpenedAt: int64(i) << 40}) {
			t.Errorf("conns[%d] = %+v", i, c)
		}
	}
	if p := new.ConnPtr; p == nil || *p != (NewConn{Sock: 99, Port: 1, Tag: 'p', OpenedAt: -1}) {
		t.Errorf("conn_ptr = %+v", p)
	}
}
