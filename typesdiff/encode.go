package typesdiff

import (
	"encoding/gob"
	"fmt"
	"io"

	"github.com/xfgen-dev/xfgen/diag"
)

// A Program is a graph (a self-referential struct is a cycle of
// pointers), which encoding/gob cannot write. On the wire every *Type
// reachable from the program is an entry of one list, and pointers are
// indices into it (0 for nil), so the decoded program shares exactly
// what the loaded one shared.

type wireProgram struct {
	Files         []string
	Types         map[string]int
	Vars          map[string]wireVar
	SystemHeaders []string
	All           []wireType
	Diags         diag.List
}

type wireType struct {
	Kind               Kind
	Name               string
	Size, Align        int64
	Signed             bool
	Elem               int
	Len                int64
	Params             []int
	Variadic           bool
	Fields             []wireField
	Enumerators        []*Enumerator
	Incomplete, Packed bool
	Aligned, Pack      int64
	System             bool
	Header             string
	Annot              Annotations
	Pos                diag.Pos
	// A non-nil empty list is kept as such.
	HasParams, HasFields, HasEnumerators bool
}

type wireField struct {
	Name             string
	Type             int
	Offset           int64
	BitWidth, BitOff int
	Aligned          int64
	Annot            Annotations
	Pos              diag.Pos
}

type wireVar struct {
	Key, Name, File, Func string
	Type                  int
	Const                 bool
	Annot                 Annotations
	Pos                   diag.Pos
}

// EncodeProgram writes p and the diagnostics its load gave to w, for
// DecodeProgram.
func EncodeProgram(w io.Writer, p *Program, diags diag.List) error {
	index := map[*Type]int{}
	var all []wireType
	var ref func(t *Type) int
	ref = func(t *Type) int {
		if t == nil {
			return 0
		}
		if i, ok := index[t]; ok {
			return i
		}
		all = append(all, wireType{})
		i := len(all)
		index[t] = i
		wt := wireType{Kind: t.Kind, Name: t.Name, Size: t.Size, Align: t.Align, Signed: t.Signed, Len: t.Len,
			Variadic: t.Variadic, Enumerators: t.Enumerators, Incomplete: t.Incomplete, Packed: t.Packed,
			Aligned: t.Aligned, Pack: t.Pack, System: t.System, Header: t.Header, Annot: t.Annot, Pos: t.Pos,
			HasParams: t.Params != nil, HasFields: t.Fields != nil, HasEnumerators: t.Enumerators != nil}
		wt.Elem = ref(t.Elem)
		for _, q := range t.Params {
			wt.Params = append(wt.Params, ref(q))
		}
		for _, f := range t.Fields {
			wt.Fields = append(wt.Fields, wireField{Name: f.Name, Type: ref(f.Type), Offset: f.Offset, BitWidth: f.BitWidth,
				BitOff: f.BitOff, Aligned: f.Aligned, Annot: f.Annot, Pos: f.Pos})
		}
		all[i-1] = wt
		return i
	}
	wp := wireProgram{Files: p.Files, Types: map[string]int{}, Vars: map[string]wireVar{}, SystemHeaders: p.SystemHeaders, Diags: diags}
	for name, t := range p.Types {
		wp.Types[name] = ref(t)
	}
	for k, v := range p.Vars {
		wp.Vars[k] = wireVar{Key: v.Key, Name: v.Name, File: v.File, Func: v.Func, Type: ref(v.Type), Const: v.Const, Annot: v.Annot, Pos: v.Pos}
	}
	wp.All = all
	return gob.NewEncoder(w).Encode(&wp)
}

// DecodeProgram reads what EncodeProgram wrote. Input that is not such
// an encoding is an error, never a panic.
func DecodeProgram(r io.Reader) (*Program, diag.List, error) {
	var wp wireProgram
	if err := gob.NewDecoder(r).Decode(&wp); err != nil {
		return nil, nil, err
	}
	types := make([]*Type, len(wp.All))
	for i := range types {
		types[i] = &Type{}
	}
	bad := false
	get := func(i int) *Type {
		if i <= 0 || i > len(types) {
			bad = bad || i != 0
			return nil
		}
		return types[i-1]
	}
	for i, wt := range wp.All {
		t := types[i]
		*t = Type{Kind: wt.Kind, Name: wt.Name, Size: wt.Size, Align: wt.Align, Signed: wt.Signed, Elem: get(wt.Elem), Len: wt.Len,
			Variadic: wt.Variadic, Enumerators: wt.Enumerators, Incomplete: wt.Incomplete, Packed: wt.Packed,
			Aligned: wt.Aligned, Pack: wt.Pack, System: wt.System, Header: wt.Header, Annot: wt.Annot, Pos: wt.Pos}
		if wt.HasParams {
			t.Params = make([]*Type, 0, len(wt.Params))
		}
		for _, q := range wt.Params {
			t.Params = append(t.Params, get(q))
		}
		if wt.HasFields {
			t.Fields = make([]*Field, 0, len(wt.Fields))
		}
		for _, f := range wt.Fields {
			t.Fields = append(t.Fields, &Field{Name: f.Name, Type: get(f.Type), Offset: f.Offset, BitWidth: f.BitWidth,
				BitOff: f.BitOff, Aligned: f.Aligned, Annot: f.Annot, Pos: f.Pos})
		}
		if wt.HasEnumerators && t.Enumerators == nil {
			t.Enumerators = []*Enumerator{}
		}
		if t.Kind < Void || t.Kind > Typedef {
			bad = true
		}
	}
	p := &Program{Files: wp.Files, Types: map[string]*Type{}, Vars: map[string]*Var{}, SystemHeaders: wp.SystemHeaders}
	for name, i := range wp.Types {
		bad = bad || i == 0
		p.Types[name] = get(i)
	}
	for k, v := range wp.Vars {
		bad = bad || v.Type == 0
		p.Vars[k] = &Var{Key: v.Key, Name: v.Name, File: v.File, Func: v.Func, Type: get(v.Type), Const: v.Const, Annot: v.Annot, Pos: v.Pos}
	}
	if bad {
		return nil, nil, fmt.Errorf("not a program encoding: a type index or kind is out of range")
	}
	return p, wp.Diags, nil
}
