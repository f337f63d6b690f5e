package gogen

// runtimeGo is the part of the generated package that does not depend
// on the plan: the address map keyed by (old address, type), the work
// list, arrays indexed by the pages they cover, stale copies and their
// fix-up. It follows the C generator's runtime (compiler/cgen/runtime)
// step for step, so both keep sharing and cycles alike.
const runtimeGo = `
// FuncMap, when set, gives the new version's function for an old
// function pointer (both as addresses); nil keeps function pointers as
// they are. An error stops the migration.
var FuncMap func(old uintptr) (uintptr, error)

// xfClosure migrates one pair of types.
type xfClosure struct {
	fn func(st *xfState, in, out unsafe.Pointer) error
	// reg maps the objects inside one object (nil: none to map).
	reg func(st *xfState, in, out unsafe.Pointer) error
	// fix redirects the pointers of one new object away from stale
	// copies (nil: it holds no pointer to fix).
	fix func(st *xfState, obj unsafe.Pointer)
	// alloc makes n zeroed new objects, typed so that the garbage
	// collector sees their pointers.
	alloc            func(n int) unsafe.Pointer
	oldSize, newSize uintptr
}

// xfKey is an old object as the address map knows it: a struct and its
// first member share an address but are two objects.
type xfKey struct {
	old uintptr
	tag *xfClosure
}

// xfSlot is one entry of the address map.
type xfSlot struct {
	xfKey
	new unsafe.Pointer
}

// xfMap is the address map, (old address, type) -> new object: open
// addressing with linear probing, the C runtime's table (a Go map of
// millions of entries takes twice as long).
type xfMap struct {
	s []xfSlot
	n int
}

func xfHash(k xfKey) uintptr {
	x := uint64(k.old) ^ uint64(uintptr(unsafe.Pointer(k.tag)))*0x9e3779b97f4a7c15
	x ^= x >> 33
	x *= 0xff51afd7ed558ccd
	x ^= x >> 33
	return uintptr(x)
}

// slot finds the slot of k, or the free slot it would take; the map
// must have room (room).
func (m *xfMap) slot(k xfKey) *xfSlot {
	mask := uintptr(len(m.s) - 1)
	for i := xfHash(k) & mask; ; i = (i + 1) & mask {
		if s := &m.s[i]; s.old == 0 || s.xfKey == k {
			return s
		}
	}
}

// room makes sure one more entry fits.
func (m *xfMap) room() {
	if (m.n+1)*4 <= len(m.s)*3 {
		return
	}
	old := m.s
	m.s = make([]xfSlot, max(1024, 2*len(old)))
	for _, s := range old {
		if s.old != 0 {
			*m.slot(s.xfKey) = s
		}
	}
}

func (m *xfMap) get(k xfKey) (unsafe.Pointer, bool) {
	if m.n == 0 {
		return nil, false
	}
	s := m.slot(k)
	return s.new, s.old != 0
}

// put maps k to p.
func (m *xfMap) put(k xfKey, p unsafe.Pointer) {
	m.room()
	s := m.slot(k)
	if s.old == 0 {
		s.xfKey = k
		m.n++
	}
	s.new = p
}

// xfItem is an object allocated but not yet filled.
type xfItem struct {
	old, new unsafe.Pointer
	c        *xfClosure
	n        int
	where    string
}

// xfBlock is an old array pointers may reach inside or one past the
// end of, and its new copy.
type xfBlock struct {
	old, len uintptr
	new      unsafe.Pointer
	osz, nsz uintptr
	tag      *xfClosure
}

// xfState is one migration's state.
type xfState struct {
	m       xfMap
	counts  map[xfKey]int             // elements allocated for a block, when more than one
	aliases map[uintptr]unsafe.Pointer // stale copy -> the object that replaced it
	blocks  []xfBlock
	pages   map[uintptr][]int // 4 KiB page -> blocks covering it
	work    []xfItem
	kept    int // pointers left at old objects that may still move
	where   string
	// the globals, for $oldsym and $newsym
	old *OldGlobals
	new *NewGlobals
}

func xfNewState() *xfState {
	return &xfState{counts: map[xfKey]int{}, aliases: map[uintptr]unsafe.Pointer{}, pages: map[uintptr][]int{}}
}

// xfCtx says where a failure happened while it propagates outwards.
func xfCtx(err error, what string) error { return fmt.Errorf("%w; in %s", err, what) }

// xfMove copies n bytes from in to out.
func xfMove(out, in unsafe.Pointer, n uintptr) {
	copy(unsafe.Slice((*byte)(out), n), unsafe.Slice((*byte)(in), n))
}

// xfCopyFn migrates an object of a type that did not change.
func xfCopyFn(c *xfClosure) func(st *xfState, in, out unsafe.Pointer) error {
	return func(st *xfState, in, out unsafe.Pointer) error {
		xfMove(out, in, min(c.oldSize, c.newSize))
		return nil
	}
}

// xfAlloc makes n zeroed objects of type T.
func xfAlloc[T any](n int) unsafe.Pointer { return unsafe.Pointer(unsafe.SliceData(make([]T, n))) }

// blockReg records an old array of n bytes and its new copy.
func (st *xfState) blockReg(old unsafe.Pointer, n uintptr, new unsafe.Pointer, osz, nsz uintptr, tag *xfClosure) {
	if old == nil || osz == 0 {
		return
	}
	st.blocks = append(st.blocks, xfBlock{old: uintptr(old), len: n, new: new, osz: osz, nsz: nsz, tag: tag})
	for page := uintptr(old) >> 12; page <= (uintptr(old)+n)>>12; page++ { // one past the end counts
		st.pages[page] = append(st.pages[page], len(st.blocks)-1)
	}
}

// blockFind translates p, an address inside or one past the end of a
// recorded array of elements of type tag, to the new array.
func (st *xfState) blockFind(p unsafe.Pointer, tag *xfClosure) (unsafe.Pointer, bool) {
	if len(st.blocks) == 0 || p == nil {
		return nil, false
	}
	a := uintptr(p)
	for _, i := range st.pages[a>>12] {
		b := &st.blocks[i]
		if b.tag == tag && a >= b.old && a <= b.old+b.len && (a-b.old)%b.osz == 0 {
			return unsafe.Add(b.new, (a-b.old)/b.osz*b.nsz), true
		}
	}
	return nil, false
}

// mapReg maps an object inside another (a member, an element). If the
// old object already had a copy of its own, made when a pointer reached
// it first, the copy inside the container wins.
func (st *xfState) mapReg(old unsafe.Pointer, tag *xfClosure, new unsafe.Pointer) {
	st.m.room()
	s := st.m.slot(xfKey{uintptr(old), tag})
	if s.old != 0 {
		if stale := s.new; stale != new {
			s.new = new
			st.aliases[uintptr(stale)] = new
		}
		return
	}
	s.xfKey, s.new = xfKey{uintptr(old), tag}, new
	st.m.n++
}

// regSub maps an object that lives inside another and, through its
// closure, the objects inside it.
func (st *xfState) regSub(c *xfClosure, old, new unsafe.Pointer) error {
	st.mapReg(old, c, new)
	if c.reg != nil {
		return c.reg(st, old, new)
	}
	return nil
}

// fixPtr redirects the pointer at loc if it points at a stale copy.
func (st *xfState) fixPtr(loc unsafe.Pointer) {
	p := *(*unsafe.Pointer)(loc)
	for hops := 0; p != nil && hops < 64; hops++ {
		q, ok := st.aliases[uintptr(p)]
		if !ok {
			break
		}
		p = q
	}
	*(*unsafe.Pointer)(loc) = p
}

// ptrKept converts a pointer to a type that did not change: to the new
// object if the old one was migrated as part of another or is a
// global; else it keeps pointing at the old one, which may still turn
// out to be part of an object migrated later.
func (st *xfState) ptrKept(tag *xfClosure, old unsafe.Pointer) unsafe.Pointer {
	if old == nil {
		return nil
	}
	if p, ok := st.m.get(xfKey{uintptr(old), tag}); ok {
		return p
	}
	if p, ok := st.blockFind(old, tag); ok {
		return p
	}
	st.kept++
	return old
}

// fixKept redirects a pointer that ptrKept left at an old object whose
// new copy is known now.
func (st *xfState) fixKept(loc unsafe.Pointer, tag *xfClosure) {
	if p := *(*unsafe.Pointer)(loc); p != nil {
		if q, ok := st.m.get(xfKey{uintptr(p), tag}); ok {
			*(*unsafe.Pointer)(loc) = q
		} else if q, ok := st.blockFind(p, tag); ok {
			*(*unsafe.Pointer)(loc) = q
		}
	}
	st.fixPtr(loc)
}

// fixup redirects, in every new object, the pointers to stale copies.
func (st *xfState) fixup() {
	for _, s := range st.m.s {
		if s.old != 0 && s.tag.fix != nil {
			s.tag.fix(st, s.new)
		}
	}
}

// mapElems maps every element of an array after the first, so that a
// pointer into the middle of the array follows it too.
func (st *xfState) mapElems(old, new unsafe.Pointer, elem *xfClosure, n int) error {
	for i := range n {
		o, p := unsafe.Add(old, uintptr(i)*elem.oldSize), unsafe.Add(new, uintptr(i)*elem.newSize)
		if i > 0 {
			st.mapReg(o, elem, p)
		}
		if elem.reg != nil {
			if err := elem.reg(st, o, p); err != nil {
				return err
			}
		}
	}
	return nil
}

// ptr migrates the objects an old pointer points to: once per old
// address, into a zeroed new block of nalloc elements whose first nwork
// the work list fills later. No recursion: a list of any length takes
// constant stack.
func (st *xfState) ptr(elem *xfClosure, nalloc, nwork int, old unsafe.Pointer) (unsafe.Pointer, error) {
	if old == nil {
		return nil, nil
	}
	k := xfKey{uintptr(old), elem}
	// One probe finds the mapping or the free slot it will take.
	st.m.room()
	sl := st.m.slot(k)
	if sl.old == 0 {
		if q, found := st.blockFind(old, elem); found {
			return q, nil // inside, or one past the end of, a migrated array
		}
	}
	var stale unsafe.Pointer
	if sl.old != 0 {
		n, counted := st.counts[k]
		if nalloc <= 1 || counted && n >= nalloc {
			return sl.new, nil
		}
		// A block whose first element was reached alone before: the
		// block is made now and the lone copy goes stale.
		stale = sl.new
	}
	p := elem.alloc(max(nalloc, 1))
	if nwork > 0 {
		st.work = append(st.work, xfItem{old: old, new: p, c: elem, n: nwork, where: st.where})
	}
	if sl.old == 0 {
		sl.xfKey = k
		st.m.n++
	}
	sl.new = p
	if nalloc > 1 {
		st.counts[k] = nalloc
		st.blockReg(old, uintptr(nwork)*elem.oldSize, p, elem.oldSize, elem.newSize, elem)
	}
	if stale != nil {
		st.aliases[uintptr(stale)] = p
	}
	return p, st.mapElems(old, p, elem, nwork)
}

// ntCount counts the elements of size sz before the first all-zero one.
func xfNTCount(p unsafe.Pointer, sz uintptr) int {
	if p == nil || sz == 0 {
		return 0
	}
	for n := 0; ; n++ {
		zero := true
		for _, b := range unsafe.Slice((*byte)(unsafe.Add(p, uintptr(n)*sz)), sz) {
			if b != 0 {
				zero = false
				break
			}
		}
		if zero {
			return n
		}
	}
}

// drain fills the objects on the work list, and those their pointers
// reach, until none is left.
func (st *xfState) drain() error {
	for len(st.work) > 0 {
		it := st.work[len(st.work)-1]
		st.work = st.work[:len(st.work)-1]
		st.where = it.where
		// A lone object that turned out to be part of an array migrated
		// since (or just past its end): the array's copy is the one.
		if q, ok := st.blockFind(it.old, it.c); it.n == 1 && ok && q != it.new {
			st.mapReg(it.old, it.c, q)
			continue
		}
		for i := range it.n {
			if err := it.c.fn(st, unsafe.Add(it.old, uintptr(i)*it.c.oldSize), unsafe.Add(it.new, uintptr(i)*it.c.newSize)); err != nil {
				return err
			}
		}
	}
	return nil
}

// xfXform is $xform(T0, T1) in user code: the generated migration of
// one O into one N. What the pointers of in reach is migrated once the
// rule returns, through the work list.
func xfXform[O, N any](st *xfState, c *xfClosure) func(in *O, out *N) error {
	return func(in *O, out *N) error { return c.fn(st, unsafe.Pointer(in), unsafe.Pointer(out)) }
}

// xfFuncPtr remaps a function pointer through FuncMap.
func xfFuncPtr(old uintptr) (uintptr, error) {
	if old == 0 || FuncMap == nil {
		return old, nil
	}
	return FuncMap(old)
}
`
