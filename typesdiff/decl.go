package typesdiff

import "strings"

// Declaration writes the C declaration of name with type t:
// "int m[2][2]", "void (*cb)(int)", "struct conn *next".
func Declaration(t *Type, name string) string {
	if t == nil {
		return name
	}
	return strings.TrimSpace(declString(t, name))
}
