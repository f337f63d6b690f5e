package compiler

// What the generators' address maps hold, decided once for both: which
// conversions get a function of their own, which objects inside a
// migrated object are mapped with it, which new objects may hold
// pointers to stale copies, and the order globals are migrated in.

// HasFunc says whether cv gets a transformer function of its own.
// Counted pointers read their count from the struct that holds them, so
// they are written inline there.
func HasFunc(cv *Conv) bool {
	return cv.Work() && !(cv.Kind == ConvPtr && cv.CountField != nil)
}

// isAggregate says whether objects of cv's types are things a pointer
// may point into: struct and union members and array elements are then
// mapped too. Scalars inside structs are not, which keeps the map of a
// long list to one entry per node.
func isAggregate(cv *Conv) bool {
	return cv != nil && cv.Work() && (cv.Kind == ConvStruct || cv.Kind == ConvArray || cv.Kind == ConvUser)
}

// MapsInside says whether objects of cv hold objects that must be
// mapped with them: aggregate members of a struct, any element of an
// array.
func (p *Plan) MapsInside(cv *Conv) bool {
	if !HasFunc(cv) {
		return false
	}
	switch cv.Kind {
	case ConvStruct:
		for _, f := range cv.Fields {
			if p.MappedMember(f) || p.ArrayBlock(f) {
				return true
			}
		}
	case ConvArray:
		return cv.Elem.Work() && HasFunc(cv.Elem) || p.Tracked[cv.Elem.Key]
	}
	return false
}

// ArrayBlock says whether a member is an array whose elements pointers
// reach (a buffer with cursors into it): it is recorded whole, so
// addresses inside it and one past its end translate.
func (p *Plan) ArrayBlock(f *FieldConv) bool {
	return f.Conv != nil && f.Code == nil && f.Old != nil && f.Conv.Kind == ConvArray && f.Conv.Elem != nil &&
		f.Conv.Old.Len > 0 && p.Tracked[f.Conv.Elem.Key]
}

// MappedMember says whether a member is mapped with its struct:
// aggregates (pointers into them are likely) and the types pointers
// reach.
func (p *Plan) MappedMember(f *FieldConv) bool {
	return f.Conv != nil && f.Code == nil && f.Old != nil && f.Old.BitWidth == 0 && f.New.BitWidth == 0 &&
		(isAggregate(f.Conv) || p.Tracked[f.Conv.Key])
}

// Fixes says whether new objects of cv hold pointers that may need
// redirecting from a stale copy: pointers that went through the map,
// directly or in members and elements held by value.
func Fixes(cv *Conv) bool {
	if cv == nil || !HasFunc(cv) {
		return false
	}
	switch cv.Kind {
	case ConvPtr:
		return true
	case ConvArray:
		return Fixes(cv.Elem) // by-value nesting has no cycles
	case ConvStruct:
		for _, f := range cv.Fields {
			if FixedMember(f) {
				return true
			}
		}
	}
	return false
}

// FixedMember says whether the fix-up of a struct looks at member f.
func FixedMember(f *FieldConv) bool {
	return f.Conv != nil && f.Code == nil && !f.Ignore && f.New.BitWidth == 0 && (f.Conv.Kind == ConvPtr && f.Conv.Work() || Fixes(f.Conv))
}

// GlobalOrder is the order the globals that have an old variable are
// migrated in (indexes into Globals): values first, then pointers to
// objects that hold others (arrays, structs with members that pointers
// may reach), then the other pointers. A pointer into the middle of an
// object then finds the object already mapped, as long as some global
// reaches the object first.
func (p *Plan) GlobalOrder() []int {
	var out [3][]int
	for i, gl := range p.Globals {
		if gl.Old == nil {
			continue
		}
		rank := 0
		if cv := gl.Conv; cv != nil && cv.Kind == ConvPtr {
			rank = 2
			if cv.Count != 1 || cv.NT || p.MapsInside(cv.Elem) {
				rank = 1
			}
		}
		out[rank] = append(out[rank], i)
	}
	return append(append(out[0], out[1]...), out[2]...)
}
