package compiler

import (
	"regexp"
	"strings"

	"github.com/xfgen-dev/xfgen/diag"
)

// Directives of the preamble (LANGUAGE.md, "Shape of a file"):
//
//	#pragma xfgen own_names new   the new version's types keep their own
//	                              names in the generated file (old: the
//	                              old version's), so helpers written
//	                              against the program's types take $out
//	                              (or $in) without a cast
var (
	pragmaRe     = regexp.MustCompile(`^[ \t]*#[ \t]*pragma[ \t]+xfgen\b(.*)$`)
	mainUpdateRe = regexp.MustCompile(`\b_kitsune_mainupdate_xform[ \t\r\n]*\([^)]*\)[ \t\r\n]*\{`)
)

// isPreambleDirective says whether a line of the preamble is one of
// xfgen's own pragmas, which the generated file leaves out.
func IsPreambleDirective(line string) bool { return pragmaRe.MatchString(line) }

// checkPreamble reads the preamble's directives and whether it defines
// Kitsune's hook _kitsune_mainupdate_xform, which runs after the
// migration.
func (c *checker) checkPreamble() {
	pre := c.spec.Preamble
	if pre == nil {
		return
	}
	c.plan.MainUpdate = mainUpdateRe.MatchString(pre.Text)
	start := pre.TextStart()
	off := 0
	for i, line := range strings.SplitAfter(pre.Text, "\n") {
		lineOff := off
		off += len(line)
		m := pragmaRe.FindStringSubmatch(strings.TrimRight(line, "\r\n"))
		if m == nil {
			continue
		}
		p := diag.Pos{File: start.File, Line: start.Line + i, Col: 1, Offset: start.Offset + lineOff}
		if i == 0 {
			p.Col = start.Col
		}
		r := diag.Range{Start: p, End: diag.Pos{File: p.File, Line: p.Line, Col: p.Col + len(strings.TrimRight(line, "\r\n")), Offset: p.Offset + len(strings.TrimRight(line, "\r\n"))}}
		switch args := strings.Fields(m[1]); {
		case len(args) == 2 && args[0] == "own_names" && (args[1] == "new" || args[1] == "old"):
			if c.plan.OwnNames != "" && c.plan.OwnNames != args[1] {
				c.diags.Errorf(r, codePragma, "only one version's types can keep their own names (both define `struct` tags of the same names); keep one `#pragma xfgen own_names`")
				continue
			}
			c.plan.OwnNames = args[1]
		default:
			c.diags.Errorf(r, codePragma, "unknown xfgen pragma `%s`: the one xfgen reads is `#pragma xfgen own_names new` (or `old`), which gives that version's types their own names in the generated code", strings.TrimSpace(m[1]))
		}
	}
}
