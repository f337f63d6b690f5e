package xform

import "testing"

// Enums reordered and extended: every value is mapped by its
// enumerator's name, in globals, arrays, struct members and a pointee.
func TestMigrate(t *testing.T) {
	var old OldGlobals
	old.CurState = OldSWrite
	old.LastState = OldSClosed
	old.History = [6]OldState{OldSIdle, OldSRead, OldSWrite, OldSClosed, OldSRead, OldSIdle}
	old.DefaultPrio = OldPHi
	for i := range 4 {
		old.Tasks[i] = OldTask{Id: int32(i + 1), St: OldState(3 - i), Pr: []OldPrio{OldPLo, OldPHi}[i%2]}
	}
	old.Active = &OldTask{Id: 77, St: OldSRead, Pr: OldPLo}

	new := NewGlobals{CurState: NewSError}
	if err := Migrate(&old, &new); err != nil {
		t.Fatal(err)
	}
	if new.CurState != NewSWrite || new.LastState != NewSClosed || new.DefaultPrio != NewPHi {
		t.Errorf("cur_state, last_state, default_prio = %d, %d, %d", new.CurState, new.LastState, new.DefaultPrio)
	}
	want := [6]NewState{NewSIdle, NewSRead, NewSWrite, NewSClosed, NewSRead, NewSIdle}
	if new.History != want {
		t.Errorf("history = %v, want %v", new.History, want)
	}
	states := []NewState{NewSClosed, NewSWrite, NewSRead, NewSIdle}
	for i, tk := range new.Tasks {
		if tk.Id != int32(i+1) || tk.St != states[i] || tk.Pr != []NewPrio{NewPLo, NewPHi}[i%2] {
			t.Errorf("tasks[%d] = %+v", i, tk)
		}
	}
	if a := new.Active; a == nil || a.Id != 77 || a.St != NewSRead || a.Pr != NewPLo {
		t.Errorf("active = %+v", a)
	}
	if NewSRead == NewState(OldSRead) {
		t.Fatalf("the case is void: S_READ has the same value in both versions")
	}
}
