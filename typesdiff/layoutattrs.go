package typesdiff

// cc/v4 lays structs out as gcc does but does not report every layout
// attribute it applied (aligned on a struct or a field, #pragma pack).
// inferLayoutAttrs recovers them from the layout, so that a generator
// emitting the type with Packed, Aligned, Pack and Field.Aligned gets
// the same sizes and offsets: extra space before a field is an
// alignment the field was given, a field below its type's alignment is
// packing, and a struct aligned beyond its members was aligned itself.
func inferLayoutAttrs(r *Type) {
	if (r.Kind != Struct && r.Kind != Union) || r.Incomplete {
		return
	}
	natural, end := int64(1), int64(0)
	underPacked := false
	for _, f := range r.Fields {
		a := max(f.Type.Align, 1)
		if f.BitWidth > 0 {
			if !r.Packed {
				natural = max(natural, a)
			}
			end = max(end, f.Offset+int64(f.BitOff+f.BitWidth+7)/8)
			continue
		}
		if r.Kind == Struct && !r.Packed {
			want := alignUp(end, a)
			switch {
			case f.Offset > want:
				// No member is aligned beyond its struct: a larger gap
				// is padding (an unnamed bitfield), not alignment.
				for x := a * 2; x <= r.Align; x *= 2 {
					if alignUp(end, x) == f.Offset {
						f.Aligned = x
						break
					}
					if alignUp(end, x) > f.Offset {
						break
					}
				}
			case f.Offset < want:
				underPacked = true
			}
		}
		natural = max(natural, a, f.Aligned)
		end = max(end, f.Offset+f.Type.Size)
	}
	if r.Kind == Struct && !r.Packed && r.Align < natural {
		// A struct aligned below its members: a #pragma pack(N) was in
		// effect. (Members placed below their alignment in a struct of
		// natural alignment were packed one by one instead.)
		r.Pack = max(r.Align, 1)
		return
	}
	if underPacked {
		return
	}
	if r.Align > natural && !r.Packed {
		r.Aligned = r.Align
	}
	if r.Packed && r.Align > 1 {
		r.Aligned = r.Align
	}
}

func alignUp(n, a int64) int64 {
	if a <= 1 {
		return n
	}
	return (n + a - 1) / a * a
}
