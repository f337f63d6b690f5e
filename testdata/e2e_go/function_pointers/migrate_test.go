package xform

import (
	"fmt"
	"strings"
	"testing"
	"unsafe"
)

// Function pointers go through FuncMap, which knows the new version's
// functions; the route table is rebuilt, and a pointer into it (to a
// member) follows it.
func TestMigrate(t *testing.T) {
	oldFns := map[uintptr]string{0x1000: "h_get", 0x1010: "h_put", 0x1020: "h_del"}
	newFns := map[string]uintptr{"h_get": 0x2000, "h_put": 0x2040, "h_del": 0x2080}
	FuncMap = func(old uintptr) (uintptr, error) {
		if name, ok := oldFns[old]; ok {
			return newFns[name], nil
		}
		return 0, fmt.Errorf("no old function at %#x", old)
	}
	defer func() { FuncMap = nil }()
	var old OldGlobals
	for i, f := range []uintptr{0x1000, 0x1010, 0x1020, 0} {
		old.Routes[i] = OldRoute{Code: int32(200 + i), Fn: f}
	}
	old.Fallback = 0x1020
	old.DynRoute = &OldRoute{Code: 404, Fn: 0x1010}
	old.Slot = &old.Routes[1].Fn

	var new NewGlobals
	if err := Migrate(&old, &new); err != nil {
		t.Fatal(err)
	}
	for i, f := range []uintptr{0x2000, 0x2040, 0x2080, 0} {
		if r := new.Routes[i]; r.Code != int64(200+i) || r.Fn != f {
			t.Errorf("routes[%d] = %+v", i, r)
		}
	}
	if new.Fallback != 0x2080 {
		t.Errorf("fallback = %#x", new.Fallback)
	}
	if r := new.DynRoute; r == nil || r.Code != 404 || r.Fn != 0x2040 {
		t.Errorf("dyn_route = %+v", r)
	}
	if unsafe.Pointer(new.Slot) != unsafe.Pointer(&new.Routes[1].Fn) {
		t.Errorf("slot is not &routes[1].fn of the new globals")
	}

	// A function the map does not know stops the migration, naming where.
	old.Routes[3].Fn = 0x1234
	err := Migrate(&old, &NewGlobals{})
	if err == nil || !strings.Contains(err.Error(), "no old function at 0x1234") || !strings.Contains(err.Error(), "variable `routes`") {
		t.Errorf("an unknown function: %v", err)
	}
}
