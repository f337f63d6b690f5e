package typesdiff

import (
	"fmt"
	"path/filepath"
	"strings"
	"testing"
)

func TestLoadMultiFileStatics(t *testing.T) {
	p := load(t, "../testdata/types/multi/a.c", "../testdata/types/multi/b.c")
	want := map[string]string{ // key -> type, file, function
		"head":           "struct node * |",
		"count":          "size_t |",
		"a.c/counter":    "int a.c|",
		"b.c/counter":    "long b.c|",
		"a.c/hits":       "int a.c|",
		"b.c/hits":       "int b.c|",
		"b.c/stats":      "struct stat_block b.c|",
		"a.c/bump#calls": "int a.c|bump",
		"b.c/reset#last": "struct node * b.c|reset",
	}
	for key, w := range want {
		v := p.Vars[key]
		if v == nil {
			t.Errorf("variable %s missing", key)
			continue
		}
		if got := v.Type.String() + " " + v.File + "|" + v.Func; got != w {
			t.Errorf("%s: got %q, want %q", key, got, w)
		}
	}
	if len(p.Vars) != len(want) {
		var keys []string
		for k := range p.Vars {
			keys = append(keys, k)
		}
		t.Errorf("vars = %v, want exactly %d", keys, len(want))
	}
	// head is declared extern in common.h and defined in a.c: the
	// definition's position wins.
	if pos := p.Vars["head"].Pos; !strings.HasSuffix(pos.File, "a.c") || pos.Line != 3 {
		t.Errorf("head at %v, want its definition in a.c:3", pos)
	}
	// Each file's parse and run define their own struct args: not a
	// conflict, and not a type of the program.
	if p.Types["struct args"] != nil {
		t.Errorf("a function's own struct args is listed among the types")
	}
	// size_t comes from the compiler's own stddef.h: a system type.
	if st := p.Vars["count"].Type; !st.System || st.Header != "stddef.h" {
		t.Errorf("size_t: system %v header %q, want a system type of stddef.h", st.System, st.Header)
	}
	// struct node is read by both files from one header: one type.
	node := mustType(t, p, "struct node")
	if mustField(t, node, "next").Type.Elem != node || p.Vars["b.c/reset#last"].Type.Elem != node {
		t.Errorf("struct node is not shared across files")
	}
}

// TestLoadSameDefinitionTwice: a struct defined identically in two files
// is one type, and what the second file declares points at it.
func TestLoadSameDefinitionTwice(t *testing.T) {
	p := load(t, "../testdata/types/twice/one.c", "../testdata/types/twice/two.c")
	pair := mustType(t, p, "struct pair")
	if !strings.HasSuffix(pair.Pos.File, "one.c") {
		t.Errorf("struct pair at %v, want the first definition", pair.Pos)
	}
	if p.Vars["second"].Type != pair || p.Vars["first"].Type != pair {
		t.Errorf("variables of the two files point at different struct pair")
	}
	if mustField(t, mustType(t, p, "struct holder"), "p").Type.Elem != pair {
		t.Errorf("struct holder.p points at another struct pair")
	}
}

// TestLoadForwardDeclaration: a struct declared in one file and defined
// in another is one complete type; one never defined stays Incomplete.
func TestLoadForwardDeclaration(t *testing.T) {
	p := load(t, "../testdata/types/forward/a.c", "../testdata/types/forward/b.c")
	later := mustType(t, p, "struct later")
	if later.Incomplete || later.Size != 16 || !strings.HasSuffix(later.Pos.File, "b.c") {
		t.Errorf("struct later: incomplete %v size %d at %v", later.Incomplete, later.Size, later.Pos)
	}
	if p.Vars["first"].Type.Elem != later || mustField(t, later, "next").Type.Elem != later {
		t.Errorf("pointers to struct later do not share the definition")
	}
	if never := mustType(t, p, "struct never"); !never.Incomplete {
		t.Errorf("struct never is complete")
	}
}

// TestLoadGuardedCycle: headers that include each other behind #pragma
// once and an #ifndef guard load.
func TestLoadGuardedCycle(t *testing.T) {
	p := load(t, "../testdata/types/guarded/a.h")
	if mustField(t, mustType(t, p, "struct b"), "pa").Type.Elem != mustType(t, p, "struct a") {
		t.Errorf("struct b.pa does not point at struct a")
	}
}

// The units of a version are read at once but merged in the order
// given: the first definition of a name is the program's, and a later
// one that differs is the one reported, however the reads interleave.
func TestLoadUnitsMergeInOrder(t *testing.T) {
	files := map[string]string{}
	var names []string
	for i := 0; i < 8; i++ {
		text := fmt.Sprintf("#include <stdio.h>\nstatic int count%d;\nint get%d(void) { return count%d; }\n", i, i, i)
		switch i {
		case 2:
			text += "struct s { int a; };\nstruct s *first;\n"
		case 5:
			text += "struct s { long a; };\nstruct s *second;\n"
		}
		name := fmt.Sprintf("u%d.c", i)
		files[name] = text
		names = append(names, name)
	}
	dir := writeTree(t, files)
	var paths []string
	for _, n := range names {
		paths = append(paths, filepath.Join(dir, n))
	}
	for round := 0; round < 5; round++ {
		p, errs := Load(Config{Files: paths})
		if len(errs) != 1 || errs[0].Range.Start.File != paths[5] || !strings.Contains(errs[0].Message, "struct s is defined differently") {
			t.Fatalf("round %d: want one conflict in u5.c, got:\n%s", round, errs.Error())
		}
		if a := mustField(t, mustType(t, p, "struct s"), "a"); a.Type.Name != "int" || mustType(t, p, "struct s").Pos.File != paths[2] {
			t.Fatalf("round %d: struct s is u5.c's (%s a), not u2.c's", round, a.Type.Name)
		}
		for i := range 8 {
			if v := p.Vars[fmt.Sprintf("u%d.c/count%d", i, i)]; v == nil {
				t.Fatalf("round %d: u%d.c's static count%d is missing", round, i, i)
			}
		}
	}
}
