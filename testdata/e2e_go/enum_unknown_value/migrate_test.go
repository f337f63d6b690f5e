package xform

import (
	"strings"
	"testing"
)

// An old value that is no enumerator of the old enum has no name to be
// mapped by: Migrate fails with an error naming the variable and field.
func TestMigrate(t *testing.T) {
	old := OldGlobals{DefaultPrio: OldPHi, Active: &OldTask{Pr: OldPLo}}
	for i := range old.Tasks {
		old.Tasks[i].Pr = OldPHi
	}
	old.Tasks[2].St = 9
	var new NewGlobals
	err := Migrate(&old, &new)
	if err == nil {
		t.Fatal("Migrate accepted the value 9 of enum state")
	}
	for _, want := range []string{"enum state", "the old value 9", "field `st` of struct task", "variable `tasks`"} {
		if !strings.Contains(err.Error(), want) {
			t.Errorf("the error %q does not say %q", err, want)
		}
	}
}
