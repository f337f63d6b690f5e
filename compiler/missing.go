package compiler

import (
	"strings"

	"github.com/xfgen-dev/xfgen/diag"
	"github.com/xfgen-dev/xfgen/typesdiff"
)

// missingRule is a rule the spec lacks for something inference cannot
// do. The checker records one wherever it reports such an error: the
// diagnostic's fix appends its text, and Stubs writes it for the user.
type missingRule struct {
	code string
	from string // old path; "" for an INIT
	to   string // new path
	body string // the code block's text
	// The declarations the rule is about, for the stub's comment; a nil
	// type is a side that does not exist (an added field).
	oldDecl, newDecl decl
	// group is the type the rule is about ("struct conn"), or "" for a
	// variable.
	group string
}

// decl is one version's declaration of what a rule is about.
type decl struct {
	typ  *typesdiff.Type
	name string
	pos  diag.Pos
}

// text is the rule as a spec writes it.
func (m *missingRule) text() string {
	if m.from == "" {
		return "INIT " + m.to + ": { " + m.body + " }"
	}
	return m.from + " -> " + m.to + ": { " + m.body + " }"
}

// needRule records m and attaches to d the fix that appends it.
func (c *checker) needRule(d *diag.Diagnostic, title string, m *missingRule) {
	c.missing = append(c.missing, m)
	if f, ok := c.appendFix(title, m.text()); ok {
		d.Fixes = []diag.Fix{f}
	}
}

// ruleNeeded classifies the checker's codes for Stubs: true for the
// errors a rule resolves (Stubs writes one for each), false for those it
// cannot (a mistake in the spec or the headers, or a warning). Every code
// of the table is here; the tests hold them to it.
var ruleNeeded = map[string]bool{
	codeUnknownVar: false, codeUnknownType: false, codeUnknownField: false, codeRuleShape: false,
	codeInInInit: false, codeBaseNoField: false, codeUnknownSym: false, codeUnknownFType: false,
	codeXformPrim: false, codeGenOutside: false, codeFormArgs: false, codePreambleForm: false,
	codeDuplicate: false, codeMatchesNone: false, codeRestates: false,
	codeAddedVar: true, codeAddedField: true, codeNarrowing: true, codeKindChange: true,
	codeUnionChanged: true, codeEnumMissing: true, codeArrayShrunk: true, codeGeneric: true,
	codeFlexible: true, codeUnsized: true,
	codeDroppedVar: false, codeDroppedField: false, codeArrayGrown: false,
	// A generic used without E_G is fixed in the header: $xform cannot
	// bind a generic's parameters, so no rule can say it.
	codeUnboundGeneric: false,
	// One old value in several new places is for a person to judge.
	codeCopiedTwice: false,
}

// group is the type a rule at s is about, "" for a variable.
func (s site) group() string {
	if s.isVar {
		return ""
	}
	head, _, _ := strings.Cut(s.newPath(), ".")
	return head
}
