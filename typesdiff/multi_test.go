package typesdiff

import (
	"strings"
	"testing"

	"github.com/xfgen-dev/xfgen/diag"
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
	// struct node is read by both files from one header: one type.
	node := mustType(t, p, "struct node")
	if mustField(t, node, "next").Type.Elem != node || p.Vars["b.c/reset#last"].Type.Elem != node {
		t.Errorf("struct node is not shared across files")
	}
}

func TestLoadConflictingDefinitions(t *testing.T) {
	_, errs := Load(Config{Files: []string{"../testdata/types/conflict/x.c", "../testdata/types/conflict/y.c"}})
	var conflict, clash *diag.Diagnostic
	for i := range errs {
		switch errs[i].Code {
		case codeConflict:
			conflict = &errs[i]
		case codeVarClash:
			clash = &errs[i]
		}
	}
	if conflict == nil || clash == nil {
		t.Fatalf("want a type conflict and a variable clash, got:\n%v", errs.Error())
	}
	at := func(p diag.Pos, file string, line, col int) bool {
		return strings.HasSuffix(p.File, file) && p.Line == line && p.Col == col
	}
	if !at(conflict.Range.Start, "y.c", 1, 8) || len(conflict.Related) != 1 || !at(conflict.Related[0].Range.Start, "x.c", 1, 8) {
		t.Errorf("conflict not reported at both definitions: %v", conflict)
	}
	if !strings.Contains(conflict.Message, "struct point") {
		t.Errorf("conflict message does not name the type: %s", conflict.Message)
	}
	if !at(clash.Range.Start, "y.c", 5, 12) || !at(clash.Related[0].Range.Start, "x.c", 5, 14) {
		t.Errorf("variable clash positions: %v", clash)
	}
}

func TestLoadBadInput(t *testing.T) {
	cases := []struct {
		file, code, pos, text string
	}{
		{"syntax.h", codeC, "syntax.h:7:2", "expected ';'"},
		{"missing_include.h", codeInclude, "missing_include.h:1:10", "searched testdata/types/bad"},
		{"unknown_type.h", codeUndeclared, "unknown_type.h:3:2", "unknown type name widget_t"},
		{"annot.h", codeAnnotLen, "annot.h:6:6", "did you mean count?"},
		{"annot.h", codeAnnotLen, "annot.h:7:6", "ratio is double, not an integer"},
		{"annot.h", codeAnnotPlace, "annot.h:8:6", "E_SZ"},
		{"annot.h", codeAnnotPlace, "annot.h:9:6", "needs a pointer"},
		{"annot.h", codeAnnotPlace, "annot.h:10:6", "E_T"},
		{"annot.h", codeAnnotPlace, "annot.h:15:7", "@u is not a parameter of struct gen"},
		{"annot.h", codeAnnotPlace, "annot.h:16:13", "takes 1 type argument(s) (@t), but 2 are given"},
		{"annot.h", codeAnnotPlace, "annot.h:17:6", "declared with E_GENERIC, but this is int *"},
		{"annot.h", codeAnnotPlace, "annot.h:21:7", "@t is not a parameter of struct plain"},
	}
	for _, c := range cases {
		path := "../testdata/types/bad/" + c.file
		_, errs := Load(Config{Files: []string{path}})
		found := false
		for _, d := range errs {
			if d.Code == c.code && strings.HasSuffix(d.Range.Start.String(), c.pos) && strings.Contains(d.Message, strings.ReplaceAll(c.text, "testdata/", "../testdata/")) {
				found = true
			}
		}
		if !found {
			t.Errorf("%s: want %s at %s containing %q, got:\n%s", c.file, c.code, c.pos, c.text, errs.Error())
		}
	}
	_, errs := Load(Config{Files: []string{"../testdata/types/bad/annot.h"}})
	if len(errs) != 9 {
		t.Errorf("annot.h: want 9 errors (E_IGNORE on a field is fine), got %d:\n%s", len(errs), errs.Error())
	}
}

func TestLoadConfigErrors(t *testing.T) {
	for _, c := range []struct {
		cfg  Config
		code string
	}{
		{Config{}, codeNoFiles},
		{Config{Files: []string{"../testdata/types/none.h"}}, codeRead},
		{Config{Files: []string{"../testdata/types/basic/v1.h"}, Defines: []string{"1BAD"}}, codeConfig},
		{Config{Files: []string{"../testdata/types/basic/v1.h"}, Std: "c11; rm"}, codeConfig},
	} {
		_, errs := Load(c.cfg)
		if len(errs) == 0 || errs[0].Code != c.code {
			t.Errorf("%+v: want %s, got %v", c.cfg, c.code, errs)
		}
	}
}

func TestLoadDefinesAndIncludes(t *testing.T) {
	p := load(t, "../testdata/types/basic/v1.h")
	if p.Types["struct extra"] != nil {
		t.Fatalf("struct extra without -D")
	}
	p, errs := Load(Config{Files: []string{"../testdata/types/defines/main.h"}, IncludeDirs: []string{"../testdata/types/defines/inc"}, Defines: []string{"WITH_EXTRA", "NSLOTS=6"}, Std: "c11"})
	if len(errs) > 0 {
		t.Fatal(errs.Error())
	}
	ex := mustType(t, p, "struct extra")
	if f := mustField(t, ex, "slots"); f.Type.Len != 6 {
		t.Errorf("NSLOTS=6 gave slots[%d]", f.Type.Len)
	}
	if mustField(t, ex, "v").Type.Name != "c11_only" {
		t.Errorf("--std c11 did not select the C11 branch")
	}
	if p.Types["struct from_inc"] == nil || p.Types["struct from_inc"].System {
		t.Errorf("struct from -I dir missing or marked system")
	}
}
