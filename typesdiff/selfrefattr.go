package typesdiff

import (
	"bytes"
	"maps"
	"os"
	"regexp"

	"modernc.org/cc/v4"
)

// cc/v4 v4.34.0 empties a struct or union for a member that points to it
// from inside its own definition when the member has an attribute
// between the tag and the '*', or the record has attributes of its own,
// which is where the README writes E_G and E_GENERIC:
//
//	struct list { void E_T(@t) *data; struct list E_G(@t) *next; } E_GENERIC(@t);
//
// The loader works around it in the text cc reads (see moveSelfRefAttrs).
// The report for upstream:
//
//	modernc.org/cc/v4 v4.34.0: a self-referential member with an
//	attribute after the tag points to an empty copy of the struct
//
//	    struct n { void *key; struct n __attribute__((aligned(8))) *left; unsigned long v; };
//	    int f(struct n *p) { return p->left->v; }
//
//	gcc -fsyntax-only accepts this; cc.Translate reports "2:36: ... has
//	no member named v". Without the attribute, or with it after the '*'
//	or after the member name, it is accepted.
//
//	Cause: StructOrUnionSpecifier.check (StructOrUnionSpecifierDef) sets
//	n.typ to a new, still empty StructType and then checks the
//	StructDeclarationList. The member's SpecifierQualifierList.check
//	finds that type through the tag (StructOrUnionSpecifierTag, x.typ !=
//	nil) and, since the list has an attribute, calls mergeAttr, hence
//	StructType.setAttr, which returns a copy (m := *n). The copy is
//	taken before StructDeclarationList.check fills the fields, size and
//	alignment, which it does in the original only, so the member's
//	pointee stays a struct of no fields and size -1. UnionType.setAttr
//	does the same. newPointerType makes the same copy whenever the
//	pointee has attributes, so a record with attributes of its own
//	(struct __attribute__((packed)) n { struct n *next; int v; }, or one
//	with __attribute__((annotate("x"))) after its closing brace) loses
//	its members for every member that points to it. A type reached
//	through a forward declaration is not affected: it has forward set,
//	which the copy keeps. A fix would be for setAttr of a record whose
//	definition is still being checked to return a type that refers to
//	the definition (as forward does), or for StructDeclarationList.check
//	to fill the record in place for every copy.
//
//	Seen on the way: an alignment above a pointer's own, written among
//	a pointer member's specifiers or after its '*' (struct w { char c;
//	struct t __attribute__((aligned(16))) *p; }), is ignored by the
//	layout (p at offset 8, gcc puts it at 16); after the member's name it
//	is applied.
//
// Left as it is: the second case (packed or aligned on a record that
// points to itself), which cc must lay out by those attributes, and the
// alignment of pointer members.

// macroDefRe matches a #define: group 1 is the name, group 2 the first
// identifier of the replacement.
var macroDefRe = regexp.MustCompile(`(?m)^[ \t]*#[ \t]*define[ \t]+([A-Za-z_][A-Za-z0-9_]*)(?:\([^)\n]*\)[ \t]*|[ \t]+)([A-Za-z_][A-Za-z0-9_]*)`)

// attrMacros returns the macros defined in texts whose replacement
// starts with an attribute: __attribute__, or another such macro.
// xfgen's own annotation macros are always in, wherever annotations.h
// was found.
func attrMacros(texts [][]byte) map[string]bool {
	m := map[string]bool{}
	for _, name := range annotNames {
		m[name] = true
	}
	var defs [][2]string // name, first identifier of its replacement
	for _, t := range texts {
		if !bytes.Contains(t, []byte("define")) {
			continue
		}
		for _, g := range macroDefRe.FindAllSubmatch(t, -1) {
			defs = append(defs, [2]string{string(g[1]), string(g[2])})
		}
	}
	for grew := true; grew; {
		grew = false
		for _, d := range defs {
			if !m[d[0]] && (m[d[1]] || isAttributeKeyword(d[1])) {
				m[d[0]] = true
				grew = true
			}
		}
	}
	return m
}

func isAttributeKeyword(s string) bool { return s == "__attribute__" || s == "__attribute" }

// ctoken is a token of the light scan moveSelfRefAttrs makes: an
// identifier, or one punctuation byte, or anything else (a number, a
// string) as one token of kind 0.
type ctoken struct {
	start, end int
	kind       byte // 'a' identifier, a punctuation byte, or 0
}

// scanC splits src into tokens, skipping spaces, comments and
// preprocessor lines.
func scanC(src []byte) []ctoken {
	var toks []ctoken
	lineStart := true
	for i := 0; i < len(src); {
		c := src[i]
		switch {
		case c == '\n':
			lineStart = true
			i++
			continue
		case c == ' ' || c == '\t' || c == '\r' || c == '\f' || c == '\v':
			i++
			continue
		case c == '\\' && i+1 < len(src) && src[i+1] == '\n':
			i += 2
			continue
		case c == '/' && i+1 < len(src) && src[i+1] == '/':
			for i < len(src) && src[i] != '\n' {
				i++
			}
			continue
		case c == '/' && i+1 < len(src) && src[i+1] == '*':
			end := bytes.Index(src[i+2:], []byte("*/"))
			if end < 0 {
				return toks
			}
			i += end + 4
			continue
		case c == '#' && lineStart:
			for i < len(src) && src[i] != '\n' {
				if src[i] == '\\' && i+1 < len(src) && src[i+1] == '\n' {
					i++
				}
				i++
			}
			continue
		}
		lineStart = false
		start := i
		switch {
		case isIdentByte(c) && (c < '0' || c > '9'):
			for i < len(src) && isIdentByte(src[i]) {
				i++
			}
			toks = append(toks, ctoken{start, i, 'a'})
		case c == '"' || c == '\'':
			for i++; i < len(src) && src[i] != c && src[i] != '\n'; i++ {
				if src[i] == '\\' {
					i++
				}
			}
			i++
			toks = append(toks, ctoken{start, min(i, len(src)), 0})
		case c >= '0' && c <= '9':
			for i < len(src) && (isIdentByte(src[i]) || src[i] == '.') {
				i++
			}
			toks = append(toks, ctoken{start, i, 0})
		default:
			i++
			toks = append(toks, ctoken{start, i, c})
		}
	}
	return toks
}

func isIdentByte(c byte) bool {
	return c == '_' || c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9'
}

// moveSelfRefAttrs rewrites what makes cc/v4 empty a record for the
// members that point to it (see the comment at the top of this file),
// in the same number of bytes, so that every other token keeps its line
// and column:
//
//   - attributes between the tag and the '*' of such a member: "struct
//     n ATTR *left" becomes "struct n *ATTR left". The attributes then
//     belong to the first declarator only; moved lists the spans
//     rewritten (the '*' is at their start), so that the loader gives
//     the annotations among them to the other declarators too, at their
//     written place. A span that holds a line break, or where the '*'
//     would touch a name, is left alone;
//   - xfgen's annotation macros after the closing brace of a record
//     that mentions itself inside (E_GENERIC(@t)): they are blanked and
//     returned in hidden, for the loader to read as the record's own.
//     Other attributes of such a record (packed, aligned) cannot be
//     taken away from cc, which lays the record out by them: cc still
//     reads its self-referential members wrong.
//
// out is nil when nothing was rewritten.
func moveSelfRefAttrs(src []byte, macros map[string]bool) (out []byte, moved []movedSpan, hidden []hiddenAnnot) {
	toks := scanC(src)
	text := func(i int) string {
		if i >= len(toks) {
			return ""
		}
		return string(src[toks[i].start:toks[i].end])
	}
	// skipParens returns the index after the parenthesized group at i,
	// or i when there is none.
	skipParens := func(i int) int {
		if i >= len(toks) || toks[i].kind != '(' {
			return i
		}
		for depth := 0; i < len(toks); i++ {
			switch toks[i].kind {
			case '(':
				depth++
			case ')':
				depth--
			}
			if depth == 0 {
				break
			}
		}
		return i + 1
	}
	// skipAttrs returns the index after the attributes starting at i,
	// each a name and maybe its parenthesized arguments.
	skipAttrs := func(i int) int {
		for i < len(toks) && toks[i].kind == 'a' && (macros[text(i)] || isAttributeKeyword(text(i))) {
			i = skipParens(i + 1)
		}
		return i
	}
	edit := func() {
		if out == nil {
			out = bytes.Clone(src)
		}
	}
	type open struct {
		key   string // "struct n"
		tag   int    // the tag's offset
		depth int    // brace depth inside its body
		self  bool   // the body mentions the record
	}
	var defining []open
	depth := 0
	for i := 0; i < len(toks); i++ {
		switch toks[i].kind {
		case '{':
			depth++
			continue
		case '}':
			depth--
			for len(defining) > 0 && defining[len(defining)-1].depth > depth {
				d := defining[len(defining)-1]
				defining = defining[:len(defining)-1]
				if !d.self {
					continue
				}
				for j := i + 1; j < len(toks) && toks[j].kind == 'a'; {
					kind, ok := annotKinds[text(j)]
					if !ok {
						break
					}
					end := skipParens(j + 1)
					h := hiddenAnnot{tag: d.tag, macro: text(j), at: toks[j].start}
					h.kind = kind
					if end > j+1 {
						h.arg = string(bytes.TrimSpace(src[toks[j+1].end:toks[end-1].start]))
					}
					edit()
					for b := toks[j].start; b < toks[end-1].end; b++ {
						if out[b] != '\n' {
							out[b] = ' '
						}
					}
					hidden = append(hidden, h)
					j = end
				}
			}
			continue
		case 'a':
		default:
			continue
		}
		kw := text(i)
		if kw != "struct" && kw != "union" {
			continue
		}
		j := skipAttrs(i + 1)
		if j >= len(toks) || toks[j].kind != 'a' {
			continue
		}
		key := kw + " " + text(j)
		k := j + 1
		if k < len(toks) && toks[k].kind == '{' {
			defining = append(defining, open{key: key, tag: toks[j].start, depth: depth + 1})
			i = j
			continue
		}
		inside := false
		for n := range defining {
			if defining[n].key == key {
				inside, defining[n].self = true, true
			}
		}
		m := skipAttrs(k)
		if !inside || m == k || m >= len(toks) || toks[m].kind != '*' {
			i = j
			continue
		}
		s, e := toks[k].start, toks[m].end
		touches := toks[m].start == toks[m-1].end && toks[m-1].kind == 'a'
		if bytes.IndexByte(src[s:e], '\n') >= 0 || touches {
			i = m
			continue
		}
		edit()
		out[s] = '*'
		copy(out[s+1:e], src[s:e-1])
		moved = append(moved, movedSpan{s, e})
		i = m
	}
	return out, moved, hidden
}

// annotKinds is annotNames the other way: the kind of each macro.
var annotKinds = func() map[string]string {
	m := map[string]string{}
	for k, v := range annotNames {
		m[v] = k
	}
	return m
}()

// hiddenAnnot is an annotation macro that moveSelfRefAttrs blanked
// after the closing brace of the record whose tag is at offset tag.
type hiddenAnnot struct {
	tag         int
	macro, kind string
	arg         string
	at          int // the macro's offset
}

// movedSpan is a span of a file that moveSelfRefAttrs rewrote: the '*'
// now at start was at end-1, the attributes moved one byte right.
type movedSpan struct{ start, end int }

// rewrites is what moveSelfRefAttrs did to one file.
type rewrites struct {
	text   []byte // as written
	moved  []movedSpan
	hidden []hiddenAnnot
}

// workAroundSelfRefAttrs gives cc, through cfg.FS, the user's files of
// the unit file with moveSelfRefAttrs applied, and returns what it did,
// by OverlayKey of the file.
func (ld *loader) workAroundSelfRefAttrs(cfg *cc.Config, file string) map[string]*rewrites {
	over, _ := cfg.FS.(overlayFS)
	var files []string
	for _, f := range ld.preinclude {
		files = append(files, ld.userFiles(f)...)
	}
	files = append(files, ld.userFiles(file)...)
	texts := make([][]byte, len(files))
	for i, f := range files {
		if t, ok := over.over[OverlayKey(f)]; ok {
			texts[i] = t
		} else {
			texts[i], _ = os.ReadFile(f)
		}
	}
	var macros map[string]bool
	var done map[string]*rewrites
	var rewritten map[string][]byte
	for i, f := range files {
		if !bytes.Contains(texts[i], []byte("struct")) && !bytes.Contains(texts[i], []byte("union")) {
			continue
		}
		if macros == nil {
			macros = attrMacros(texts)
		}
		out, moved, hidden := moveSelfRefAttrs(texts[i], macros)
		if out == nil {
			continue
		}
		if rewritten == nil {
			rewritten = maps.Clone(over.over)
			if rewritten == nil {
				rewritten = map[string][]byte{}
			}
			done = map[string]*rewrites{}
		}
		k := OverlayKey(f)
		rewritten[k] = out
		done[k] = &rewrites{texts[i], moved, hidden}
	}
	if rewritten != nil {
		cfg.FS = overlayFS{over: rewritten}
	}
	return done
}
