package lsp

import (
	"context"
	"regexp"
	"sort"
	"strings"

	"github.com/xfgen-dev/xfgen/compiler"
	"github.com/xfgen-dev/xfgen/grammar"
	"github.com/xfgen-dev/xfgen/typesdiff"
	"go.lsp.dev/protocol"
)

var (
	reFormName   = regexp.MustCompile(`\$(\w*)$`)
	reFormType   = regexp.MustCompile(`\$(newtype|oldtype|xform)\(([^()]*)$`)
	reFormMember = regexp.MustCompile(`\$(in|out|base|oldsym|newsym)(\(\s*[\w./#@$]+\s*\))?((?:\s*(?:->|\.)\s*\w+)*)\s*(->|\.)\s*(\w*)$`)
	reChainPart  = regexp.MustCompile(`(->|\.)\s*(\w+)`)
	reTypeHead   = regexp.MustCompile(`(?:^|[\s,>])(struct|union|enum|typedef)\s+(\w*)$`)
	reTypeField  = regexp.MustCompile(`(?:^|[\s,>])(struct|union|enum|typedef)\s+(\w+)((?:\.\w+)*)\.(\w*)$`)
	reVarStart   = regexp.MustCompile(`(?:^|->|INIT|,)\s*([\w./#@$]*)$`)
)

func completion(ctx context.Context, sn *snapshot, params []byte) (any, error) {
	var p protocol.CompletionParams
	if err := decode(params, &p); err != nil {
		return nil, err
	}
	d, err := sn.doc(string(p.TextDocument.URI))
	if err != nil {
		return nil, err
	}
	off := d.lines.offset(p.Position)
	old, new := d.programs()
	var items []protocol.CompletionItem
	if blk, ru := codeAt(d.spec, off); blk != nil {
		var lb *grammar.Label
		if ru != nil && len(ru.Labels) > 0 {
			lb = ru.Labels[0]
		}
		before := string(d.text[blk.TextStart().Offset:off])
		if d.an.goMode() {
			items = goCodeCompletion(before, lb, ru == nil, old, new, d.an.goNames())
		} else {
			items = codeCompletion(before, lb, ru == nil, old, new)
		}
	} else {
		at := d.lines.position(off) // clamped to the text
		line := d.lines.lineText(int(at.Line))
		col := off - d.lines.starts[at.Line]
		items = pathCompletion(string(line[:min(col, len(line))]), old, new)
	}
	if items == nil {
		items = []protocol.CompletionItem{}
	}
	return &protocol.CompletionList{Items: items}, nil
}

// codeAt is the code block holding off, and its rule (nil for the
// preamble). An unclosed block reaches the end of the text.
func codeAt(spec *grammar.File, off int) (*grammar.CodeBlock, *grammar.Rule) {
	in := func(b *grammar.CodeBlock) bool {
		return b != nil && b.Range().Start.Offset < off && (off < b.Range().End.Offset || b.Range().End.Offset <= b.Range().Start.Offset)
	}
	if spec == nil {
		return nil, nil
	}
	if in(spec.Preamble) {
		return spec.Preamble, nil
	}
	for _, ru := range spec.Rules {
		if in(ru.Code) {
			return ru.Code, ru
		}
	}
	return nil, nil
}

// codeCompletion completes inside a code block: $ forms, type names in
// $newtype( and friends, and members after $in->, $out., $base->, ...
func codeCompletion(before string, lb *grammar.Label, preamble bool, old, new *programs) []protocol.CompletionItem {
	if m := reFormMember.FindStringSubmatch(before); m != nil {
		kind := map[string]grammar.FormKind{"in": grammar.FormIn, "out": grammar.FormOut, "base": grammar.FormBase, "oldsym": grammar.FormOldSym, "newsym": grammar.FormNewSym}[m[1]]
		f := &grammar.Form{Kind: kind}
		if m[2] != "" {
			f.Args = []*grammar.Arg{{Text: strings.TrimSpace(strings.Trim(m[2], "()"))}}
		}
		t, _ := formType(f, lb, old, new)
		var chain []member
		for _, c := range reChainPart.FindAllStringSubmatch(m[3], -1) {
			chain = append(chain, member{name: c[2], arrow: c[1] == "->"})
		}
		t, _ = memberTypeOrSelf(t, chain)
		return fieldItems(t, m[4] == "->")
	}
	if m := reFormType.FindStringSubmatch(before); m != nil {
		pr := new
		if m[1] == "oldtype" || m[1] == "xform" && !strings.Contains(m[2], ",") {
			pr = old
		}
		return typeItems(pr, "")
	}
	if reFormName.MatchString(before) {
		var items []protocol.CompletionItem
		for k, name := range grammar.FormNames {
			if preamble && k != grammar.FormOldType && k != grammar.FormNewType {
				continue
			}
			if lb != nil && lb.Kind == grammar.Init && k == grammar.FormIn {
				continue
			}
			label := name
			switch k {
			case grammar.FormOldSym, grammar.FormNewSym, grammar.FormOldType, grammar.FormNewType, grammar.FormGen:
				label += "()"
			case grammar.FormXform:
				label += "(, )"
			}
			items = append(items, protocol.CompletionItem{Label: name, Kind: protocol.CompletionItemKindFunction, Detail: protocol.NewOptional("$" + label), InsertText: protocol.NewOptional(name)})
		}
		sort.Slice(items, func(i, j int) bool { return items[i].Label < items[j].Label })
		return items
	}
	return nil
}

func memberTypeOrSelf(t *typesdiff.Type, chain []member) (*typesdiff.Type, bool) {
	if len(chain) == 0 {
		return t, true
	}
	mt, f := memberType(t, chain)
	return mt, f != nil
}

// fieldItems lists the members of t (through a pointer for ->).
func fieldItems(t *typesdiff.Type, arrow bool) []protocol.CompletionItem {
	if t == nil {
		return nil
	}
	u := t.Underlying()
	if arrow {
		if u.Kind != typesdiff.Pointer && u.Kind != typesdiff.Array || u.Elem == nil {
			return nil
		}
		u = u.Elem.Underlying()
	}
	if u == nil || u.Kind != typesdiff.Struct && u.Kind != typesdiff.Union {
		return nil
	}
	var items []protocol.CompletionItem
	for _, name := range compiler.FieldNames(u) {
		f := compiler.FindField(u, name)
		items = append(items, protocol.CompletionItem{Label: name, Kind: protocol.CompletionItemKindField, Detail: protocol.NewOptional(typesdiff.Declaration(f.Type, name))})
	}
	return items
}

// typeItems lists the types of a version, of one keyword ("" for all).
func typeItems(pr *programs, keyword string) []protocol.CompletionItem {
	if pr == nil {
		return nil
	}
	var items []protocol.CompletionItem
	for name, t := range pr.p.Types {
		if t.System && keyword == "" {
			continue
		}
		label, ok := typeLabel(name, t, keyword)
		if !ok {
			continue
		}
		kind := protocol.CompletionItemKindStruct
		if t.Kind == typesdiff.Enum {
			kind = protocol.CompletionItemKindEnum
		}
		items = append(items, protocol.CompletionItem{Label: label, Kind: kind, Detail: protocol.NewOptional(pr.version + " " + name)})
	}
	sort.Slice(items, func(i, j int) bool { return items[i].Label < items[j].Label })
	return items
}

// typeLabel is how a type is completed after keyword: the bare name
// after "struct " for a struct, the full spelling with no keyword.
func typeLabel(name string, t *typesdiff.Type, keyword string) (string, bool) {
	switch keyword {
	case "":
		return name, true
	case "typedef":
		return name, t.Kind == typesdiff.Typedef
	}
	rest, ok := strings.CutPrefix(name, keyword+" ")
	return rest, ok
}

// pathCompletion completes rule paths: type names after a keyword,
// fields after '.', and variable keys, of the old version on the FROM
// side and the new one after '->' or INIT.
func pathCompletion(line string, old, new *programs) []protocol.CompletionItem {
	pr := old
	if strings.Contains(line, "->") || strings.HasPrefix(strings.TrimSpace(line), "INIT") {
		pr = new
	}
	if pr == nil {
		return keywordItems()
	}
	if m := reTypeField.FindStringSubmatch(line); m != nil {
		name := m[2]
		if m[1] != "typedef" {
			name = m[1] + " " + name
		}
		t := pr.p.Types[name]
		if t == nil {
			return nil
		}
		var chain []member
		for _, f := range strings.Split(strings.TrimPrefix(m[3], "."), ".") {
			if f != "" {
				chain = append(chain, member{name: f})
			}
		}
		t, ok := memberTypeOrSelf(t, chain)
		if !ok {
			return nil
		}
		return fieldItems(t, false)
	}
	if m := reTypeHead.FindStringSubmatch(line); m != nil {
		return typeItems(pr, m[1])
	}
	if reVarStart.MatchString(line) {
		items := keywordItems()
		for key, v := range pr.p.Vars {
			items = append(items, protocol.CompletionItem{Label: key, Kind: protocol.CompletionItemKindVariable, Detail: protocol.NewOptional(pr.version + ": " + typesdiff.Declaration(v.Type, v.Name))})
		}
		sort.Slice(items, func(i, j int) bool { return items[i].Label < items[j].Label })
		return items
	}
	return nil
}

func keywordItems() []protocol.CompletionItem {
	var items []protocol.CompletionItem
	for _, k := range []string{"INIT", "struct", "union", "enum", "typedef"} {
		items = append(items, protocol.CompletionItem{Label: k, Kind: protocol.CompletionItemKindKeyword})
	}
	return items
}
