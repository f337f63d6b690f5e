package typesdiff

import (
	"strings"
	"testing"

	"github.com/xfgen-dev/xfgen/diag"
)

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
		{"unfinished.h", codeC, "unfinished.h:3:1", "the file ends in the middle of a declaration"},
		{"self.h", codeInclude, "self.h:2:10", "has no include guard; add #pragma once"},
		{"computed.h", codeInclude, "computed.h:1:10", "cannot tell which file this names"},
		{"invalid_include.h", codeInclude, "invalid_include.h:1:10", "cannot tell which file this names"},
		{"missing_then_star.h", codeInclude, "missing_then_star.h:1:10", "cannot find include file \"../missing/x.h\""},
		{"annot.h", codeAnnotLen, "annot.h:6:6", "did you mean count?"},
		{"annot.h", codeAnnotLen, "annot.h:7:6", "ratio is double, not an integer"},
		{"annot.h", codeAnnotPlace, "annot.h:8:6", "E_SZ"},
		{"annot.h", codeAnnotPlace, "annot.h:9:6", "needs a pointer"},
		{"annot.h", codeAnnotPlace, "annot.h:10:6", "E_T"},
		{"annot.h", codeAnnotPlace, "annot.h:15:7", "@u is not a parameter of struct gen"},
		{"annot.h", codeAnnotPlace, "annot.h:16:13", "takes 1 type argument(s) (@t), but 2 are given"},
		{"annot.h", codeAnnotPlace, "annot.h:17:6", "declared with E_GENERIC, but this is int *"},
		{"annot.h", codeAnnotPlace, "annot.h:21:7", "@t is not a parameter of struct plain"},
		{"annot.h", codeAnnotPlace, "annot.h:25:19", "E_OWNED on field struct own.next: it belongs after the closing brace of a struct or union, whose objects it says are each reached by one pointer at most and never pointed into: struct own { ... } E_OWNED;"},
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
	if len(errs) != 10 {
		t.Errorf("annot.h: want 10 errors (E_IGNORE on a field is fine), got %d:\n%s", len(errs), errs.Error())
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
