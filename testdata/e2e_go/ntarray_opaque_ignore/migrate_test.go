package xform

import (
	"testing"
	"unsafe"
)

// Arrays ended by NULL and by a zero element (E_NTARRAY), an opaque
// pointer copied as is (E_OPAQUE), counted enums, and E_IGNORE fields
// left zero in new objects and at their initial value in a global.
func TestMigrate(t *testing.T) {
	mods := []*OldMod{{Id: 1, Prio: 5, Hits: 9}, {Id: 2, Prio: -3, Hits: 8}, nil}
	opts := []OldOpt{{Code: 1, Val: 100}, {Code: 2, Val: -7}, {}}
	kinds := []OldKind{OldKC, OldKA, OldKB}
	cached := &OldMod{Id: 42}
	var old OldGlobals
	old.Reg = OldRegistry{Mods: &mods[0], Opts: &opts[0], Cached: cached, Nkinds: 3, Kinds: &kinds[0], Scratch: 77}
	old.CachedAddr = uint64(uintptr(unsafe.Pointer(cached)))

	new := NewGlobals{Reg: NewRegistry{Scratch: 5, Lookups: 6}}
	if err := Migrate(&old, &new); err != nil {
		t.Fatal(err)
	}
	r := new.Reg
	ms := unsafe.Slice(r.Mods, 3)
	for i, want := range []NewMod{{Id: 1, Prio: 5}, {Id: 2, Prio: -3}} {
		if ms[i] == nil || *ms[i] != want {
			t.Errorf("mods[%d] = %+v, want %+v (hits ignored: zero)", i, ms[i], want)
		}
	}
	if ms[2] != nil {
		t.Errorf("mods is not ended by NULL")
	}
	os := unsafe.Slice(r.Opts, 3)
	if os[0] != (NewOpt{Code: 1, Val: 100}) || os[1] != (NewOpt{Code: 2, Val: -7}) || os[2] != (NewOpt{}) {
		t.Errorf("opts = %+v", os)
	}
	if uintptr(unsafe.Pointer(r.Cached)) != uintptr(old.CachedAddr) {
		t.Errorf("the opaque pointer was not copied as is")
	}
	ks := unsafe.Slice(r.Kinds, 3)
	if r.Nkinds != 3 || ks[0] != NewKC || ks[1] != NewKA || ks[2] != NewKB {
		t.Errorf("kinds = %v", ks)
	}
	if r.Scratch != 5 || r.Lookups != 6 {
		t.Errorf("scratch, lookups = %d, %d: ignored fields keep the new program's values", r.Scratch, r.Lookups)
	}
}
