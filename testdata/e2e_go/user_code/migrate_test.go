package xform

import (
	"strings"
	"testing"
	"unsafe"
)

// Rules in Go: a type rule, a field rule that may fail, an INIT field
// rule that calls $xform and a preamble function, a variable rule
// reading $oldsym, an INIT variable reading $newsym. Around them,
// inference: a field dropped, an enum become a long, a void * copied.
func TestMigrate(t *testing.T) {
	var old OldGlobals
	cookie := new(int)
	old.Boxes[0] = OldBox{Lo: OldPoint{X: 1, Y: 2}, Hi: OldPoint{X: 4, Y: 6}, Tag: 'a', Unused: 5, Kind: OldKFancy, Cookie: unsafe.Pointer(cookie)}
	old.Boxes[1] = OldBox{Lo: OldPoint{X: -1, Y: -1}, Hi: OldPoint{X: 1, Y: 1}, Tag: 'b', Kind: OldKPlain}
	old.Origin = &OldPoint{X: 7, Y: 8}
	old.Scale = 3
	old.Total = 100

	var new NewGlobals
	if err := Migrate(&old, &new); err != nil {
		t.Fatal(err)
	}
	want := [2]NewBox{
		{Lo: NewPoint{X: 10, Y: 20}, Hi: NewPoint{X: 40, Y: 60}, Area: 1200, Tag: 'a', Kind: 7, Cookie: unsafe.Pointer(cookie)},
		{Lo: NewPoint{X: -10, Y: -10}, Hi: NewPoint{X: 10, Y: 10}, Area: 400, Tag: 'b'},
	}
	if new.Boxes != want {
		t.Errorf("boxes = %+v, want %+v", new.Boxes, want)
	}
	if o := new.Origin; o == nil || *o != (NewPoint{X: 70, Y: 80}) {
		t.Errorf("origin = %+v", o)
	}
	if new.Scale != 3 || new.Total != 300 || new.Version != 4 {
		t.Errorf("scale, total, version = %d, %d, %d", new.Scale, new.Total, new.Version)
	}

	// An error the rule returns stops the migration, with where.
	old.Boxes[1].Tag = 300
	err := Migrate(&old, &NewGlobals{})
	if err == nil {
		t.Fatal("a tag of 300 was migrated into a char")
	}
	for _, w := range []string{"tag 300 does not fit a char", "field `tag` of struct box", "variable `boxes`"} {
		if !strings.Contains(err.Error(), w) {
			t.Errorf("the error %q does not say %q", err, w)
		}
	}
}
