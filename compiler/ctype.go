package compiler

import (
	"strings"

	"github.com/xfgen-dev/xfgen/typesdiff"
)

// ctoken is one word or punctuation of a C type written in user code.
type ctoken struct {
	text string
	word bool
	off  int // where it starts in the text
}

// ctokens splits C type syntax ("struct s *", "const foo_t").
func ctokens(s string) []ctoken {
	var out []ctoken
	for i := 0; i < len(s); {
		ch := s[i]
		switch {
		case ch == ' ' || ch == '\t' || ch == '\n' || ch == '\r':
			i++
		case isIdentByte(ch):
			j := i
			for j < len(s) && isIdentByte(s[j]) {
				j++
			}
			out = append(out, ctoken{s[i:j], true, i})
			i = j
		default:
			out = append(out, ctoken{s[i : i+1], false, i})
			i++
		}
	}
	return out
}

func isIdentByte(b byte) bool {
	return b == '_' || b >= 'a' && b <= 'z' || b >= 'A' && b <= 'Z' || b >= '0' && b <= '9'
}

var basicWords = map[string]bool{
	"void": true, "char": true, "short": true, "int": true, "long": true, "float": true,
	"double": true, "signed": true, "unsigned": true, "_Bool": true, "const": true,
	"volatile": true, "restrict": true, "_Complex": true,
}

// parseCType resolves C type syntax against a version: the named type
// at its head (nil for a basic type such as `int`), wrapped in one
// pointer per `*`. The name is the head as written, for messages; ok is
// false when the head names a type the version lacks.
func parseCType(p *typesdiff.Program, s string) (t *typesdiff.Type, name string) {
	toks := ctokens(s)
	var head *typesdiff.Type
	basic := ""
	stars := 0
	for i := 0; i < len(toks); i++ {
		tk := toks[i]
		switch {
		case tk.text == "*":
			stars++
		case tk.text == "struct" || tk.text == "union" || tk.text == "enum":
			if i+1 < len(toks) && toks[i+1].word {
				name = tk.text + " " + toks[i+1].text
				head = p.Types[name]
				i++
				if head == nil {
					return nil, name
				}
			} else {
				return nil, s
			}
		case tk.word && basicWords[tk.text]:
			if tk.text != "const" && tk.text != "volatile" && tk.text != "restrict" {
				basic = strings.TrimSpace(basic + " " + tk.text)
			}
		case tk.word:
			name = tk.text
			head = p.Types[name]
			if head == nil {
				return nil, name
			}
		default:
			return nil, s
		}
	}
	if head == nil {
		if basic == "" {
			return nil, s
		}
		head = basicType(basic)
		name = basic
	}
	for ; stars > 0; stars-- {
		head = &typesdiff.Type{Kind: typesdiff.Pointer, Size: 8, Align: 8, Elem: head}
	}
	return head, name
}

// basicType builds the model of a basic C type named in user code.
func basicType(name string) *typesdiff.Type {
	t := &typesdiff.Type{Name: name, Kind: typesdiff.Int, Signed: !strings.Contains(name, "unsigned")}
	switch {
	case name == "void":
		t.Kind = typesdiff.Void
	case strings.Contains(name, "double") || strings.Contains(name, "float"):
		t.Kind = typesdiff.Float
		t.Size = 8
		if name == "float" {
			t.Size = 4
		}
	case strings.Contains(name, "char"):
		t.Size = 1
	case strings.Contains(name, "short"):
		t.Size = 2
	case strings.Contains(name, "long"):
		t.Size = 8
	case name == "_Bool":
		t.Size = 1
	default:
		t.Size = 4
	}
	t.Align = t.Size
	return t
}

// typeNamesIn finds the names of p's types in C type syntax, so that a
// generator can spell them as it names the types.
func typeNamesIn(p *typesdiff.Program, s string) []TypeName {
	toks := ctokens(s)
	var out []TypeName
	for i := 0; i < len(toks); i++ {
		tk := toks[i]
		switch {
		case (tk.text == "struct" || tk.text == "union" || tk.text == "enum") && i+1 < len(toks):
			next := toks[i+1]
			if t := p.Types[tk.text+" "+next.text]; t != nil {
				out = append(out, TypeName{Start: tk.off, End: next.off + len(next.text), Type: t})
				i++
			}
		case tk.word && !basicWords[tk.text]:
			if t := p.Types[tk.text]; t != nil {
				out = append(out, TypeName{Start: tk.off, End: tk.off + len(tk.text), Type: t})
			}
		}
	}
	return out
}
