package compiler

import (
	"fmt"
	"path/filepath"
	"sort"
	"strings"

	"github.com/xfgen-dev/xfgen/diag"
	"github.com/xfgen-dev/xfgen/grammar"
	"github.com/xfgen-dev/xfgen/typesdiff"
)

// StubOptions say how Stubs writes the rules.
type StubOptions struct {
	// Lang is the language of the rules' code: "c" (or "") for the C
	// generator, "go" for the Go generator (xfgen --lang go).
	Lang string
	// Report is the diff of old and new, for its rename candidates; nil:
	// Stubs makes it (a caller that keeps one, the language server,
	// passes it).
	Report *typesdiff.Report
}

// stubsHeader opens the text Stubs returns.
const stubsHeader = "// Rules for what inference cannot do, written by xfgen stubs: replace every TODO."

// maxStubRounds bounds how often Stubs re-checks the spec with its rules
// appended: a rule may uncover another (a renamed field whose type
// changed), and a guessed rename the checker rejects is taken back.
const maxStubRounds = 8

// Stubs returns the .xf text of the rules that spec (nil for none) still
// lacks, in the formatter's layout, ready to be appended to the spec's
// source ("" when nothing is missing): the text starts with the blank
// line the formatter puts between rules, so spec.Src + text is a spec in
// canonical layout when spec.Src was.
//
// The rules are the ones the checker's errors ask for (one per error
// with an append fix); where the diff sees a field or variable removed
// and one added that may be it renamed (typesdiff's rename candidates),
// the stub is the rename, with the INIT it replaces as a comment. Each
// stub has a comment with the old and new declarations, and a TODO
// where a person must decide. Every rule body is valid code: the spec
// with the text appended checks without the errors the stubs are for.
//
// The diagnostics are the errors that remain once the text is appended
// (a mistake in the spec's own rules, say): stubs cannot fix them.
func Stubs(spec *grammar.File, old, new *typesdiff.Program, opts StubOptions) (string, diag.List) {
	switch opts.Lang {
	case "", "c", "go":
	default:
		return "", diag.List{{Severity: diag.Error, Message: fmt.Sprintf("unknown language %q for stubs: use c or go", opts.Lang)}}
	}
	if old == nil {
		old = &typesdiff.Program{}
	}
	if new == nil {
		new = &typesdiff.Program{}
	}
	name, base := "stubs.xf", ""
	if spec != nil {
		name, base = spec.Name, string(spec.Src)
	}
	rep := opts.Report
	if rep == nil {
		rep = typesdiff.Diff(old, new)
	}
	w := &stubWriter{rep: rep, goCode: opts.Lang == "go", byTarget: map[string]*stub{}, rejected: map[string]bool{}}
	var diags diag.List
	for round := 0; ; round++ {
		text := w.text()
		combined := base + blankBefore(base, text) + text
		f, pd := grammar.Parse(name, []byte(combined))
		c := check(f, old, new, 0)
		diags = append(pd, c.diags...)
		changed := w.add(c) || w.takeBack(f, diags, len(base))
		if !changed || round == maxStubRounds {
			break
		}
	}
	var errs diag.List
	for _, d := range diags {
		if d.Severity == diag.Error {
			errs = append(errs, d)
		}
	}
	text := w.text()
	return blankBefore(base, text) + text, errs
}

// blankBefore is what separates src from appended rules in the
// formatter's layout: one blank line.
func blankBefore(src, text string) string {
	switch {
	case text == "" || src == "" || strings.HasSuffix(src, "\n\n"):
		return ""
	case strings.HasSuffix(src, "\n"):
		return "\n"
	}
	return "\n\n"
}

// stub is one rule Stubs writes.
type stub struct {
	m *missingRule
	// rename is set when the stub proposes a rename instead of m: the
	// old path and why the diff guessed it.
	renameFrom, renameWhy string
	oldDecl               decl // the renamed old declaration
}

type stubWriter struct {
	rep      *typesdiff.Report
	goCode   bool // the rules' code is Go
	stubs    []*stub
	byTarget map[string]*stub // by new path
	rejected map[string]bool  // targets whose rename the checker refused
}

// add files the rules the checker found missing, proposing renames the
// diff sees where the checker says the old side is dropped. It reports
// whether it added one.
func (w *stubWriter) add(c *checker) bool {
	added := false
	for _, m := range c.missing {
		if w.byTarget[m.to] != nil {
			continue
		}
		s := &stub{m: m}
		if !w.rejected[m.to] {
			w.guessRename(s, c)
		}
		w.stubs = append(w.stubs, s)
		w.byTarget[m.to] = s
		added = true
	}
	return added
}

// guessRename turns an added field's or variable's INIT into a rename
// when the diff pairs it with an old one the checker drops.
func (w *stubWriter) guessRename(s *stub, c *checker) {
	taken := func(from string) bool {
		for _, o := range w.stubs {
			if o.renameFrom == from {
				return true
			}
		}
		return false
	}
	switch s.m.code {
	case codeAddedField:
		tc := w.rep.Type(s.m.group)
		if tc == nil || tc.Old == nil {
			return
		}
		field := strings.TrimPrefix(s.m.to, s.m.group+".")
		for _, rn := range tc.Renames {
			from := s.m.group + "." + rn.OldName
			if rn.NewName == field && c.dropped[from] && !taken(from) {
				of := tc.Old.Field(rn.OldName)
				s.renameFrom, s.renameWhy, s.oldDecl = from, rn.Why, decl{of.Type, of.Name, of.Pos}
				return
			}
		}
	case codeAddedVar:
		for _, rn := range w.rep.VarRenames {
			if rn.NewKey == s.m.to && c.dropped[rn.OldKey] && !taken(rn.OldKey) {
				ov := c.old.Vars[rn.OldKey]
				s.renameFrom, s.renameWhy, s.oldDecl = rn.OldKey, rn.Why, decl{ov.Type, ov.Name, ov.Pos}
				return
			}
		}
	}
}

// takeBack turns back into INITs the guessed renames that the checker
// reports an error at (their types cannot be migrated by inference), so
// the stubs never add an error of their own. It reports whether it took
// one back.
func (w *stubWriter) takeBack(f *grammar.File, diags diag.List, stubsAt int) bool {
	back := false
	for _, d := range diags {
		if d.Severity != diag.Error || d.Range.Start.File != f.Name || d.Range.Start.Offset < stubsAt {
			continue
		}
		for _, r := range f.Rules {
			if len(r.Labels) == 0 || r.Labels[0] == nil || r.Labels[0].To == nil || !r.Range().Contains(d.Range.Start.Offset) {
				continue
			}
			to := r.Labels[0].To.Range()
			s := w.byTarget[string(f.Src[to.Start.Offset:to.End.Offset])]
			if s != nil && s.renameFrom != "" {
				s.renameFrom = ""
				w.rejected[s.m.to] = true
				back = true
			}
		}
	}
	return back
}

// text writes the stubs grouped by type (variables last), each group in
// the new header's order, after the header comment; "" when there are
// none.
func (w *stubWriter) text() string {
	if len(w.stubs) == 0 {
		return ""
	}
	ss := append([]*stub(nil), w.stubs...)
	sort.SliceStable(ss, func(i, j int) bool {
		a, b := ss[i].m, ss[j].m
		if (a.group == "") != (b.group == "") {
			return b.group == ""
		}
		if a.group != b.group {
			return a.group < b.group
		}
		pa, pb := a.newDecl.pos, b.newDecl.pos
		if pa.File != pb.File {
			return pa.File < pb.File
		}
		return pa.Offset < pb.Offset
	})
	var b strings.Builder
	b.WriteString(stubsHeader + "\n")
	group := "\x00"
	for _, s := range ss {
		if s.m.group != group {
			group = s.m.group
			title := group
			if title == "" {
				title = "variables"
			}
			fmt.Fprintf(&b, "\n// ---- %s ----\n", title)
		}
		b.WriteString("\n")
		s.write(&b, w.goCode)
	}
	out, errs := grammar.FormatSource("stubs.xf", []byte(b.String()))
	if errs.HasErrors() {
		// A path the grammar cannot read: give the text as written, so
		// the checker's diagnostics point at it.
		return b.String()
	}
	return string(out)
}

// write writes one stub: what changed, the rule, and the rule it stands
// for when it is a guessed rename.
func (s *stub) write(b *strings.Builder, goCode bool) {
	m := s.m
	if goCode {
		g := *m
		g.body = goBody(m)
		m = &g
	}
	fmt.Fprintf(b, "// %s: %s [%s]\n", m.to, stubWhat[m.code], m.code)
	oldDecl := m.oldDecl
	if s.renameFrom != "" {
		oldDecl = s.oldDecl
	}
	if oldDecl.typ != nil {
		fmt.Fprintf(b, "//   old: %s\n", declLine(oldDecl))
	}
	if m.newDecl.typ != nil {
		fmt.Fprintf(b, "//   new: %s\n", declLine(m.newDecl))
	}
	if s.renameFrom != "" {
		fmt.Fprintf(b, "// TODO: a guess, %s renamed (%s). If it is not, write instead:\n", s.renameFrom, s.renameWhy)
		fmt.Fprintf(b, "//   %s\n", m.text())
		fmt.Fprintf(b, "%s -> %s\n", s.renameFrom, m.to)
		return
	}
	label := "INIT " + m.to
	if m.from != "" {
		label = m.from + " -> " + m.to
	}
	fmt.Fprintf(b, "%s: {\n  %s\n}\n", label, todoBody(m.body))
}

// todoBody marks in body what a person must write: the checker's hint
// (its last comment) becomes a TODO, or a value body gets one.
func todoBody(body string) string {
	if i := strings.LastIndex(body, "/* "); i >= 0 {
		return body[:i+3] + "TODO: " + body[i+3:]
	}
	return body + " /* TODO: its value */"
}

// declLine is a declaration for a stub's comment: "int fd (old.h:7)";
// an enum with its enumerators, "enum mode { M_OFF = 0, M_ON = 1 }".
func declLine(d decl) string {
	text := typesdiff.Declaration(d.typ, d.name)
	if d.typ.Kind == typesdiff.Enum {
		var es []string
		for _, e := range d.typ.Enumerators {
			es = append(es, fmt.Sprintf("%s = %d", e.Name, e.Value))
		}
		text = d.typ.Spelling() + " { " + strings.Join(es, ", ") + " }"
	}
	if !d.pos.IsValid() {
		return text
	}
	return fmt.Sprintf("%s (%s:%d)", text, filepath.Base(d.pos.File), d.pos.Line)
}

// stubWhat says in a few words what a stub's code found. It has an
// entry for every code ruleNeeded marks.
var stubWhat = map[string]string{
	codeAddedVar:     "a new variable",
	codeAddedField:   "a new field",
	codeNarrowing:    "a number narrowed or of another signedness",
	codeKindChange:   "a change of kind inference cannot follow",
	codeUnionChanged: "a union inference cannot copy",
	codeEnumMissing:  "old enumerators the new enum lacks",
	codeArrayShrunk:  "an array that shrinks",
	codeGeneric:      "an annotation inference cannot follow",
	codeFlexible:     "a changed struct ending in a flexible array member",
	codeUnsized:      "an array declared without a size",
}

// goBody is the body of m's rule in Go, for the Go generator: what the
// checker's C body says, in Go's spelling.
func goBody(m *missingRule) string {
	body := m.body
	switch {
	case body == "$out = 0;":
		if t := m.newDecl.typ; t != nil && t.Underlying() != nil && t.Underlying().Kind == typesdiff.Pointer {
			return "$out = nil"
		}
		return "$out = 0"
	case strings.HasPrefix(body, "$out = $in;"):
		// A number narrowed or re-signed: Go converts explicitly.
		rest := strings.TrimSpace(strings.TrimPrefix(body, "$out = $in;"))
		if t := m.newDecl.typ; t != nil {
			return strings.TrimSpace(fmt.Sprintf("$out = $newtype(%s)($in) %s", typesdiff.Declaration(t, ""), rest))
		}
		return "/* convert $in to $out's type */"
	case strings.HasPrefix(body, "switch ((int)$in) {"):
		// An enum that lost enumerators: Go's switch needs no break.
		body = strings.Replace(body, "switch ((int)$in) {", "switch $in {", 1)
		return strings.ReplaceAll(body, "; break; /*", "; /*")
	case strings.HasPrefix(body, "memcpy(&$out, &$in,"):
		// A changed union: its bytes, as many as both have.
		return "copy(unsafe.Slice((*byte)(unsafe.Pointer(&$out)), unsafe.Sizeof($out)), unsafe.Slice((*byte)(unsafe.Pointer(&$in)), unsafe.Sizeof($in))) " + body[strings.LastIndex(body, "/*"):]
	case strings.HasPrefix(body, "memcpy("):
		return "/* copy the elements of $in into $out: the size is not in the type */"
	}
	return body // a comment, which is Go too
}
