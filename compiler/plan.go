package compiler

import (
	"github.com/xfgen-dev/xfgen/grammar"
	"github.com/xfgen-dev/xfgen/typesdiff"
)

// Plan is what the checker decided: where every new global comes from
// and how every pair of types reached from them is migrated. The
// generators turn it into code; they decide nothing themselves.
type Plan struct {
	Old, New *typesdiff.Program
	Spec     *grammar.File // never nil; an empty spec when none was given
	Globals  []*Global     // in the order they are migrated
	Convs    []*Conv       // every conversion reached, in creation order
	// Code are the conversions the generators write code for (those that
	// do work, and those a closure is needed for), by ID.
	Code []*Conv
	// InArrays are the pairs of types (by Conv.Key) whose objects may be
	// elements of an array (a fixed one, or one a counted or zero-ended
	// pointer reaches): a pointer to such an object, met before its
	// array, may point inside the array or one past its end.
	InArrays map[string]bool
	// Tracked are the pairs of types (by Conv.Key) whose objects pointers
	// may reach inside migrated objects or globals: such objects are
	// mapped even when they are only copied, and pointers to them look
	// the map up (Conv.Interior).
	Tracked map[string]bool
	// Forms maps each `$xform`/`$gen`/`$oldsym`... form of user code to
	// what it stands for, resolved by the checker.
	Forms map[*grammar.Form]*FormTarget
	// OwnNames is the version ("old", "new" or "") whose types keep
	// their own names in generated code (`#pragma xfgen own_names`).
	OwnNames string
	// MainUpdate says the preamble defines Kitsune's hook
	// _kitsune_mainupdate_xform, called once the state is migrated.
	MainUpdate bool
}

// Global is one variable of the new version and where its value comes
// from.
type Global struct {
	New *typesdiff.Var
	Old *typesdiff.Var // nil for INIT
	// Conv is Old's value into New's type; nil with INIT. With Code or
	// Const it is only the conversion of its pair of types that other
	// state reached, if any: the old object is mapped under it, so
	// pointers to it reach the new one.
	Conv *Conv
	Code *UserCode // the rule's code, run instead of inference
	// Const marks a const variable without a rule: the new program's
	// value stands.
	Const bool
}

// UserCode is a rule's code block with the label it serves.
type UserCode struct {
	Label *grammar.Label
	Block *grammar.CodeBlock
}

// ConvKind says how a value of one type becomes a value of another.
type ConvKind int

const (
	ConvCopy    ConvKind = iota // the same bytes
	ConvScalar                  // integer, float or enum to integer, by value
	ConvEnum                    // enum to enum by enumerator name
	ConvStruct                  // field by field
	ConvArray                   // element by element (fixed length)
	ConvPtr                     // pointee migrated once through the address map
	ConvFuncPtr                 // function pointer remapped by name
	ConvUser                    // a type rule's code
	ConvParam                   // a generic parameter's transformer, given at run time ($xform's extra arguments)
	ConvInvalid                 // an error was reported; nothing to generate
)

// Conv turns a value of type Old (old version) into one of type New.
// Types are the underlying ones (typedefs followed).
type Conv struct {
	ID       int
	Kind     ConvKind
	Old, New *typesdiff.Type
	Elem     *Conv // ConvArray: elements; ConvPtr: the pointee
	// Count is how many pointees a ConvPtr reaches: 1, a constant, a
	// sibling field of the old struct (CountField), or 0 with NT for an
	// array ended by a zero element.
	Count      int64
	CountField *typesdiff.Field
	NT         bool
	Fields     []*FieldConv // ConvStruct, in the new struct's order
	Enums      []EnumCase   // ConvEnum
	Code       *UserCode    // ConvUser
	// Generic parameters bound for this instance (monomorphised), by
	// name ("@t"): the conversion of the pointee a void * E_T(@t) holds.
	Bind map[string]*Conv
	// Param is, for ConvParam, the index of the transformer among the
	// extra arguments of the $xform that made the instance.
	Param int
	// Parametric marks an instance whose code needs transformers given
	// at run time: it reaches a ConvParam. Its closures carry them.
	Parametric bool
	// Key identifies the pair of types; conversions of the same pair
	// (scalars are not shared) have the same key.
	Key string
	// Interior marks a pointer to a type that did not change but whose
	// objects may live inside migrated objects (an intrusive list link,
	// an int member) or be globals: it follows its object through the
	// map when the object is there, else keeps pointing at the old one.
	Interior bool
	// Owned marks a pointer to one object of a type the old headers
	// declare E_OWNED: no other pointer reaches the object or points into
	// it, so its copy is made without entering the address map.
	Owned bool
	// Holds marks a struct or array whose objects hold, by value, objects
	// of tracked pairs (Plan.Tracked): wherever one is migrated to a new
	// place (a global, a member of a migrated object), those inner
	// objects are mapped too, even when its bytes are only copied.
	Holds bool
	// Closure says the conversion needs a closure of its own even if it
	// does no work: user code names it ($xform), a generic instance is
	// bound to it, or it is its pair's Tag.
	Closure bool
	// Tag is the conversion that stands for this one's pair of types in
	// the address map: one per tracked pair, else the conversion itself.
	Tag     *Conv
	bindKey string
	work    bool // something must be done: not a plain byte copy
	why     bool // intrinsically work, whatever its parts
	deps    []*Conv
	site    *site   // unions: where the pair was met, for a late error
	members []*Conv // unions: the member conversions
}

// Work reports whether the conversion does anything but copy bytes.
func (c *Conv) Work() bool { return c != nil && c.work }

// FieldConv makes one field of a new struct.
type FieldConv struct {
	New  *typesdiff.Field
	Old  *typesdiff.Field // nil for INIT fields
	Conv *Conv            // nil with Code
	Code *UserCode        // field rule code ($in, $out, $base)
	// Ignore leaves the new field zero (E_IGNORE). Old and Conv are then
	// set only when the old struct has the field with the same number
	// type: pointers to it follow, nothing is converted.
	Ignore bool
}

// EnumCase maps one old enumerator to a new one.
type EnumCase struct {
	Name     string
	Old, New int64
}

// TypeName is one name of a type in C type syntax a form was given.
type TypeName struct {
	Start, End int // byte offsets in the argument's text
	Type       *typesdiff.Type
}

// FormTarget is what a `$` form of user code resolved to.
type FormTarget struct {
	Var  *typesdiff.Var  // $oldsym, $newsym
	Type *typesdiff.Type // $oldtype, $newtype: the type named
	// Names are, for $oldtype and $newtype, the names of types in the
	// argument's text ("struct s" in "const struct s *").
	Names []TypeName
	Conv  *Conv  // $xform
	Param string // $gen: the parameter ("@t")
}
