// Package grammar reads .xf transformation specs into an AST that keeps
// the exact position of every path element, label, code block and `$`
// form, and prints specs back in their canonical layout.
//
// The AST is the only view of a spec that the checker, the generators
// and the language server have.
package grammar

import "github.com/xfgen-dev/xfgen/diag"

// File is one parsed spec. After syntax errors it still holds every
// rule that could be read.
type File struct {
	Name     string
	Src      []byte     // the text the AST was read from, which it shares: never change it
	Lines    *Lines     // the line index of Src, which the spans refer to
	Preamble *CodeBlock // nil when the file has none
	Rules    []*Rule
	Comments []*Comment // comments outside code blocks, in source order
}

// Rule is a label alone, or a list of labels sharing one code block.
type Rule struct {
	Labels []*Label
	Code   *CodeBlock // nil for a rule without code
	Colon  Span       // the ':' before the block; zero without code
	Span   Span       // from the first label to the end of the rule
}

// LabelKind tells a mapping from an initialisation.
type LabelKind int

const (
	Map  LabelKind = iota // FROM -> TO
	Init                  // INIT TO
)

// Label is `FROM -> TO` or `INIT TO`.
type Label struct {
	Kind LabelKind
	From *Path // nil for Init
	To   *Path // nil only after a syntax error
	Op   Span  // the '->' or the 'INIT' keyword
	Span Span
}

// PathKind tells a variable path from a type path.
type PathKind int

const (
	VarPath  PathKind = iota // name, file.c/name, file.c/func#name, func#name
	TypePath                 // struct T, union T, enum T, typedef T, then .field...
)

// Path names a variable or a type, and optionally fields inside it.
type Path struct {
	Kind PathKind

	// For VarPath: the key as written, and its parts. File and Func are
	// empty when absent; each part has its own range for hover and
	// go-to-definition.
	Key  string
	File *Ident // "main.c" in main.c/f#x
	Func *Ident // "f" in main.c/f#x and f#x
	Name *Ident // "x"

	// For TypePath: the keyword (struct, union, enum, typedef) and the
	// type's name. Name above holds the type's name too.
	Keyword *Ident

	// Fields follow a type head: struct T.f.g has Fields [f, g].
	Fields []*Ident

	Span Span
}

// TypeName is the head of a type path as C spells it ("struct conn",
// "conn_t" for typedef conn_t), or "" for a variable path.
func (p *Path) TypeName() string {
	if p.Kind != TypePath || p.Name == nil {
		return ""
	}
	if p.Keyword != nil && p.Keyword.Name == "typedef" {
		return p.Name.Name
	}
	kw := ""
	if p.Keyword != nil {
		kw = p.Keyword.Name + " "
	}
	return kw + p.Name.Name
}

// Ident is one name with its range.
type Ident struct {
	Name string
	Span Span
}

// CodeBlock is host code between a brace and its matching brace.
type CodeBlock struct {
	Text  string  // the code between the braces, byte for byte
	Span  Span    // from '{' through '}'
	Forms []*Form // the `$` forms inside, in order
}

// TextStart is the position of the first byte of Text.
func (c *CodeBlock) TextStart() diag.Pos {
	p := c.Range().Start
	p.Offset++
	p.Col++
	return p
}

// FormKind names a `$` form.
type FormKind int

const (
	FormIn      FormKind = iota // $in
	FormOut                     // $out
	FormBase                    // $base
	FormOldSym                  // $oldsym(key)
	FormNewSym                  // $newsym(key)
	FormOldType                 // $oldtype(T)
	FormNewType                 // $newtype(T)
	FormXform                   // $xform(T0, T1)
	FormGen                     // $gen(name)
)

// FormNames maps each form to its spelling without the '$'.
var FormNames = map[FormKind]string{
	FormIn: "in", FormOut: "out", FormBase: "base",
	FormOldSym: "oldsym", FormNewSym: "newsym",
	FormOldType: "oldtype", FormNewType: "newtype",
	FormXform: "xform", FormGen: "gen",
}

func (k FormKind) String() string { return "$" + FormNames[k] }

// Form is one `$` form inside a code block.
type Form struct {
	Kind FormKind
	Span Span   // the whole form, "$oldsym(c_size)"
	Args []*Arg // arguments of the forms that take them
}

// Arg is one argument of a `$` form, trimmed of surrounding space.
type Arg struct {
	Text string
	Span Span
}

// Comment is a `//` or `/* */` comment outside code blocks.
type Comment struct {
	Text string // including the comment markers
	Span Span
}

// Range is where the node lies, in lines and columns.
func (r *Rule) Range() diag.Range      { return r.Span.Range() }
func (l *Label) Range() diag.Range     { return l.Span.Range() }
func (p *Path) Range() diag.Range      { return p.Span.Range() }
func (id *Ident) Range() diag.Range    { return id.Span.Range() }
func (c *CodeBlock) Range() diag.Range { return c.Span.Range() }
func (f *Form) Range() diag.Range      { return f.Span.Range() }
func (a *Arg) Range() diag.Range       { return a.Span.Range() }
func (c *Comment) Range() diag.Range   { return c.Span.Range() }
