package e2e

import (
	"os"
	"path/filepath"
	"reflect"
	"testing"
)

func TestParseExpect(t *testing.T) {
	dir := t.TempDir()
	write := func(text string) string {
		p := filepath.Join(dir, "expect")
		if err := os.WriteFile(p, []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
		return p
	}

	e, err := parseExpect(filepath.Join(dir, "absent"))
	if err != nil || !reflect.DeepEqual(e, expectation{}) {
		t.Errorf("absent file: got %+v, %v; want zero expectation", e, err)
	}

	e, err = parseExpect(write("# why\n\ncheck-fails: counter\ncheck-fails:  INIT \n"))
	want := expectation{exit: 1, checkFails: []string{"counter", "INIT"}}
	if err != nil || !reflect.DeepEqual(e, want) {
		t.Errorf("check-fails: got %+v, %v; want %+v", e, err, want)
	}

	e, err = parseExpect(write("migrate-fails: gone\nwarns: legacy: field\n"))
	want = expectation{migrateFails: []string{"gone"}, warns: []string{"legacy: field"}}
	if err != nil || !reflect.DeepEqual(e, want) {
		t.Errorf("migrate-fails: got %+v, %v; want %+v", e, err, want)
	}

	e, err = parseExpect(write("cc-fails: spec.xf:3:\nmemory-limit: 16\n"))
	want = expectation{ccFails: []string{"spec.xf:3:"}, memoryMB: "16"}
	if err != nil || !reflect.DeepEqual(e, want) {
		t.Errorf("cc-fails: got %+v, %v; want %+v", e, err, want)
	}

	e, err = parseExpect(write("xfgen-old: old/a.c\nxfgen-new: new/a.c\nxfgen-old: old/b.c\nxfgen-new: new/b.c\n"))
	want = expectation{xfgenOld: []string{"old/a.c", "old/b.c"}, xfgenNew: []string{"new/a.c", "new/b.c"}}
	if err != nil || !reflect.DeepEqual(e, want) {
		t.Errorf("xfgen-old: got %+v, %v; want %+v", e, err, want)
	}

	for _, bad := range []string{"nonsense\n", "exit: one\n", "colour: red\n", "check-fails: x\nmigrate-fails: y\n",
		"warns:\n", "memory-limit: lots\n", "cc-fails: x\nmigrate-fails: y\n", "check-fails: x\ncc-fails: y\n",
		"retry: yes\n", "retry: no\nmemory-limit: 4\nmigrate-fails: x\n", "xfgen-old: old/a.c\n"} {
		if _, err := parseExpect(write(bad)); err == nil {
			t.Errorf("%q: want an error", bad)
		}
	}
}
