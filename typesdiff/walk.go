package typesdiff

import (
	"reflect"

	"modernc.org/cc/v4"
)

// walkAST calls visit for every node reachable from n through exported
// fields, depth first, until visit returns false for a subtree. The
// exported fields of cc/v4's AST form a tree (types and scopes hang off
// unexported fields), so this terminates.
func walkAST(n any, visit func(any) bool) {
	walkValue(reflect.ValueOf(n), visit)
}

var tokenType = reflect.TypeOf(cc.Token{})

func walkValue(v reflect.Value, visit func(any) bool) {
	switch v.Kind() {
	case reflect.Interface:
		if !v.IsNil() {
			walkValue(v.Elem(), visit)
		}
	case reflect.Pointer:
		if v.IsNil() || v.Elem().Kind() != reflect.Struct || v.Elem().Type() == tokenType {
			return
		}
		if !visit(v.Interface()) {
			return
		}
		e := v.Elem()
		t := e.Type()
		for i := 0; i < t.NumField(); i++ {
			f := t.Field(i)
			if !f.IsExported() || f.Anonymous {
				continue
			}
			switch f.Type.Kind() {
			case reflect.Pointer, reflect.Interface:
				walkValue(e.Field(i), visit)
			}
		}
	}
}

// attrLists returns the attribute lists anywhere in the specifiers,
// qualifiers or declarator n (a *cc.DeclarationSpecifiers,
// *cc.SpecifierQualifierList, *cc.TypeQualifiers, *cc.Pointer,
// *cc.Declarator or *cc.InitDeclarator), in source order, not entering
// struct, union or enum definitions (their attributes are theirs). It
// follows the AST's types rather than reflecting on it: it runs for
// every declaration of every unit.
func attrLists(n any) []*cc.AttributeSpecifierList {
	var c attrCollector
	switch n := n.(type) {
	case *cc.DeclarationSpecifiers:
		c.declSpecs(n)
	case *cc.SpecifierQualifierList:
		c.specQuals(n)
	case *cc.TypeQualifiers:
		c.qualifiers(n)
	case *cc.Pointer:
		c.pointer(n)
	case *cc.Declarator:
		c.declarator(n)
	case *cc.InitDeclarator:
		if n != nil {
			c.add(n.AttributeSpecifierList)
			c.declarator(n.Declarator)
		}
	default:
		panic("attrLists of " + reflect.TypeOf(n).String())
	}
	return c.r
}

type attrCollector struct{ r []*cc.AttributeSpecifierList }

func (c *attrCollector) add(l *cc.AttributeSpecifierList) {
	if l != nil {
		c.r = append(c.r, l)
	}
}

func (c *attrCollector) qualifier(q *cc.TypeQualifier) {
	if q != nil {
		c.add(q.AttributeSpecifierList)
	}
}

func (c *attrCollector) declSpecs(n *cc.DeclarationSpecifiers) {
	for ; n != nil; n = n.DeclarationSpecifiers {
		c.add(n.AttributeSpecifierList)
		c.qualifier(n.TypeQualifier)
	}
}

func (c *attrCollector) specQuals(n *cc.SpecifierQualifierList) {
	for ; n != nil; n = n.SpecifierQualifierList {
		c.add(n.AttributeSpecifierList)
		c.qualifier(n.TypeQualifier)
	}
}

func (c *attrCollector) qualifiers(n *cc.TypeQualifiers) {
	for ; n != nil; n = n.TypeQualifiers {
		c.qualifier(n.TypeQualifier)
	}
}

func (c *attrCollector) pointer(n *cc.Pointer) {
	for ; n != nil; n = n.Pointer {
		c.qualifiers(n.TypeQualifiers)
	}
}

func (c *attrCollector) declarator(n *cc.Declarator) {
	if n == nil {
		return
	}
	c.pointer(n.Pointer)
	for d := n.DirectDeclarator; d != nil; d = d.DirectDeclarator {
		c.declarator(d.Declarator)
		c.qualifiers(d.TypeQualifiers)
		c.params(d.ParameterTypeList)
	}
}

func (c *attrCollector) abstract(n *cc.AbstractDeclarator) {
	if n == nil {
		return
	}
	c.pointer(n.Pointer)
	for d := n.DirectAbstractDeclarator; d != nil; d = d.DirectAbstractDeclarator {
		c.abstract(d.AbstractDeclarator)
		c.qualifiers(d.TypeQualifiers)
		c.params(d.ParameterTypeList)
	}
}

func (c *attrCollector) params(n *cc.ParameterTypeList) {
	if n == nil {
		return
	}
	for l := n.ParameterList; l != nil; l = l.ParameterList {
		if p := l.ParameterDeclaration; p != nil {
			c.add(p.AttributeSpecifierList)
			c.declSpecs(p.DeclarationSpecifiers)
			c.declarator(p.Declarator)
			c.abstract(p.AbstractDeclarator)
		}
	}
}
