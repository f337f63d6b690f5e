package typesdiff

import (
	"bytes"
	"reflect"
	"testing"
)

// sameGraph compares two values deeply, taking a nil and an empty slice
// as different (the decoder keeps which one it was) and following
// cycles.
func sameGraph(a, b reflect.Value, seen map[[2]uintptr]bool) bool {
	if a.Kind() != b.Kind() {
		return false
	}
	switch a.Kind() {
	case reflect.Pointer:
		if a.IsNil() || b.IsNil() {
			return a.IsNil() == b.IsNil()
		}
		k := [2]uintptr{a.Pointer(), b.Pointer()}
		if seen[k] {
			return true
		}
		seen[k] = true
		return sameGraph(a.Elem(), b.Elem(), seen)
	case reflect.Struct:
		for i := 0; i < a.NumField(); i++ {
			if !sameGraph(a.Field(i), b.Field(i), seen) {
				return false
			}
		}
		return true
	case reflect.Slice:
		if a.IsNil() != b.IsNil() || a.Len() != b.Len() {
			return false
		}
		for i := 0; i < a.Len(); i++ {
			if !sameGraph(a.Index(i), b.Index(i), seen) {
				return false
			}
		}
		return true
	case reflect.Map:
		if a.Len() != b.Len() {
			return false
		}
		for _, k := range a.MapKeys() {
			if !b.MapIndex(k).IsValid() || !sameGraph(a.MapIndex(k), b.MapIndex(k), seen) {
				return false
			}
		}
		return true
	}
	return reflect.DeepEqual(a.Interface(), b.Interface())
}

// A program read back is the one written: every type, field, variable,
// annotation and position, with the same sharing (a named type is one
// *Type wherever it is used).
func TestEncodeProgramRoundTrip(t *testing.T) {
	for _, c := range []Config{
		{Files: []string{"../testdata/types/basic/v1.h"}},
		{Files: []string{"../testdata/types/layout.h"}},
		{Files: []string{"../testdata/types/annot.h"}}, // every annotation
		{Files: []string{"../testdata/types/multi/a.c", "../testdata/types/multi/b.c"}},
		{Files: []string{"../testdata/e2e/generic_list_sources/old/list.c"}, IncludeDirs: []string{"../include"}},
	} {
		p, l := Load(c)
		if len(l) > 0 {
			t.Fatalf("%v: %s", c.Files, l.Error())
		}
		l = append(l, l...) // diagnostics travel too
		var buf bytes.Buffer
		if err := EncodeProgram(&buf, p, l); err != nil {
			t.Fatal(err)
		}
		q, ql, err := DecodeProgram(bytes.NewReader(buf.Bytes()))
		if err != nil {
			t.Fatalf("%v: %v", c.Files, err)
		}
		if !sameGraph(reflect.ValueOf(p), reflect.ValueOf(q), map[[2]uintptr]bool{}) || len(ql) != len(l) {
			t.Errorf("%v: the decoded program differs", c.Files)
		}
		for name, ty := range q.Types {
			for _, f := range ty.Fields {
				if k := f.Type.Kind; (k == Struct || k == Union || k == Enum || k == Typedef) && f.Type.Name != "" && q.Types[f.Type.Spelling()] != f.Type {
					t.Errorf("%s.%s: %s is not the program's own", name, f.Name, f.Type.Spelling())
				}
			}
		}
		// Anything cut short or changed is an error or another program,
		// never a panic.
		b := buf.Bytes()
		for i := 0; i < len(b); i += 1 + len(b)/64 {
			DecodeProgram(bytes.NewReader(b[:i]))
			x := append([]byte(nil), b...)
			x[i] ^= 0x5a
			DecodeProgram(bytes.NewReader(x))
		}
	}
}

// FuzzDecodeProgram feeds DecodeProgram damaged encodings: an error or a
// program, never a panic or a huge allocation.
// go test ./typesdiff/ -run '^$' -fuzz FuzzDecodeProgram -fuzztime 1m
func FuzzDecodeProgram(f *testing.F) {
	p, l := Load(Config{Files: []string{"../testdata/e2e/generic_list_sources/old/list.c"}, IncludeDirs: []string{"../include"}})
	var buf bytes.Buffer
	if err := EncodeProgram(&buf, p, l); err != nil {
		f.Fatal(err)
	}
	f.Add(buf.Bytes())
	f.Add([]byte{})
	f.Fuzz(func(t *testing.T, b []byte) {
		if p, _, err := DecodeProgram(bytes.NewReader(b)); err == nil {
			// What decodes encodes again.
			var again bytes.Buffer
			if err := EncodeProgram(&again, p, nil); err != nil {
				t.Fatal(err)
			}
		}
	})
}
