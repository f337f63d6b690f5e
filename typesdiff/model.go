// Package typesdiff loads the C files of one program version into a
// version-neutral model of its types and globals (with the host ABI's
// layout and every source position), and diffs two such models.
//
// The model is the checker's and the generators' only view of C.
package typesdiff

import (
	"sort"

	"github.com/xfgen-dev/xfgen/diag"
)

// Kind classifies a Type.
type Kind int

const (
	Void    Kind = iota
	Int          // every integer kind, char and _Bool included
	Float        // float, double, long double
	Pointer      // Elem is the pointee
	Array        // Elem is the element; Len < 0 for a flexible array member
	Struct       // Fields
	Union        // Fields, all at offset 0
	Enum         // Enumerators; Size and Signed of the underlying integer
	Func         // a function type, met as the pointee of a function pointer
	Typedef      // Elem is the aliased type
)

var kindNames = [...]string{"void", "integer", "floating", "pointer", "array", "struct", "union", "enum", "function", "typedef"}

func (k Kind) String() string { return kindNames[k] }

// Type is one C type. Named types (tagged structs, unions and enums, and
// typedefs) are shared: every use points at the same *Type, so a
// self-referential struct is a cycle of pointers.
type Type struct {
	Kind Kind
	// Name is the tag of a struct, union or enum ("conn" for struct
	// conn; "" when anonymous), the name of a typedef, or the C spelling
	// of a basic type ("unsigned long", "double", "void").
	Name   string
	Size   int64
	Align  int64
	Signed bool // Int and Enum

	Elem   *Type // Pointer, Array, Typedef; the result type of Func
	Len    int64 // Array: number of elements, -1 when flexible
	Params []*Type
	// Variadic marks a Func taking "...".
	Variadic bool

	Fields      []*Field      // Struct, Union, in declaration order
	Enumerators []*Enumerator // Enum, in declaration order

	// Incomplete marks a struct or union declared but never defined.
	Incomplete bool
	// Packed and Aligned record layout attributes the generator must
	// repeat when it emits the type (Aligned 0: none given).
	Packed  bool
	Aligned int64
	// Pack is the maximum member alignment a #pragma pack(N) in effect
	// imposed on a struct (0: none that changed its layout); emit it
	// as #pragma pack(push, N) ... #pragma pack(pop).
	Pack int64

	// System marks a type defined in a system header: it is the same in
	// both versions and the generated code names it as the header does.
	System bool
	// Header is the system header that defines a System type, as it
	// would be included ("pthread.h", "sys/socket.h").
	Header string

	Annot Annotations
	Pos   diag.Pos // where it is defined (the tag or typedef name)
}

// Spelling is the type's name as C writes it: "struct conn",
// "union u", "enum e", a typedef name, or a basic type; "" for anonymous
// and derived types.
func (t *Type) Spelling() string {
	switch t.Kind {
	case Struct, Union, Enum:
		if t.Name == "" {
			return ""
		}
		return [...]string{Struct: "struct ", Union: "union ", Enum: "enum "}[t.Kind] + t.Name
	case Pointer, Array, Func:
		return ""
	}
	return t.Name
}

// SystemNamed reports whether t comes from a system header and is named
// there, so generated code uses it by its own name. An anonymous type
// has no name to use and is emitted like the program's own.
func (t *Type) SystemNamed() bool { return t != nil && t.System && t.Spelling() != "" }

// IsRecord reports whether t is a struct or union, through typedefs.
func (t *Type) IsRecord() bool {
	u := t.Underlying()
	return u != nil && (u.Kind == Struct || u.Kind == Union)
}

// Underlying follows typedefs to the type they name.
func (t *Type) Underlying() *Type {
	for t != nil && t.Kind == Typedef {
		t = t.Elem
	}
	return t
}

// Field returns the field called name, or nil.
func (t *Type) Field(name string) *Field {
	for _, f := range t.Fields {
		if f.Name == name {
			return f
		}
	}
	return nil
}

// Field is one member of a struct or union.
type Field struct {
	Name     string // "" for an anonymous struct or union member
	Type     *Type
	Offset   int64 // bytes from the start of the enclosing type
	BitWidth int   // > 0 for a bitfield
	BitOff   int   // bitfield: bit offset inside the storage unit at Offset
	// Aligned is the alignment the field was given beyond its type's
	// (an aligned attribute or _Alignas), as its offset shows; 0: none.
	Aligned int64
	Annot   Annotations
	Pos     diag.Pos
}

// Enumerator is one constant of an enum.
type Enumerator struct {
	Name  string
	Value int64
	Pos   diag.Pos
}

// Length is the element count of an annotated pointer: a constant, or
// the name of a sibling field that holds it.
type Length struct {
	Const int64
	Field string // non-empty: the count is this sibling field
}

// Annotations are what the headers' E_* macros say about a type, field
// or variable (LANGUAGE.md, "Annotations in the headers").
type Annotations struct {
	PtrArray *Length  // E_PTRARRAY(n) or E_ARRAY(n)
	String   bool     // E_SZ: a NUL-terminated char *
	NTArray  bool     // E_NTARRAY: an array ended by a zero element
	Opaque   bool     // E_OPAQUE: copy as bytes, never look inside
	Ignore   bool     // E_IGNORE: leave the new field zero
	Owned    bool     // E_OWNED on a struct or union: each object is reached by one pointer, none into it
	Generic  []string // E_GENERIC(@t, ...) on a type: its parameters
	T        string   // E_T(@t) on a void * field: the parameter it holds
	G        []string // E_G(args) on a use: the type arguments, as C text or @params
	Pos      diag.Pos // where the first annotation was written
}

// Any reports whether any annotation is present.
func (a Annotations) Any() bool {
	return a.PtrArray != nil || a.String || a.NTArray || a.Opaque || a.Ignore || a.Owned ||
		len(a.Generic) > 0 || a.T != "" || len(a.G) > 0
}

// Var is one global variable.
type Var struct {
	// Key is how specs name it: "name" for external linkage,
	// "file.c/name" for a file static, "file.c/func#name" for a static
	// local of func (file.c is the file's base name).
	Key  string
	Name string
	File string // base name of the file defining it; set for statics
	Func string // enclosing function of a static local
	Type *Type
	// Const marks a variable declared const (a const array's elements
	// count): it is no state an update carries, the new value stands.
	Const bool
	Annot Annotations
	Pos   diag.Pos
}

// Program is everything one version defines.
type Program struct {
	Files []string // the C files it was read from
	// Types by C spelling: "struct conn", "union u", "enum e", or a
	// typedef name. Anonymous types are reached only through fields,
	// variables and typedefs.
	Types map[string]*Type
	Vars  map[string]*Var // by Key
	// SystemHeaders lists the system headers the files include, in
	// first-seen order, as they would be written in #include <...>.
	SystemHeaders []string
}

// SortedVars returns the variables ordered by key, so what is built
// from them does not depend on map order.
func (p *Program) SortedVars() []*Var {
	vs := make([]*Var, 0, len(p.Vars))
	for _, v := range p.Vars {
		vs = append(vs, v)
	}
	sort.Slice(vs, func(i, j int) bool { return vs[i].Key < vs[j].Key })
	return vs
}

// Config says how to read one version.
type Config struct {
	Files       []string
	IncludeDirs []string // -I
	Defines     []string // -D NAME or NAME=VALUE
	Std         string   // --std, e.g. "c11"; "" for the default
	// Preinclude are files read before each file, as with gcc's
	// -include FILE.
	Preinclude []string
	// Units are files with flags of their own (a build's
	// compile_commands.json): each is read with the version's flags and
	// then its own, after Files.
	Units []Unit
	// Overlay holds texts read instead of the files on disk, by
	// OverlayKey(path): a language server's unsaved edits of headers.
	Overlay map[string][]byte
}

// Unit is one file of a version with the flags its build gives it.
type Unit struct {
	File        string
	IncludeDirs []string
	Defines     []string
	Preinclude  []string
	Std         string // "" for the version's
}

// AllFiles lists every file c reads as a translation unit: Files, then
// the Units' files.
func (c Config) AllFiles() []string {
	out := append([]string(nil), c.Files...)
	for _, u := range c.Units {
		out = append(out, u.File)
	}
	return out
}

// unitConfig is the configuration u is read with under c.
func (c Config) unitConfig(u Unit) Config {
	r := Config{Files: []string{u.File}, IncludeDirs: cat(c.IncludeDirs, u.IncludeDirs), Defines: cat(c.Defines, u.Defines),
		Std: c.Std, Preinclude: cat(c.Preinclude, u.Preinclude), Overlay: c.Overlay}
	if u.Std != "" {
		r.Std = u.Std
	}
	return r
}

func cat(a, b []string) []string { return append(append([]string(nil), a...), b...) }
