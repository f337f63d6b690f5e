// Package compiler checks a .xf spec against the old and new versions of
// a C program and infers every migration the spec leaves out: the
// resulting Plan is what the generators (package cgen) turn into code.
//
// Check is the one entry point of the checker: the command line and the
// language server both call it, so every diagnostic is found one way.
package compiler

import (
	"strconv"

	"github.com/xfgen-dev/xfgen/diag"
	"github.com/xfgen-dev/xfgen/grammar"
	"github.com/xfgen-dev/xfgen/typesdiff"
)

// checker holds the state of one Check.
type checker struct {
	spec     *grammar.File
	old, new *typesdiff.Program
	plan     *Plan
	diags    diag.List
	trim     diag.Trimmer // keeps diags to what the report shows

	rules      []*rule
	varRules   map[string]*rule          // by new variable key
	typeRules  map[*typesdiff.Type]*rule // by old type (underlying)
	fieldRules map[fieldKey]*rule        // by new struct and new field name
	convs      map[convKey]*Conv
	reported   map[string]bool            // inference errors already reported, by place
	missing    []*missingRule             // the rules the errors ask for, in the order reported
	dropped    map[string]bool            // old fields ("struct conn.fd") and variables whose values are dropped
	keys       map[*typesdiff.Type]string // typeKey's results, once the rules are in
	ids        map[*typesdiff.Type]int    // the numbers typeKey gives named types

	// A pointee's conversion is filled after the conversion that reached
	// it (see conv): a chain of structs pointing to the next would
	// otherwise recurse as deep as the chain is long.
	filling int           // conversions being filled
	pending []pendingFill // pointees waiting for their fill
}

type pendingFill struct {
	cv   *Conv
	s    site
	rule *rule
}

// rule is one resolved label of the spec.
type rule struct {
	label *grammar.Label
	code  *UserCode
	kind  ruleKind
	// Variables (kindVar, kindVarInit).
	oldVar, newVar *typesdiff.Var
	// Types (kindType) and fields (kindField, kindFieldInit): the
	// structs that hold the field, underlying types.
	oldType, newType   *typesdiff.Type
	oldField, newField *typesdiff.Field
	used               bool
}

type ruleKind int

const (
	kindVar ruleKind = iota
	kindVarInit
	kindType
	kindField
	kindFieldInit
)

type fieldKey struct {
	st   *typesdiff.Type
	name string
}

type convKey struct {
	old, new string // typeKey of each side
	args     string
}

// typeKey identifies a type for memoising conversions: named types by
// identity, derived types (pointers, arrays) by their shape, since the
// model builds a new node for every pointer declarator. Typedefs are
// seen through, except those a type rule names: their values are
// migrated by the rule, unlike other values of the same underlying type.
func (c *checker) typeKey(t *typesdiff.Type) string {
	if k, ok := c.keys[t]; ok {
		return k
	}
	k := c.makeTypeKey(t)
	if c.keys != nil {
		c.keys[t] = k
	}
	return k
}

func (c *checker) makeTypeKey(t *typesdiff.Type) string {
	var b []byte
	for t != nil {
		switch t.Kind {
		case typesdiff.Typedef:
			if c.typeRules[t] != nil {
				return string(c.appendID(b, t))
			}
		case typesdiff.Pointer:
			b = append(b, '*')
		case typesdiff.Array:
			b = append(strconv.AppendInt(append(b, '['), t.Len, 10), ']')
		case typesdiff.Int, typesdiff.Float, typesdiff.Void:
			// Basic types by what they are: the model need not share
			// one node per basic type.
			b = strconv.AppendInt(append(b, byte('0'+t.Kind), ':'), t.Size, 10)
			b = strconv.AppendBool(append(append(append(b, ':'), t.Name...), ':'), t.Signed)
			return string(b)
		default:
			return string(c.appendID(b, t))
		}
		t = t.Elem
	}
	return string(b)
}

// appendID appends what names t itself, not its shape: a number of its
// own in this check.
func (c *checker) appendID(b []byte, t *typesdiff.Type) []byte {
	id, ok := c.ids[t]
	if !ok {
		if c.ids == nil {
			c.ids = map[*typesdiff.Type]int{}
		}
		id = len(c.ids) + 1
		c.ids[t] = id
	}
	return strconv.AppendInt(append(b, '#'), int64(id), 10)
}

// ruleFor is the type rule that migrates values of type t: one on a
// typedef t is declared with, else one on the type itself.
func (c *checker) ruleFor(t *typesdiff.Type) *rule {
	for ; t != nil; t = t.Elem {
		if r := c.typeRules[t]; r != nil {
			return r
		}
		if t.Kind != typesdiff.Typedef {
			return nil
		}
	}
	return nil
}

// Check resolves spec against the two versions, infers what it leaves
// out and returns the migration plan with every diagnostic. spec may be
// nil: then everything is inferred. The plan is usable for generation
// only when the list has no errors.
func Check(spec *grammar.File, old, new *typesdiff.Program) (*Plan, diag.List) {
	return CheckUpTo(spec, old, new, 0)
}

// CheckUpTo is Check for a report that stops after limit errors (0 for
// none): of the diagnostics it keeps what such a report shows (see
// diag.List.Trim), so that a huge spec that is wrong throughout costs
// the memory of its rules, not of a message for each.
func CheckUpTo(spec *grammar.File, old, new *typesdiff.Program, limit int) (*Plan, diag.List) {
	c := check(spec, old, new, limit)
	return c.plan, c.diags
}

// check runs the checker and returns it with everything it found.
func check(spec *grammar.File, old, new *typesdiff.Program, limit int) *checker {
	if spec == nil {
		spec = &grammar.File{}
	}
	if old == nil {
		old = &typesdiff.Program{}
	}
	if new == nil {
		new = &typesdiff.Program{}
	}
	c := &checker{
		spec: spec, old: old, new: new,
		plan:       &Plan{Old: old, New: new, Spec: spec, Forms: map[*grammar.Form]*FormTarget{}},
		varRules:   map[string]*rule{},
		typeRules:  map[*typesdiff.Type]*rule{},
		fieldRules: map[fieldKey]*rule{},
		convs:      map[convKey]*Conv{},
		reported:   map[string]bool{},
		dropped:    map[string]bool{},
		trim:       diag.Trimmer{Limit: limit},
	}
	c.collectRules()
	c.keys = map[*typesdiff.Type]string{} // typeRules is complete: keys are final
	c.planGlobals()
	c.checkForms()
	c.checkPreamble()
	c.markParametric()
	c.mapUninferredGlobals()
	c.reportUnusedRules()
	computeWork(c.plan.Convs)
	c.trackInterior()
	c.markHolders()
	c.checkUnions()
	c.checkFlexible()
	c.restatements()
	c.selectCode()
	c.diags = c.diags.Trim(limit)
	return c
}

// pointRange is an empty range at p, for places in headers.
func pointRange(p diag.Pos) diag.Range { return diag.Range{Start: p, End: p} }

// identRange is the range of name written at p: header positions point
// at a declaration's name, so an editor underlines the name.
func identRange(p diag.Pos, name string) diag.Range {
	if !p.IsValid() || name == "" {
		return pointRange(p)
	}
	end := p
	end.Offset += len(name)
	end.Col += len(name)
	return diag.Range{Start: p, End: end}
}
