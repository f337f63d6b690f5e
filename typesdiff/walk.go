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

// attrLists returns the attribute lists anywhere under n, not entering
// nested struct, union or enum definitions (their attributes are theirs).
func attrLists(n any) (r []*cc.AttributeSpecifierList) {
	walkAST(n, func(x any) bool {
		switch x := x.(type) {
		case *cc.AttributeSpecifierList:
			r = append(r, x)
			return false
		case *cc.StructOrUnionSpecifier, *cc.EnumSpecifier:
			return false
		}
		return true
	})
	return r
}
