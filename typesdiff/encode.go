package typesdiff

import (
	"bufio"
	"encoding/binary"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"math"
	"sort"

	"github.com/xfgen-dev/xfgen/diag"
)

// A Program is a graph (a self-referential struct is a cycle of
// pointers). On the wire every *Type reachable from the program is an
// entry of one list, and pointers are indices into it (0 for nil), so
// the decoded program shares exactly what the loaded one shared.
//
// The encoding is written by hand, not with encoding/gob: a repeated
// check reads two of them, and gob's reflection took a fifth of that
// run. Numbers are varints; a string is written once and later named by
// its number (every position repeats its file name); a list is its
// length plus one, 0 for nil, so that nil and empty stay apart. The
// diagnostics, few and rarely there, are JSON.

// EncodeProgram writes p and the diagnostics its load gave to w, for
// DecodeProgram.
func EncodeProgram(w io.Writer, p *Program, diags diag.List) error {
	e := &encoder{strings: map[string]uint64{}, index: map[*Type]uint64{}}
	// Number every type first, in the order a walk from the sorted
	// names meets them, so the same program encodes the same bytes.
	names := make([]string, 0, len(p.Types))
	for name := range p.Types {
		names = append(names, name)
	}
	sort.Strings(names)
	vars := p.SortedVars()
	for _, name := range names {
		e.number(p.Types[name])
	}
	for _, v := range vars {
		e.number(v.Type)
	}
	e.strs(p.Files)
	e.strs(p.SystemHeaders)
	e.uint(uint64(len(e.all)))
	for _, t := range e.all {
		e.typ(t)
	}
	e.uint(uint64(len(names)))
	for _, name := range names {
		e.str(name)
		e.ref(p.Types[name])
	}
	e.uint(uint64(len(vars)))
	for _, v := range vars {
		e.str(v.Key)
		e.str(v.Name)
		e.str(v.File)
		e.str(v.Func)
		e.ref(v.Type)
		e.bool(v.Const)
		e.annot(&v.Annot)
		e.pos(v.Pos)
	}
	js, err := json.Marshal(diags)
	if err != nil {
		return err
	}
	e.uint(uint64(len(js)))
	e.buf = append(e.buf, js...)
	_, err = w.Write(e.buf)
	return err
}

type encoder struct {
	buf     []byte
	strings map[string]uint64 // string -> its number + 1
	index   map[*Type]uint64  // type -> its number + 1
	all     []*Type
}

func (e *encoder) uint(u uint64) { e.buf = binary.AppendUvarint(e.buf, u) }
func (e *encoder) int(i int64)   { e.buf = binary.AppendVarint(e.buf, i) }

func (e *encoder) bool(b bool) {
	if b {
		e.buf = append(e.buf, 1)
	} else {
		e.buf = append(e.buf, 0)
	}
}

func (e *encoder) str(s string) {
	if n, ok := e.strings[s]; ok {
		e.uint(n)
		return
	}
	e.strings[s] = uint64(len(e.strings) + 1)
	e.uint(0)
	e.uint(uint64(len(s)))
	e.buf = append(e.buf, s...)
}

func (e *encoder) strs(l []string) {
	if l == nil {
		e.uint(0)
		return
	}
	e.uint(uint64(len(l)) + 1)
	for _, s := range l {
		e.str(s)
	}
}

// length writes a list's length plus one, 0 for a nil one.
func (e *encoder) length(n int, isNil bool) {
	if isNil {
		e.uint(0)
		return
	}
	e.uint(uint64(n) + 1)
}

// number gives t and every type it reaches a number, without recursion
// (a chain of structs can be thousands long).
func (e *encoder) number(t *Type) {
	stack := []*Type{t}
	for len(stack) > 0 {
		t := stack[len(stack)-1]
		stack = stack[:len(stack)-1]
		if t == nil || e.index[t] != 0 {
			continue
		}
		e.all = append(e.all, t)
		e.index[t] = uint64(len(e.all))
		stack = append(stack, t.Elem)
		stack = append(stack, t.Params...)
		for _, f := range t.Fields {
			stack = append(stack, f.Type)
		}
	}
}

func (e *encoder) ref(t *Type) { e.uint(e.index[t]) }

func (e *encoder) pos(p diag.Pos) {
	e.str(p.File)
	e.int(int64(p.Offset))
	e.int(int64(p.Line))
	e.int(int64(p.Col))
}

// bits packs flags, the first in the lowest bit.
func bits(flags ...bool) uint64 {
	var u uint64
	for i, on := range flags {
		if on {
			u |= 1 << i
		}
	}
	return u
}

// bit reports flag i of what bits packed.
func bit(u uint64, i int) bool { return u&(1<<i) != 0 }

func (e *encoder) annot(a *Annotations) {
	e.uint(bits(a.String, a.NTArray, a.Opaque, a.Ignore, a.PtrArray != nil, a.Owned))
	if a.PtrArray != nil {
		e.int(a.PtrArray.Const)
		e.str(a.PtrArray.Field)
	}
	e.strs(a.Generic)
	e.str(a.T)
	e.strs(a.G)
	e.pos(a.Pos)
}

func (e *encoder) typ(t *Type) {
	e.uint(uint64(t.Kind))
	e.str(t.Name)
	e.int(t.Size)
	e.int(t.Align)
	e.uint(bits(t.Signed, t.Variadic, t.Incomplete, t.Packed, t.System))
	e.ref(t.Elem)
	e.int(t.Len)
	e.length(len(t.Params), t.Params == nil)
	for _, q := range t.Params {
		e.ref(q)
	}
	e.length(len(t.Fields), t.Fields == nil)
	for _, f := range t.Fields {
		e.str(f.Name)
		e.ref(f.Type)
		e.int(f.Offset)
		e.int(int64(f.BitWidth))
		e.int(int64(f.BitOff))
		e.int(f.Aligned)
		e.annot(&f.Annot)
		e.pos(f.Pos)
	}
	e.length(len(t.Enumerators), t.Enumerators == nil)
	for _, en := range t.Enumerators {
		e.str(en.Name)
		e.int(en.Value)
		e.pos(en.Pos)
	}
	e.int(t.Aligned)
	e.int(t.Pack)
	e.str(t.Header)
	e.annot(&t.Annot)
	e.pos(t.Pos)
}

// DecodeProgram reads what EncodeProgram wrote. Input that is not such
// an encoding is an error, never a panic.
func DecodeProgram(r io.Reader) (*Program, diag.List, error) {
	b, err := io.ReadAll(bufio.NewReader(r))
	if err != nil {
		return nil, nil, err
	}
	d := &decoder{buf: b}
	p := &Program{}
	p.Files = d.strs()
	p.SystemHeaders = d.strs()
	n := d.count(8)
	types := make([]Type, n)
	d.types = make([]*Type, n)
	for i := range types {
		d.types[i] = &types[i]
	}
	for i := range types {
		d.typ(&types[i])
	}
	nt := d.count(2)
	p.Types = make(map[string]*Type, nt)
	for i := 0; i < nt; i++ {
		name := d.str()
		t := d.ref()
		if t == nil {
			d.fail()
		}
		p.Types[name] = t
	}
	nv := d.count(8)
	p.Vars = make(map[string]*Var, nv)
	vs := make([]Var, nv)
	for i := range vs {
		v := &vs[i]
		v.Key, v.Name, v.File, v.Func = d.str(), d.str(), d.str(), d.str()
		if v.Type = d.ref(); v.Type == nil {
			d.fail()
		}
		v.Const = d.bool()
		d.annot(&v.Annot)
		v.Pos = d.pos()
		p.Vars[v.Key] = v
	}
	var diags diag.List
	if js := d.bytes(d.count(1)); d.err == nil {
		if err := json.Unmarshal(js, &diags); err != nil {
			return nil, nil, fmt.Errorf("not a program encoding: %v", err)
		}
	}
	if d.err == nil && d.off != len(d.buf) {
		d.fail()
	}
	if d.err != nil {
		return nil, nil, d.err
	}
	return p, diags, nil
}

var errNotProgram = errors.New("not a program encoding: it is cut short, or a number is out of range")

type decoder struct {
	buf     []byte
	off     int
	err     error
	strings []string
	types   []*Type
}

func (d *decoder) fail() {
	if d.err == nil {
		d.err = errNotProgram
	}
	d.off = len(d.buf) // what follows reads zeros
}

// step moves past a varint of n bytes (n <= 0: none could be read).
func (d *decoder) step(n int) bool {
	if n <= 0 {
		d.fail()
		return false
	}
	d.off += n
	return true
}

func (d *decoder) uint() uint64 {
	u, n := binary.Uvarint(d.buf[d.off:])
	if !d.step(n) {
		return 0
	}
	return u
}

func (d *decoder) int() int64 {
	i, n := binary.Varint(d.buf[d.off:])
	if !d.step(n) {
		return 0
	}
	return i
}

// small reads an int that a Go int of the model holds.
func (d *decoder) small() int {
	i := d.int()
	if i < math.MinInt32 || i > math.MaxInt32 {
		d.fail()
		return 0
	}
	return int(i)
}

func (d *decoder) bool() bool { return d.uint() != 0 }

// count reads a number of items that each take at least min bytes: more
// than what is left is damage, and is not allocated.
func (d *decoder) count(min int) int {
	u := d.uint()
	if u > uint64(len(d.buf)-d.off)/uint64(min) {
		d.fail()
		return 0
	}
	return int(u)
}

// length reads what encoder.length wrote: -1 for nil.
func (d *decoder) length() int {
	u := d.uint()
	if u == 0 {
		return -1
	}
	if u-1 > uint64(len(d.buf)-d.off) {
		d.fail()
		return -1
	}
	return int(u - 1)
}

func (d *decoder) bytes(n int) []byte {
	if n > len(d.buf)-d.off {
		d.fail()
		return nil
	}
	b := d.buf[d.off : d.off+n]
	d.off += n
	return b
}

func (d *decoder) str() string {
	u := d.uint()
	if u == 0 {
		if d.err != nil {
			return ""
		}
		s := string(d.bytes(d.count(1)))
		d.strings = append(d.strings, s)
		return s
	}
	if u > uint64(len(d.strings)) {
		d.fail()
		return ""
	}
	return d.strings[u-1]
}

func (d *decoder) strs() []string {
	n := d.length()
	if n < 0 {
		return nil
	}
	l := make([]string, n)
	for i := range l {
		l[i] = d.str()
	}
	return l
}

func (d *decoder) ref() *Type {
	u := d.uint()
	if u > uint64(len(d.types)) {
		d.fail()
		return nil
	}
	if u == 0 {
		return nil
	}
	return d.types[u-1]
}

func (d *decoder) pos() diag.Pos {
	return diag.Pos{File: d.str(), Offset: d.small(), Line: d.small(), Col: d.small()}
}

func (d *decoder) annot(a *Annotations) {
	flags := d.uint()
	a.String, a.NTArray, a.Opaque, a.Ignore = bit(flags, 0), bit(flags, 1), bit(flags, 2), bit(flags, 3)
	a.Owned = bit(flags, 5)
	if bit(flags, 4) {
		a.PtrArray = &Length{Const: d.int(), Field: d.str()}
	}
	a.Generic = d.strs()
	a.T = d.str()
	a.G = d.strs()
	a.Pos = d.pos()
}

func (d *decoder) typ(t *Type) {
	kind := d.uint()
	if kind > uint64(Typedef) {
		d.fail()
	}
	t.Kind = Kind(kind)
	t.Name = d.str()
	t.Size, t.Align = d.int(), d.int()
	flags := d.uint()
	t.Signed, t.Variadic, t.Incomplete, t.Packed, t.System = bit(flags, 0), bit(flags, 1), bit(flags, 2), bit(flags, 3), bit(flags, 4)
	t.Elem = d.ref()
	t.Len = d.int()
	if n := d.length(); n >= 0 {
		t.Params = make([]*Type, n)
		for i := range t.Params {
			t.Params[i] = d.ref()
		}
	}
	if n := d.length(); n >= 0 {
		fields := make([]Field, n)
		t.Fields = make([]*Field, n)
		for i := range fields {
			f := &fields[i]
			f.Name = d.str()
			f.Type = d.ref()
			f.Offset = d.int()
			f.BitWidth, f.BitOff = d.small(), d.small()
			f.Aligned = d.int()
			d.annot(&f.Annot)
			f.Pos = d.pos()
			t.Fields[i] = f
		}
	}
	if n := d.length(); n >= 0 {
		ens := make([]Enumerator, n)
		t.Enumerators = make([]*Enumerator, n)
		for i := range ens {
			ens[i] = Enumerator{Name: d.str(), Value: d.int(), Pos: d.pos()}
			t.Enumerators[i] = &ens[i]
		}
	}
	t.Aligned, t.Pack = d.int(), d.int()
	t.Header = d.str()
	d.annot(&t.Annot)
	t.Pos = d.pos()
}
