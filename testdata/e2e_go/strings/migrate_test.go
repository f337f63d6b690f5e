package xform

import (
	"testing"
	"unsafe"
)

func cstr(s string) *int8 { b := append([]byte(s), 0); return (*int8)(unsafe.Pointer(&b[0])) }

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

// E_SZ strings stay where they are, shared with the old state; a rule
// written in Go makes the new shell strings.
func TestMigrate(t *testing.T) {
	var old OldGlobals
	names := []string{"root", "alice", "bob"}
	for i, n := range names {
		old.Users[i] = OldUser{Uid: int32(i * 1000), Name: cstr(n), Home: cstr("/home/" + n)}
	}
	old.Admin = &old.Users[0]
	old.Motd = cstr("welcome")

	var new NewGlobals
	if err := Migrate(&old, &new); err != nil {
		t.Fatal(err)
	}
	for i, u := range new.Users {
		shell := "/usr/bin/nologin"
		if i == 0 {
			shell = "/bin/sh"
		}
		if u.Uid != int64(i*1000) || u.Name != old.Users[i].Name || u.Home != old.Users[i].Home || gostr(u.Shell) != shell {
			t.Errorf("users[%d] = uid %d name %s home %s shell %s", i, u.Uid, gostr(u.Name), gostr(u.Home), gostr(u.Shell))
		}
	}
	if new.Admin != &new.Users[0] {
		t.Errorf("admin is not &users[0] of the new globals")
	}
	if new.Motd != old.Motd || gostr(new.Motd) != "welcome" {
		t.Errorf("motd = %s", gostr(new.Motd))
	}
}
