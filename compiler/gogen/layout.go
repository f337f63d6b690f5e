package gogen

import (
	"fmt"
	"strings"

	"github.com/xfgen-dev/xfgen/typesdiff"
)

// How a C member is reached in Go.
type access int

const (
	direct    access = iota // a Go field: s.Name
	embedded                // an anonymous member: an embedded field, its members promoted
	viaBytes                // bytes Go cannot align: s.Name() and s.SetName(v)
	viaBits                 // a bitfield: s.Name() and s.SetName(v)
	flexible                // a flexible array member: s.Name(n) is its first n elements
	unreached               // an unnamed bitfield: padding
)

// member says how one C field of a struct or union is reached.
type member struct {
	access access
	name   string // the Go field, or the getter
	setter string // viaBytes, viaBits
	// storage is the unexported field holding a viaBytes or viaBits
	// member; bit is where the member starts in it, in bits.
	storage string
	bit     int64
	goType  string
}

// layout is the Go definition of one struct or union.
type layout struct {
	members map[*typesdiff.Field]*member
	body    []string // the struct's fields, one Go line each
	methods []string // accessor methods, Go source
}

// layOut writes t so that Go puts every member where C does: members
// at their C offsets with explicit padding before them, a zero-length
// array first to raise the alignment to C's, and explicit padding to
// C's size at the end. What Go cannot place (a member below its Go
// alignment in a packed struct, a bitfield, a union member) lives in
// bytes and is reached through methods; a flexible array member through
// a method that gives its first n elements.
func (v *version) layOut(t *typesdiff.Type) *layout {
	l := &layout{members: map[*typesdiff.Field]*member{}}
	self := v.names[t]
	align := min(max(t.Align, 1), maxAlign)
	names := scope{}
	var cur int64 // bytes laid out so far
	native := int64(1)
	pad := func(to int64) {
		if to > cur {
			l.body = append(l.body, fmt.Sprintf("_ [%d]byte", to-cur))
			cur = to
		}
	}
	if t.Kind == typesdiff.Union {
		l.body = append(l.body, fmt.Sprintf("data [%d]byte", t.Size))
		cur = t.Size
	}
	bitsEnd := int64(-1) // end of the open bitfield storage, in bytes
	var bitsName string
	var bitsStart int64
	for i, f := range t.Fields {
		goName := camel(f.Name)
		if f.Name == "" {
			goName = fmt.Sprintf("Anon%d", i)
		}
		m := &member{goType: v.goType(f.Type)}
		l.members[f] = m
		switch {
		case t.Kind == typesdiff.Union && f.BitWidth == 0:
			m.access, m.storage = viaBytes, "data"
			m.name, m.setter = names.claim(goName), names.claim("Set"+goName)
		case f.BitWidth > 0 || (f.Name == "" && !isRecordOrEnum(f.Type.Underlying())):
			if f.Name == "" || f.BitWidth == 0 {
				m.access = unreached
				continue
			}
			pos := f.Offset*8 + int64(f.BitOff)
			lo, hi := pos/8, (pos+int64(f.BitWidth)+7)/8
			switch {
			case t.Kind == typesdiff.Union:
				m.storage, m.bit = "data", pos
			case lo <= bitsEnd:
				// It shares or continues the bytes of the bitfields
				// before it: one storage for the run.
				if hi > bitsEnd {
					l.body[len(l.body)-1] = fmt.Sprintf("%s [%d]byte", bitsName, hi-bitsStart)
					cur, bitsEnd = hi, hi
				}
				m.storage, m.bit = bitsName, pos-bitsStart*8
			default:
				pad(lo)
				bitsName, bitsStart, bitsEnd = fmt.Sprintf("bits%d", lo), lo, hi
				l.body = append(l.body, fmt.Sprintf("%s [%d]byte", bitsName, hi-lo))
				cur = hi
				m.storage, m.bit = bitsName, pos-lo*8
			}
			m.access = viaBits
			m.name, m.setter = names.claim(goName), names.claim("Set"+goName)
		case f.Type.Kind == typesdiff.Array && f.Type.Len < 0:
			m.access, m.name = flexible, names.claim(goName)
			m.bit = f.Offset * 8
		case goSize(f.Type) == 0:
			m.access = unreached // an empty struct (GNU C): nothing to hold
		default:
			a := goAlign(f.Type)
			if a <= align && f.Offset%a == 0 && f.Offset >= cur {
				pad(f.Offset)
				if f.Name == "" && !names[m.goType] {
					m.access, m.name = embedded, names.claim(m.goType)
					l.body = append(l.body, m.goType)
				} else {
					m.access, m.name = direct, names.claim(goName)
					l.body = append(l.body, m.name+" "+m.goType)
				}
				native = max(native, a)
				cur = f.Offset + goSize(f.Type)
				bitsEnd = -1
				continue
			}
			pad(f.Offset)
			m.access, m.storage = viaBytes, "f"+goName
			m.name, m.setter = names.claim(goName), names.claim("Set"+goName)
			l.body = append(l.body, fmt.Sprintf("%s [%d]byte", m.storage, goSize(f.Type)))
			cur = f.Offset + goSize(f.Type)
			bitsEnd = -1
		}
	}
	pad(t.Size)
	if native < align {
		l.body = append([]string{fmt.Sprintf("_ [0]uint%d", align*8)}, l.body...)
	}
	for _, f := range t.Fields {
		l.methods = append(l.methods, accessors(self, f, l.members[f])...)
	}
	return l
}

// accessors are the methods that reach member f of the type named self.
func accessors(self string, f *typesdiff.Field, m *member) []string {
	switch m.access {
	case viaBytes:
		at := fmt.Sprintf("unsafe.Pointer(&s.%s)", m.storage)
		if f.Offset > 0 && m.storage == "data" {
			at = fmt.Sprintf("unsafe.Add(%s, %d)", at, f.Offset)
		}
		return []string{
			fmt.Sprintf("// %s is the member %s.\nfunc (s *%s) %s() %s { return xfLoad[%s](%s) }", m.name, f.Name, self, m.name, m.goType, m.goType, at),
			fmt.Sprintf("// %s stores the member %s.\nfunc (s *%s) %s(v %s) { xfStore(%s, v) }", m.setter, f.Name, self, m.setter, m.goType, at),
		}
	case viaBits:
		get := fmt.Sprintf("xfBits(unsafe.Pointer(&s.%s), %d, %d)", m.storage, m.bit, f.BitWidth)
		if u := f.Type.Underlying(); u != nil && u.Signed {
			get = fmt.Sprintf("uint64(xfSignExtend(%s, %d))", get, f.BitWidth)
		}
		return []string{
			fmt.Sprintf("// %s is the bitfield %s (%d bits).\nfunc (s *%s) %s() %s { return %s(%s) }", m.name, f.Name, f.BitWidth, self, m.name, m.goType, m.goType, get),
			fmt.Sprintf("// %s stores the bitfield %s, keeping its low %d bits.\nfunc (s *%s) %s(v %s) { xfSetBits(unsafe.Pointer(&s.%s), %d, %d, uint64(v)) }", m.setter, f.Name, f.BitWidth, self, m.setter, m.goType, m.storage, m.bit, f.BitWidth),
		}
	case flexible:
		elem := strings.TrimPrefix(m.goType, "[0]")
		return []string{fmt.Sprintf("// %s is the first n elements of the flexible array member %s.\nfunc (s *%s) %s(n int) []%s { return unsafe.Slice((*%s)(unsafe.Add(unsafe.Pointer(s), %d)), n) }",
			m.name, f.Name, self, m.name, elem, elem, m.bit/8)}
	}
	return nil
}

// helpers are the functions the accessors share.
const helpers = `
// xfLoad reads a T from p, which need not be aligned for T.
func xfLoad[T any](p unsafe.Pointer) T {
	var v T
	copy(unsafe.Slice((*byte)(unsafe.Pointer(&v)), unsafe.Sizeof(v)), unsafe.Slice((*byte)(p), unsafe.Sizeof(v)))
	return v
}

// xfStore writes v at p, which need not be aligned for T.
func xfStore[T any](p unsafe.Pointer, v T) {
	copy(unsafe.Slice((*byte)(p), unsafe.Sizeof(v)), unsafe.Slice((*byte)(unsafe.Pointer(&v)), unsafe.Sizeof(v)))
}

// xfBits reads the width bits starting off bits after p, as the host
// (little-endian) lays bitfields out: bit 0 is the low bit of byte 0.
func xfBits(p unsafe.Pointer, off, width uint) uint64 {
	var v uint64
	for i := uint(0); i < width; i++ {
		b := *(*byte)(unsafe.Add(p, (off+i)/8))
		v |= uint64(b>>((off+i)%8)&1) << i
	}
	return v
}

// xfSetBits writes the low width bits of v starting off bits after p.
func xfSetBits(p unsafe.Pointer, off, width uint, v uint64) {
	for i := uint(0); i < width; i++ {
		b := (*byte)(unsafe.Add(p, (off+i)/8))
		*b = *b&^(1<<((off+i)%8)) | byte(v>>i&1)<<((off+i)%8)
	}
}

// xfSignExtend extends the sign bit of a width-bit value.
func xfSignExtend(v uint64, width uint) int64 {
	return int64(v<<(64-width)) >> (64 - width)
}
`
