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

// xfClosure migrates one pair of types. Each function gets the closure
// it runs as (xfc), which carries the transformers of a generic
// instance's parameters.
type xfClosure struct {
	fn func(st *xfState, xfc *xfClosure, in, out unsafe.Pointer) error
	// reg maps the objects inside one object (nil: none to map).
	reg func(st *xfState, xfc *xfClosure, in, out unsafe.Pointer) error
	// fix redirects the pointers of one new object away from stale
	// copies (nil: it holds no pointer to fix).
	fix func(st *xfState, xfc *xfClosure, obj unsafe.Pointer)
	// alloc makes n zeroed new objects, typed so that the garbage
	// collector sees their pointers.
	alloc            func(n int) unsafe.Pointer
	oldSize, newSize uintptr
	// inner is, for a pointer transformer (xfPtr), the pointee's.
	inner *xfClosure
	// gen are the transformers of a generic instance's parameters,
	// given at run time ($xform(T0, T1, args...)); base is the closure
	// they were given to.
	gen  []*xfClosure
	base *xfClosure
	// key, for a transformer rule code builds (xfRaw, xfPtr), says
	// what it does, so that equal ones are one type in the address map.
	key string
	// inst caches withGen's closures of the instances inside this one.
	inst map[*xfClosure]*xfClosure
}

// xfTransformer is a transformer in rule code: $gen(@t), and a
// $xform(...) given as a transformer argument. Call migrates the value
// at in into out.
type xfTransformer struct {
	st *xfState
	c  *xfClosure
}

// Call migrates the value at in (old) into the one at out (new).
func (t xfTransformer) Call(in, out unsafe.Pointer) error {
	if t.c == nil || t.c.fn == nil {
		return errors.New("a transformer with nothing to run")
	}
	if t.st == nil {
		return errors.New("xfRaw's transformer migrates a value through xfPtr or $xform, not on its own")
	}
	c := t.st.keep(t.c)
	return c.fn(t.st, c, in, out)
}

// xfTr is the transformer of closure c, for rule code.
func xfTr(st *xfState, c *xfClosure) xfTransformer { return xfTransformer{st: st, c: c} }

// xfRaw is Kitsune's XF_RAW(size): a value of size bytes, copied.
func xfRaw(size uintptr) xfTransformer {
	return xfTransformer{c: &xfClosure{fn: xfCopy, alloc: xfAllocBytes(size), oldSize: size, newSize: size, key: fmt.Sprint("raw ", size)}}
}

// xfPtr is Kitsune's XF_PTR(t): a pointer to one object t migrates,
// migrated once through the address map.
func xfPtr(t xfTransformer) xfTransformer {
	return xfTransformer{st: t.st, c: &xfClosure{fn: xfPtrFn, alloc: xfAlloc[unsafe.Pointer], oldSize: unsafe.Sizeof(uintptr(0)), newSize: unsafe.Sizeof(uintptr(0)), inner: t.c, key: "ptr"}}
}

func xfPtrFn(st *xfState, xfc *xfClosure, in, out unsafe.Pointer) error {
	if xfc.inner == nil {
		return errors.New("a pointer transformer with no pointee's")
	}
	q, err := st.ptr(xfc.inner, 1, 1, *(*unsafe.Pointer)(in))
	if err != nil {
		return err
	}
	*(*unsafe.Pointer)(out) = q
	return nil
}

// xfAllocBytes makes objects of size bytes, which hold no Go pointers.
func xfAllocBytes(size uintptr) func(n int) unsafe.Pointer {
	return func(n int) unsafe.Pointer {
		// in uint64 words, so the objects are aligned as C's malloc aligns
		return unsafe.Pointer(unsafe.SliceData(make([]uint64, (uintptr(max(n, 1))*size+7)/8)))
	}
}

// xfUnbound is the transformer of a generic parameter no use bound.
var xfUnbound = xfClosure{fn: func(st *xfState, xfc *xfClosure, in, out unsafe.Pointer) error {
	return errors.New("a generic parameter's transformer is not given: write E_G(...) where the generic type is used, or give the transformers as $xform(T0, T1, args...)")
}, alloc: xfAllocBytes(1), oldSize: 1, newSize: 1}

// xfParam is the transformer of parameter i of the running closure.
func xfParam(xfc *xfClosure, i int) *xfClosure {
	if xfc == nil || i >= len(xfc.gen) || xfc.gen[i] == nil {
		return &xfUnbound
	}
	return xfc.gen[i]
}

// xfGenKey identifies a closure with its parameters' transformers.
type xfGenKey struct {
	base  *xfClosure
	inner *xfClosure
	key   string
	gen   string // the parameters' closures, as addresses
}

// keep returns the one closure that is c with its transformers made
// canonical: equal closures rule code builds, and a base with the
// same parameters, are the same closure, so one type in the address
// map whoever built it.
func (st *xfState) keep(c *xfClosure) *xfClosure {
	if c == nil || (c.key == "" && c.base == nil) {
		return c // a generated closure
	}
	k := xfGenKey{base: c.base, key: c.key, inner: st.keep(c.inner)}
	gen := make([]*xfClosure, len(c.gen))
	var b []byte
	for i, p := range c.gen {
		gen[i] = st.keep(p)
		b = fmt.Appendf(b, "%p,", gen[i])
	}
	k.gen = string(b)
	if k.base == nil {
		k.key = fmt.Sprint(c.key, c.oldSize, c.newSize)
	}
	if kc, ok := st.closures[k]; ok {
		return kc
	}
	kc := *c
	kc.inner, kc.gen, kc.inst = k.inner, gen, nil
	st.closures[k] = &kc
	return &kc
}

// withGen is the closure c of an instance inside a generic one, given
// the parameters of the closure from that runs.
func (st *xfState) withGen(c *xfClosure, from *xfClosure) *xfClosure {
	if from == nil || len(from.gen) == 0 {
		return c
	}
	if k, ok := from.inst[c]; ok {
		return k
	}
	k := *c
	k.base, k.gen, k.inst = c, from.gen, nil
	kc := st.keep(&k)
	if from.inst == nil {
		from.inst = map[*xfClosure]*xfClosure{}
	}
	from.inst[c] = kc
	return kc
}

// xfGen is $xform(T0, T1, args...): the instance of closure c with the
// transformers of its parameters.
func xfGen(st *xfState, c *xfClosure, args ...xfTransformer) xfTransformer {
	k := *c
	k.base, k.gen, k.inst = c, make([]*xfClosure, len(args)), nil
	for i, a := range args {
		k.gen[i] = a.c
	}
	return xfTransformer{st: st, c: st.keep(&k)}
}

// xfGenFunc is $xform(T0, T1, args...) called in rule code.
func xfGenFunc[O, N any](st *xfState, c *xfClosure, args ...xfTransformer) func(in *O, out *N) error {
	t := xfGen(st, c, args...)
	return func(in *O, out *N) error { return t.Call(unsafe.Pointer(in), unsafe.Pointer(out)) }
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
	closures map[xfGenKey]*xfClosure // closures with parameters, made canonical
	// the globals, for $oldsym and $newsym
	old *OldGlobals
	new *NewGlobals
}

func xfNewState() *xfState {
	return &xfState{counts: map[xfKey]int{}, aliases: map[uintptr]unsafe.Pointer{}, pages: map[uintptr][]int{}, closures: map[xfGenKey]*xfClosure{}}
}

// xfCtx says where a failure happened while it propagates outwards.
func xfCtx(err error, what string) error { return fmt.Errorf("%w; in %s", err, what) }

// xfMove copies n bytes from in to out.
func xfMove(out, in unsafe.Pointer, n uintptr) {
	copy(unsafe.Slice((*byte)(out), n), unsafe.Slice((*byte)(in), n))
}

// xfCopy migrates an object of a type that did not change.
func xfCopy(st *xfState, xfc *xfClosure, in, out unsafe.Pointer) error {
	xfMove(out, in, min(xfc.oldSize, xfc.newSize))
	return nil
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
		return c.reg(st, c, old, new)
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
			s.tag.fix(st, s.tag, s.new)
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
			if err := elem.reg(st, elem, o, p); err != nil {
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
		// A lone object that went stale since (a holder migrated
		// meanwhile mapped it inside itself, mapReg made the alias) is
		// dropped. One that turned out to be part of an array migrated
		// since (or just past its end): the array's copy is the one. The
		// mapping is looked at first: an object that starts where an
		// array just before it ends (a member right after an array
		// member) is one past that array's end too, and the array must
		// not take over the object its holder mapped.
		if it.n == 1 {
			if q, ok := st.m.get(xfKey{uintptr(it.old), it.c}); ok && q != it.new {
				continue
			}
			if q, ok := st.blockFind(it.old, it.c); ok && q != it.new {
				st.mapReg(it.old, it.c, q)
				continue
			}
		}
		for i := range it.n {
			if err := it.c.fn(st, it.c, unsafe.Add(it.old, uintptr(i)*it.c.oldSize), unsafe.Add(it.new, uintptr(i)*it.c.newSize)); err != nil {
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
	return func(in *O, out *N) error { return c.fn(st, c, unsafe.Pointer(in), unsafe.Pointer(out)) }
}

// xfFuncPtr remaps a function pointer through FuncMap.
func xfFuncPtr(old uintptr) (uintptr, error) {
	if old == 0 || FuncMap == nil {
		return old, nil
	}
	return FuncMap(old)
}
`
