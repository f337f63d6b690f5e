package xform

import "testing"

func node(id int32, k0, k1 *OldDag) *OldDag {
	d := &OldDag{Id: id}
	d.Kids[0], d.Kids[1] = k0, k1
	for _, k := range []*OldDag{k0, k1} {
		if k != nil {
			d.Nkids++
		}
	}
	return d
}

// A graph whose nodes several parents share, and a lattice of 40
// levels (2^40 paths through 80 nodes): every node is migrated once,
// and the kids array grows by a zero element.
func TestMigrate(t *testing.T) {
	e := node(5, nil, nil)
	c := node(3, e, nil)
	d := node(4, e, nil)
	a := node(1, c, d)
	b := node(2, d, c)
	var old OldGlobals
	old.Root = node(0, a, b)
	old.Root.Kids[2] = a
	old.Root.Nkids = 3
	old.AlsoC = c
	var l0, l1 *OldDag
	for i := int32(39); i >= 0; i-- {
		x, y := node(1000+2*i, l0, l1), node(1001+2*i, l1, l0)
		l0, l1 = x, y
	}
	old.Lattice = l0

	var new NewGlobals
	if err := Migrate(&old, &new); err != nil {
		t.Fatal(err)
	}
	r := new.Root
	if r == nil || r.Id != 0 || r.Nkids != 3 || r.Kids[3] != nil {
		t.Fatalf("root = %+v", r)
	}
	na, nb := r.Kids[0], r.Kids[1]
	if r.Kids[2] != na {
		t.Errorf("root->kids[2] is not root->kids[0]")
	}
	if na.Id != 1 || nb.Id != 2 || na.Nkids != 2 {
		t.Errorf("a, b = %+v, %+v", na, nb)
	}
	nc, nd := na.Kids[0], na.Kids[1]
	if nb.Kids[0] != nd || nb.Kids[1] != nc {
		t.Errorf("b does not share a's children")
	}
	if nc.Id != 3 || nd.Id != 4 || nc.Kids[0] != nd.Kids[0] || nc.Kids[0].Id != 5 || nc.Kids[1] != nil {
		t.Errorf("c, d do not share e")
	}
	if new.AlsoC != nc {
		t.Errorf("also_c is not a->kids[0]")
	}
	x := new.Lattice
	for i := int64(0); i < 40; i++ {
		if x == nil || x.Id != 1000+2*i {
			t.Fatalf("lattice level %d: %+v", i, x)
		}
		if y := x.Kids[1]; i < 39 && (y == nil || y.Id != 1001+2*(i+1) || y.Kids[1] != x.Kids[0].Kids[0]) {
			t.Fatalf("lattice level %d: the second node is not shared", i+1)
		}
		x = x.Kids[0]
	}
	if x != nil {
		t.Errorf("the lattice does not end after 40 levels")
	}
	if old.Root.Id != 0 || old.Root.Kids[2] != a || a.Kids[0] != c {
		t.Errorf("the old state changed")
	}
}
