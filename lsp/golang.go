package lsp

import (
	"fmt"
	"regexp"
	"strings"

	"github.com/xfgen-dev/xfgen/compiler/gogen"
	"github.com/xfgen-dev/xfgen/grammar"
	"github.com/xfgen-dev/xfgen/typesdiff"
	"go.lsp.dev/protocol"
)

// With lang = "go" (xfgen.toml or the client's settings), code blocks
// are Go: members are reached with '.' (through a pointer too) by the
// names the Go generator gives them, hover shows the Go types, and the
// compile check after a pause in typing builds the generated Go
// (scheduleCC).

// goMode says whether the spec's code blocks are Go.
func (a *analysis) goMode() bool { return a != nil && a.opts.Lang == "go" }

// goNames are the Go generator's names of the analysis's programs,
// made on first use.
func (a *analysis) goNames() *gogen.Names {
	if a == nil || a.res == nil || a.res.Old == nil || a.res.New == nil {
		return nil
	}
	a.namesOnce.Do(func() { a.names = gogen.NewNames(a.res.Old, a.res.New) })
	return a.names
}

var reGoMember = regexp.MustCompile(`\$(in|out|base|oldsym|newsym)(\(\s*[\w./#@$]+\s*\))?((?:\s*\.\s*\w+)*)\s*\.\s*(\w*)$`)

// goCodeCompletion completes members in a Go code block; the rest
// ($ forms, type names in C syntax) is as in C.
func goCodeCompletion(before string, lb *grammar.Label, preamble bool, old, new *programs, names *gogen.Names) []protocol.CompletionItem {
	m := reGoMember.FindStringSubmatch(before)
	if m == nil || names == nil {
		return codeCompletion(before, lb, preamble, old, new)
	}
	kind := map[string]grammar.FormKind{"in": grammar.FormIn, "out": grammar.FormOut, "base": grammar.FormBase, "oldsym": grammar.FormOldSym, "newsym": grammar.FormNewSym}[m[1]]
	f := &grammar.Form{Kind: kind}
	if m[2] != "" {
		f.Args = []*grammar.Arg{{Text: strings.TrimSpace(strings.Trim(m[2], "()"))}}
	}
	t, pr := formType(f, lb, old, new)
	if t == nil {
		return nil
	}
	var chain []string
	for _, c := range reChainPart.FindAllStringSubmatch(m[3], -1) {
		chain = append(chain, c[2])
	}
	t, _ = goMemberType(names, t, chain, pr.version == "old")
	if t == nil {
		return nil
	}
	var items []protocol.CompletionItem
	for _, mb := range names.Members(goDeref(t), pr.version == "old") {
		label, insert := mb.Name, mb.Name
		if mb.Method {
			label += "()"
			insert += "()"
		}
		items = append(items, protocol.CompletionItem{Label: label, Kind: protocol.CompletionItemKindField,
			Detail: protocol.NewOptional(mb.Type), InsertText: protocol.NewOptional(insert)})
	}
	return items
}

// goDeref is the struct or union a Go selector on a value of type t
// reaches: Go steps through one pointer by itself.
func goDeref(t *typesdiff.Type) *typesdiff.Type {
	u := t.Underlying()
	if u != nil && u.Kind == typesdiff.Pointer && u.Elem != nil {
		return u.Elem.Underlying()
	}
	return u
}

// goMemberType follows a chain of Go field names from t; nil when one
// is no field Go reaches.
func goMemberType(names *gogen.Names, t *typesdiff.Type, chain []string, old bool) (*typesdiff.Type, *gogen.Member) {
	var found *gogen.Member
	for _, name := range chain {
		if t == nil {
			return nil, nil
		}
		found = nil
		for _, mb := range names.Members(goDeref(t), old) {
			if mb.Name == name && !mb.Method {
				found = &mb
				break
			}
		}
		if found == nil {
			return nil, nil
		}
		t = found.Field.Type
	}
	return t, found
}

// goHoverForm is hoverForm with the Go type of a value form.
func goHoverForm(e *element, old, new *programs, names *gogen.Names) string {
	text := hoverForm(e, old, new)
	switch e.form.Kind {
	case grammar.FormIn, grammar.FormOut, grammar.FormBase, grammar.FormOldSym, grammar.FormNewSym:
		if t, pr := formType(e.form, e.label, old, new); t != nil && names != nil {
			text += fmt.Sprintf("\n```go\n%s %s\n```", e.form.Kind, names.Type(t, pr.version == "old"))
		}
	case grammar.FormOldType, grammar.FormNewType:
		pr, isOld := new, e.form.Kind == grammar.FormOldType
		if isOld {
			pr = old
		}
		if pr != nil && len(e.form.Args) > 0 && names != nil {
			if t := cType(pr.p, e.form.Args[0].Text); t != nil {
				text += fmt.Sprintf("\n```go\n%s\n```", names.Type(t, isOld))
			}
		}
	}
	return text
}

// goHoverMember shows the Go member a chain after a form names.
func goHoverMember(e *element, old, new *programs, names *gogen.Names) string {
	t, pr := formType(e.form, e.label, old, new)
	if t == nil || names == nil {
		return ""
	}
	var chain []string
	for _, m := range e.members {
		chain = append(chain, m.name)
	}
	_, mb := goMemberType(names, t, chain, pr.version == "old")
	if mb == nil {
		return ""
	}
	return fmt.Sprintf("```go\n%s %s\n```\nmember of %s (C: %s)", mb.Name, mb.Type, e.form.Kind, typesdiff.Declaration(mb.Field.Type, mb.Field.Name)) + declaredAt(mb.Field.Pos)
}
