package xform

import "testing"

// An enum held in a bitfield, its enumerators reordered (mapped by name
// through the bitfield's getter and setter), and a cycle through two
// changed types.
func TestMigrate(t *testing.T) {
	var old OldGlobals
	for i := range old.Staff {
		old.Staff[i] = &OldWorker{Pid: int32(4000 + i)}
	}
	for i := 5; i >= 0; i-- {
		j := &OldJob{Id: int32(i), By: old.Staff[i%2], Next: old.Jobs}
		j.SetColor(OldColor(i % 3))
		j.SetUrgent(uint32(i & 1))
		old.Jobs = j
		old.Staff[i%2].Current = j
	}

	var new NewGlobals
	if err := Migrate(&old, &new); err != nil {
		t.Fatal(err)
	}
	colors := []NewColor{NewRed, NewGreen, NewBlue}
	j := new.Jobs
	for i := 0; i < 6; i++ {
		if j == nil {
			t.Fatalf("job %d is nil", i)
		}
		if j.Id != int64(i) || j.Color() != colors[i%3] || j.Urgent() != uint32(i&1) {
			t.Errorf("job %d: id %d color %d urgent %d", i, j.Id, j.Color(), j.Urgent())
		}
		if j.By != new.Staff[i%2] {
			t.Errorf("job %d: by is not staff[%d]", i, i%2)
		}
		if i < 2 && new.Staff[i].Current == nil {
			t.Errorf("staff[%d].current is nil", i)
		}
		j = j.Next
	}
	for i, w := range new.Staff {
		if w.Pid != int64(4000+i) || w.Current == nil || w.Current.By != w || w.Current.Id != int64(i) {
			t.Errorf("staff[%d] = %+v: its current job is not its first", i, w)
		}
	}
	if NewRed == NewColor(OldRed) {
		t.Fatal("the case is void: RED has the same value in both versions")
	}
}
