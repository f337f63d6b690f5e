/* ---- xfgen runtime: address map, work list, errors, helpers ---- */

#define XF_UNUSED __attribute__((unused))
/* xf_slow marks the rare branch of a function on every object's path,
 * so that the common one is small enough to be inlined. */
#define xf_slow __attribute__((noinline, cold))

/* A closure is a transformer with what it needs: the transformer of the
 * elements or pointee (inner), a count and the element sizes. */
struct xf_closure {
	int (*fn)(const struct xf_closure *c, void *in, void *out);
	/* reg maps the objects inside one object (NULL: none to map) */
	int (*reg)(const struct xf_closure *c, void *in, void *out);
	/* fix redirects the pointers of one new object away from stale
	 * copies (NULL: it holds no pointer to fix) */
	void (*fix)(const struct xf_closure *c, void *obj);
	const struct xf_closure *inner;
	size_t n, old_size, new_size;
	size_t align; /* of the new objects, when more than malloc gives */
	int persistent; /* 1: static storage; 0: a compound literal in user code */
	/* 1: no object of this pair of types lies in an array, so one
	 * reached alone need not wait until every array is known (xf_lone) */
	int never_in_array;
	/* the transformers of a generic instance's parameters, given at run
	 * time by user code ($xform(T0, T1, args...)) */
	const struct xf_closure *const *gen;
	size_t ngen;
	/* the old type's name when it is declared E_OWNED, for the messages
	 * of the check (XF_CHECK_OWNED) */
	const char *owned;
};

/* Built with -DXF_CHECK_OWNED, the migration checks what E_OWNED says
 * instead of relying on it (xf_ptr_owned). */
#ifdef XF_CHECK_OWNED
static const int xf_check_owned = 1;
#else
static const int xf_check_owned = 0;
#endif
static int xf_owned_at(const void *p);
static int xf_owned_hit(const void *p);

static const struct xf_env *xf_env_cur;
static char xf_errbuf[1024];
static int xf_nerr;            /* failures so far in this migration */
static const char *xf_where;   /* the variable being migrated */

/* xf_failf records why the migration fails; only the first cause is
 * kept, later context is appended by xf_ctx. Returns -1. */
XF_UNUSED static int xf_failf(const char *fmt, ...)
{
	va_list ap;
	if (xf_nerr++ == 0) {
		va_start(ap, fmt);
		vsnprintf(xf_errbuf, sizeof xf_errbuf, fmt, ap);
		va_end(ap);
	}
	return -1;
}

/* xf_ctx appends where a failure happened ("in struct conn, field next")
 * while it propagates outwards. Returns -1. */
XF_UNUSED static int xf_ctx(const char *what)
{
	size_t len = strlen(xf_errbuf);
	if (len + 8 < sizeof xf_errbuf && strlen(what) < sizeof xf_errbuf - len - 8)
		snprintf(xf_errbuf + len, sizeof xf_errbuf - len, "; in %s", what);
	return -1;
}

/* xf_grow makes room for one more element in the array p of *cap
 * elements of size sz holding len, doubling it from first. It returns
 * the array, moved or not, or NULL (p still valid) when memory runs
 * out. */
XF_UNUSED static void *xf_grow(void *p, size_t *cap, size_t len, size_t sz, size_t first)
{
	size_t ncap;
	void *np;
	if (len < *cap)
		return p;
	ncap = *cap ? 2 * *cap : first;
	np = realloc(p, ncap * sz);
	if (np != NULL)
		*cap = ncap;
	return np;
}

/* ---- read-only memory and the old image ----
 * A const global of the new version lives in read-only memory (and
 * already holds the new program's value): it is left alone. The model
 * does not say what is const, the loaded objects' program headers do
 * (dl_iterate_phdr: a segment without PF_W, or the part made read-only
 * after relocation, PT_GNU_RELRO); /proc/self/maps is read only for an
 * address in no loaded object. The same segments say where the old
 * version's image lies. */

struct xf_range { uintptr_t lo, hi; int w; };
static struct xf_range *xf_maps;
static size_t xf_nmaps;
static int xf_maps_read;
/* The span of the old version's loaded object (found from one of its
 * globals): function pointers out of it are kept, and objects inside it
 * that no variable covers are refused (xf_in_old_image). */
static uintptr_t xf_old_lo, xf_old_hi;

/* xf_seg is what the program headers say about the address a: whether
 * a loaded object holds it, whether it may be written there (in a
 * segment with PF_W and not in the part made read-only after
 * relocation, PT_GNU_RELRO), and the span of that object's segments.
 * They are asked again each time (a few objects, a few headers each)
 * rather than kept: a migration asks only for its globals. */
struct xf_seg { uintptr_t a, lo, hi; int found, w; };

static int xf_seg_cb(struct dl_phdr_info *info, size_t size, void *data)
{
	struct xf_seg *q = data;
	uintptr_t lo = UINTPTR_MAX, hi = 0;
	int in = 0, w = 0, relro = 0;
	size_t i;
	(void)size;
	for (i = 0; i < info->dlpi_phnum; i++) {
		const ElfW(Phdr) *ph = &info->dlpi_phdr[i];
		uintptr_t s = info->dlpi_addr + ph->p_vaddr, e = s + ph->p_memsz;
		int holds = q->a >= s && q->a < e;
		if (ph->p_type == PT_GNU_RELRO && holds)
			relro = 1;
		if (ph->p_type != PT_LOAD)
			continue;
		lo = s < lo ? s : lo;
		hi = e > hi ? e : hi;
		if (holds) {
			in = 1;
			w = (ph->p_flags & PF_W) != 0;
		}
	}
	if (!in)
		return 0;
	q->found = 1;
	q->w = w && !relro;
	q->lo = lo;
	q->hi = hi;
	return 1;
}

static struct xf_seg xf_seg_of(const void *p)
{
	struct xf_seg q = {.a = (uintptr_t)p};
	dl_iterate_phdr(xf_seg_cb, &q);
	return q;
}

static void xf_read_maps(void)
{
	FILE *f;
	char perm[8];
	unsigned long lo, hi;
	size_t cap = 0;
	int ch;
	xf_maps_read = 1;
	f = fopen("/proc/self/maps", "r");
	if (f == NULL)
		return;
	while (fscanf(f, "%lx-%lx %7s", &lo, &hi, perm) == 3) {
		struct xf_range *r = xf_grow(xf_maps, &cap, xf_nmaps, sizeof *r, 64);
		if (r == NULL)
			break;
		xf_maps = r;
		r[xf_nmaps].lo = lo;
		r[xf_nmaps].hi = hi;
		r[xf_nmaps].w = perm[1] == 'w';
		xf_nmaps++;
		while ((ch = fgetc(f)) != EOF && ch != '\n')
			; /* the rest of the line, however long */
	}
	fclose(f);
}

/* xf_writable says whether the object at p may be written: whether its
 * first byte is in writable memory (a const object is read-only as a
 * whole; a writable one may span several segments, .data and .bss).
 * When nothing says, it assumes so. */
XF_UNUSED static int xf_writable(const void *p)
{
	struct xf_seg q = xf_seg_of(p);
	size_t i;
	if (q.found)
		return q.w;
	if (!xf_maps_read)
		xf_read_maps();
	for (i = 0; i < xf_nmaps; i++)
		if ((uintptr_t)p >= xf_maps[i].lo && (uintptr_t)p < xf_maps[i].hi)
			return xf_maps[i].w;
	return 1;
}

/* xf_find_old_base sets xf_old_lo and xf_old_hi, once, to the span of
 * the segments of the loaded object that holds global, one of the old
 * version's: the program headers say where it lies (dladdr would search
 * its symbols too). */
XF_UNUSED static void xf_find_old_base(const void *global)
{
	struct xf_seg q;
	if (xf_old_hi != 0 || global == NULL)
		return;
	q = xf_seg_of(global);
	if (q.found) {
		xf_old_lo = q.lo;
		xf_old_hi = q.hi;
	}
}

/* ---- address map: (old object, its type) -> new object ----
 * Keyed by type too: a struct and its first member share an address but
 * are two objects. The type is the closure that migrates it.
 *
 * Most objects are reached once (a list's nodes, a tree's, a table's
 * entries), so their mappings are not put in the hash table at once:
 * they go to an append-only log, and a bitmap over the old addresses
 * (xf_seen, one bit per 8-byte word) says which words have a mapping,
 * a migrated array or a stale copy at all. A look-up of a word whose
 * bit is clear answers at once; one whose bit is set first moves the
 * log into the table (xf_flush). The table then holds only what was
 * looked up since, and an object reached once costs a bit and a word
 * of log (two where the log cannot be that short, see xf_logchunk).
 * Table slots are 16 bytes: the old address (48 bits) with its type's
 * number above it (xf_key), and the new. */

struct xf_slot { uintptr_t key; void *new_; }; /* key 0: free */
static struct xf_slot *xf_map;
static size_t xf_map_cap, xf_map_len;

static size_t xf_hash(const void *p, const void *tag)
{
	uint64_t x = (uint64_t)(uintptr_t)p ^ ((uint64_t)(uintptr_t)tag * 0x9e3779b97f4a7c15ULL);
	x ^= x >> 33;
	x *= 0xff51afd7ed558ccdULL;
	x ^= x >> 33;
	return (size_t)x;
}

/* The bitmap: regions of 64 KiB of old addresses, each with its bits,
 * found by a small hash table of region numbers (+ 1: 0 is free). */
enum { xf_region_shift = 16, xf_region_nbits = 1 << (xf_region_shift - 3) };
struct xf_region { uintptr_t r; uint64_t *bits; };
static struct xf_region *xf_regions;
static size_t xf_regions_cap, xf_regions_len;
static uintptr_t xf_last_r; /* the region found last, and its bits */
static uint64_t *xf_last_bits;
/* Once a state spans many regions (a hash table's entries, reached in
 * no order), they are also found by their number's low bits in a
 * directory of xf_rdir_n slots: a heap of up to 256 MiB takes no two
 * regions to one slot, and one compare answers. A small migration does
 * not make it (its 64 KiB would be fresh pages to touch). */
enum { xf_rdir_n = 4096, xf_rdir_from = 16 };
static struct xf_region *xf_rdir;
static int xf_oom; /* memory ran out where no error could be returned */

/* Regions' bits are cut from chunks that double up to 256 regions' worth,
 * not one calloc each: a state scattered over a large heap (a few
 * changed objects among many that are not) touches a region per
 * object. */
struct xf_bitchunk { struct xf_bitchunk *next; size_t left, cap; uint64_t w[]; };
static struct xf_bitchunk *xf_bitchunks;

static uint64_t *xf_new_bits(void)
{
	size_t n = (xf_check_owned ? 2 : 1) * xf_region_nbits / 64; /* words */
	struct xf_bitchunk *ch = xf_bitchunks;
	uint64_t *w;
	if (ch == NULL || ch->left < n) {
		size_t regions = ch == NULL ? 1 : ch->cap / n * 2;
		if (regions > 256)
			regions = 256;
		if ((ch = malloc(sizeof *ch + regions * n * sizeof(uint64_t))) == NULL)
			return NULL;
		ch->next = xf_bitchunks;
		ch->left = ch->cap = regions * n;
		xf_bitchunks = ch;
	}
	w = ch->w + (ch->cap - ch->left);
	ch->left -= n;
	memset(w, 0, n * sizeof *w);
	return w;
}

static struct xf_region *xf_region_slot(uintptr_t r)
{
	size_t i;
	for (i = xf_hash((void *)r, NULL) & (xf_regions_cap - 1); xf_regions[i].r != 0 && xf_regions[i].r != r;
	     i = (i + 1) & (xf_regions_cap - 1))
		;
	return &xf_regions[i];
}

/* xf_region_bits returns the bits of region r, made if make is set;
 * NULL when there are none (or memory ran out). */
static uint64_t *xf_region_bits(uintptr_t r, int make)
{
	struct xf_region *sl; /* the region found last is xf_bits's to answer */
	if (xf_regions_cap == 0 && !make)
		return NULL;
	if (make && (xf_regions_len + 1) * 2 > xf_regions_cap) {
		size_t cap = xf_regions_cap ? 2 * xf_regions_cap : 8, i, j;
		struct xf_region *m = calloc(cap, sizeof *m);
		if (m == NULL)
			return NULL;
		for (i = 0; i < xf_regions_cap; i++) {
			if (xf_regions[i].r == 0)
				continue;
			for (j = xf_hash((void *)xf_regions[i].r, NULL) & (cap - 1); m[j].r != 0; j = (j + 1) & (cap - 1))
				;
			m[j] = xf_regions[i];
		}
		free(xf_regions);
		xf_regions = m;
		xf_regions_cap = cap;
	}
	sl = xf_region_slot(r);
	if (sl->r == 0) {
		if (!make) {
			xf_last_r = r; /* a region without bits, remembered too */
			xf_last_bits = NULL;
			return NULL;
		}
		if ((sl->bits = xf_new_bits()) == NULL)
			return NULL;
		sl->r = r;
		xf_regions_len++;
		if (xf_rdir == NULL && xf_regions_len >= xf_rdir_from && (xf_rdir = calloc(xf_rdir_n, sizeof *xf_rdir)) != NULL) {
			size_t i;
			for (i = 0; i < xf_regions_cap; i++)
				if (xf_regions[i].r != 0)
					xf_rdir[xf_regions[i].r & (xf_rdir_n - 1)] = xf_regions[i];
		}
	}
	if (xf_rdir != NULL)
		xf_rdir[r & (xf_rdir_n - 1)] = *sl;
	xf_last_r = r;
	xf_last_bits = sl->bits;
	return sl->bits;
}

/* xf_bits is xf_region_bits, with the region found last looked at
 * first without a call: objects reached one after another mostly lie
 * in the same 64 KiB. */
static inline uint64_t *xf_bits(uintptr_t r, int make)
{
	const struct xf_region *d;
	if (r == xf_last_r && (xf_last_bits != NULL || !make))
		return xf_last_bits;
	if (xf_rdir != NULL && (d = &xf_rdir[r & (xf_rdir_n - 1)])->r == r) {
		xf_last_r = r;
		xf_last_bits = d->bits;
		return d->bits;
	}
	return xf_region_bits(r, make);
}

/* xf_seen says whether the 8-byte word at p may have a mapping. */
static inline int xf_seen(const void *p)
{
	uintptr_t a = (uintptr_t)p;
	uint64_t *b = xf_bits((a >> xf_region_shift) + 1, 0);
	size_t w = (a >> 3) & (xf_region_nbits - 1);
	return b != NULL && (b[w / 64] >> (w % 64) & 1) != 0;
}

/* With XF_CHECK_OWNED, a region's bits are followed by as many that
 * mark the words of the objects copied as E_OWNED. */
enum { xf_owned_bits = xf_region_nbits / 64 };

/* xf_mark_words sets the bits, at word off of each region's, of the
 * words from p to p + len, both included. */
static int xf_mark_words(const void *p, size_t len, size_t off)
{
	uintptr_t a = (uintptr_t)p >> 3, end = ((uintptr_t)p + len) >> 3;
	while (a <= end) {
		/* the words of one region at a time: its bits are found once */
		uintptr_t last = a | (xf_region_nbits - 1);
		uint64_t *b = xf_bits((a >> (xf_region_shift - 3)) + 1, 1);
		if (b == NULL)
			return xf_failf("out of memory marking the migrated objects");
		if (last > end)
			last = end;
		/* the bits from a to last, a 64-bit word of them at a time */
		while (a <= last) {
			size_t w = a & (xf_region_nbits - 1), k = w % 64, n = last - a + 1 < 64 - k ? last - a + 1 : 64 - k;
			b[off + w / 64] |= (n == 64 ? ~(uint64_t)0 : (((uint64_t)1 << n) - 1)) << k;
			a += n;
		}
	}
	return 0;
}

/* xf_mark_range sets the bits of the words from p to p + len, both
 * included (one past the end of an array counts). */
static int xf_mark_range(const void *p, size_t len)
{
	return xf_mark_words(p, len, 0);
}

static inline int xf_mark(const void *p)
{
	uintptr_t a = (uintptr_t)p;
	if ((a >> xf_region_shift) + 1 == xf_last_r && xf_last_bits != NULL) {
		size_t w = (a >> 3) & (xf_region_nbits - 1);
		xf_last_bits[w / 64] |= (uint64_t)1 << (w % 64);
		return 0;
	}
	return xf_mark_range(p, 0);
}

/* The log: (old address with its type's number in the top 16 bits, new
 * address), in chunks that are reused once moved into the table, each
 * twice the size of the one before up to xf_log_chunk words (a small
 * migration allocates little). Types are numbered in xf_tags.
 *
 * An entry is a word: the old and new addresses as 32-bit offsets from
 * the chunk's bases, all of the chunk's entries of one type, since the
 * objects of a walk mostly are of one type and lie near each other. An
 * entry that does not fit starts the next chunk; when a chunk so ended
 * early (types alternating, addresses far apart), the next one holds
 * entries of two words, the key and the new address, which always fit. */
enum { xf_log_chunk = 16384 };
static const uintptr_t xf_addr_mask = ((uintptr_t)1 << 48) - 1;
struct xf_logchunk {
	struct xf_logchunk *next;
	size_t len, cap; /* entries, of the chunk's form */
	size_t words;    /* its room */
	int wide;        /* entries of two words */
	uintptr_t tagbits, obase, nbase; /* of the one-word form */
	uint64_t d[];
};
static struct xf_logchunk *xf_log, *xf_log_cur;
static size_t xf_log_len;
static int xf_log_wide_next; /* the chunk before ended early */
static const void **xf_tags;
static size_t xf_ntags, xf_tags_cap;
static const void *xf_tag_cache_key[16];
static size_t xf_tag_cache_id[16];

/* xf_tag_id numbers tag; (size_t)-1 when it cannot. */
static size_t xf_tag_id(const void *tag)
{
	size_t h = ((uintptr_t)tag >> 3) & 15, i;
	const void **t;
	if (xf_tag_cache_key[h] == tag)
		return xf_tag_cache_id[h];
	for (i = 0; i < xf_ntags && xf_tags[i] != tag; i++)
		;
	if (i == xf_ntags) {
		if (xf_ntags >= 0xffff || (t = xf_grow(xf_tags, &xf_tags_cap, xf_ntags, sizeof *t, 16)) == NULL)
			return (size_t)-1;
		xf_tags = t;
		xf_tags[xf_ntags++] = tag;
	}
	xf_tag_cache_key[h] = tag;
	xf_tag_cache_id[h] = i;
	return i;
}

/* xf_key packs (old, tag) into a slot's key; 0 when they do not fit
 * (an address beyond 48 bits, more than 65535 types), which fails the
 * migration. */
static const void *xf_last_tag; /* the type numbered last, and its number << 48 */
static uintptr_t xf_last_tag_bits;

xf_slow static uintptr_t xf_key_slow(const void *old, const void *tag)
{
	size_t id = (uintptr_t)old >> 48 == 0 && old != NULL ? xf_tag_id(tag) : (size_t)-1;
	if (id == (size_t)-1) {
		xf_oom = 1;
		xf_failf("the address map cannot hold the object at %p (beyond 48 bits, or more than 65535 types)", old);
		return 0;
	}
	xf_last_tag = tag;
	xf_last_tag_bits = (uintptr_t)id << 48;
	return (uintptr_t)old | (uintptr_t)id << 48;
}

static inline uintptr_t xf_key(const void *old, const void *tag)
{
	if (tag == xf_last_tag && old != NULL && (uintptr_t)old >> 48 == 0)
		return (uintptr_t)old | xf_last_tag_bits;
	return xf_key_slow(old, tag);
}

static const void *xf_key_tag(uintptr_t key) { return xf_tags[key >> 48]; }

static size_t xf_key_hash(uintptr_t key)
{
	uint64_t x = (uint64_t)key;
	x ^= x >> 33;
	x *= 0xff51afd7ed558ccdULL;
	x ^= x >> 33;
	return (size_t)x;
}

/* xf_key_slot finds the slot of key, or the free slot it would take;
 * the map must have room. */
static struct xf_slot *xf_key_slot(uintptr_t key)
{
	size_t i;
	for (i = xf_key_hash(key) & (xf_map_cap - 1); xf_map[i].key != 0 && xf_map[i].key != key; i = (i + 1) & (xf_map_cap - 1))
		;
	return &xf_map[i];
}

/* xf_map_slot finds the slot of (old, tag), or the free slot it would
 * take; the map must have room and the log be moved into it. */
static struct xf_slot *xf_map_slot(const void *old, const void *tag)
{
	static struct xf_slot none;
	uintptr_t key = xf_key(old, tag);
	if (key == 0) {
		none.key = 0;
		return &none;
	}
	return xf_key_slot(key);
}

static int xf_map_grow(size_t need)
{
	size_t cap = xf_map_cap ? xf_map_cap : 1024, i, j;
	struct xf_slot *m;
	while (need * 2 > cap)
		cap *= 2;
	if (cap == xf_map_cap)
		return 0;
	if ((m = calloc(cap, sizeof *m)) == NULL)
		return xf_failf("out of memory growing the address map to %zu entries", cap);
	for (i = 0; i < xf_map_cap; i++) {
		if (xf_map[i].key == 0)
			continue;
		for (j = xf_key_hash(xf_map[i].key) & (cap - 1); m[j].key != 0; j = (j + 1) & (cap - 1))
			;
		m[j] = xf_map[i];
	}
	free(xf_map);
	xf_map = m;
	xf_map_cap = cap;
	return 0;
}

/* xf_map_room makes sure one more entry fits. */
static int xf_map_room(void)
{
	if ((xf_map_len + 1) * 2 > xf_map_cap)
		return xf_map_grow(xf_map_len + 1);
	return 0;
}

/* xf_flush moves the log into the table. */
static int xf_flush(void)
{
	struct xf_logchunk *ch;
	size_t i;
	if (xf_log_len == 0)
		return 0;
	if (xf_map_grow(xf_map_len + xf_log_len) != 0) {
		xf_oom = 1;
		return -1;
	}
	for (ch = xf_log; ch != NULL; ch = ch->next) {
		for (i = 0; i < ch->len; i++) {
			uintptr_t key, new_;
			struct xf_slot *sl;
			if (ch->wide) {
				key = ch->d[2 * i];
				new_ = ch->d[2 * i + 1];
			} else {
				key = ((ch->obase + (uintptr_t)(intptr_t)(int32_t)(uint32_t)ch->d[i]) & xf_addr_mask) | ch->tagbits;
				new_ = ch->nbase + (uintptr_t)(intptr_t)(int32_t)(uint32_t)(ch->d[i] >> 32);
			}
			sl = xf_key_slot(key);
			sl->key = key;
			sl->new_ = (void *)new_;
			xf_map_len++;
		}
		ch->len = 0;
		if (ch == xf_log_cur)
			break;
	}
	xf_log_cur = xf_log;
	xf_log_len = 0;
	return 0;
}

/* xf_log_put_slow is xf_log_put when the current chunk is full, empty
 * or of another form than the entry: the entry goes to the next chunk
 * (made when there is none), given its form. */
xf_slow static int xf_log_put_slow(uintptr_t key, void *new_)
{
	struct xf_logchunk *ch = xf_log_cur;
	if (ch == NULL || ch->len > 0) {
		if (ch != NULL && !ch->wide && ch->len < ch->cap / 8)
			xf_log_wide_next = 1;
		if (ch == NULL || ch->next == NULL) {
			size_t words = ch == NULL ? 16 : ch->words < xf_log_chunk ? 2 * ch->words : xf_log_chunk;
			struct xf_logchunk *n = malloc(sizeof *n + words * sizeof n->d[0]);
			if (n == NULL)
				return xf_failf("out of memory growing the address map's log");
			n->next = NULL;
			n->len = 0;
			n->words = words;
			if (ch != NULL)
				ch->next = n;
			else
				xf_log = n;
		}
		ch = xf_log_cur = ch != NULL ? ch->next : xf_log;
	}
	ch->wide = xf_log_wide_next;
	xf_log_wide_next = 0;
	ch->cap = ch->wide ? ch->words / 2 : ch->words;
	ch->tagbits = key & ~xf_addr_mask;
	ch->obase = key & xf_addr_mask;
	ch->nbase = (uintptr_t)new_;
	if (ch->wide) {
		ch->d[0] = key;
		ch->d[1] = (uintptr_t)new_;
	} else {
		ch->d[0] = 0; /* both offsets 0: the bases */
	}
	ch->len = 1;
	xf_log_len++;
	return 0;
}

/* xf_log_put appends key -> new_ to the log. */
static inline int xf_log_put(uintptr_t key, void *new_)
{
	struct xf_logchunk *ch = xf_log_cur;
	if (ch != NULL && ch->len < ch->cap) {
		if (ch->wide) {
			ch->d[2 * ch->len] = key;
			ch->d[2 * ch->len + 1] = (uintptr_t)new_;
			ch->len++;
			xf_log_len++;
			return 0;
		} else {
			intptr_t od = (intptr_t)((key & xf_addr_mask) - ch->obase), nd = (intptr_t)((uintptr_t)new_ - ch->nbase);
			if ((key & ~xf_addr_mask) == ch->tagbits && od == (int32_t)od && nd == (int32_t)nd) {
				ch->d[ch->len++] = (uint64_t)(uint32_t)od | (uint64_t)(uint32_t)nd << 32;
				xf_log_len++;
				return 0;
			}
		}
	}
	return xf_log_put_slow(key, new_);
}

/* xf_map_new records (old, tag) -> new_, known to be in neither the
 * table nor the log, in the log. It is on the path of every object
 * reached once, so what it calls is inline but when the log grows. */
static inline int xf_map_new(const void *old, const void *tag, void *new_)
{
	uintptr_t key = xf_key(old, tag);
	if (key == 0 || xf_mark(old) != 0)
		return -1;
	return xf_log_put(key, new_);
}

/* xf_map_find returns the slot of (old, tag) in the table, after moving
 * the log into it, or NULL when old's word has no mapping at all; the
 * slot is free when only another type or object there has one. */
/* The objects inside a lone copy (its members that pointers may reach)
 * are mapped only when an address inside it is looked up: xf_ptr marks
 * the words it covers and notes its type here, and xf_reg_late finds it
 * from such an address. */
static const struct xf_closure *xf_late[16];
static size_t xf_nlate, xf_late_max;
static const struct xf_closure *xf_late_last; /* noted last: xf_ptr_first's */

/* xf_late_ok says whether the objects inside a new lone copy of type c
 * at old may be mapped late: old is aligned, nothing inside it is
 * mapped yet, and c is one of the few types noted. */
static int xf_late_ok(const struct xf_closure *c, const void *old)
{
	size_t i;
	if ((uintptr_t)old % 8 != 0 || c->old_size < 8 || c->old_size > 4096)
		return 0;
	for (i = 8; i < c->old_size; i += 8)
		if (xf_seen((const char *)old + i))
			return 0;
	for (i = 0; i < xf_nlate && xf_late[i] != c; i++)
		;
	if (i == xf_nlate) {
		if (xf_nlate == sizeof xf_late / sizeof xf_late[0])
			return 0;
		xf_late[xf_nlate++] = c;
		xf_late_max = c->old_size > xf_late_max ? c->old_size : xf_late_max;
	}
	xf_late_last = c;
	return 1;
}

/* xf_reg_late maps the objects inside the lone copy that holds p, if
 * its mapping was put off: 1 if it did, 0 if there is none, -1 when
 * memory ran out. The log must be in the table. */
static int xf_reg_late(const void *p)
{
	uintptr_t a = (uintptr_t)p, c;
	size_t i;
	if (xf_nlate == 0)
		return 0;
	for (c = a & ~(uintptr_t)7; c + xf_late_max > a; c -= 8) {
		if (xf_seen((const void *)c))
			for (i = 0; i < xf_nlate; i++) {
				const struct xf_closure *t = xf_late[i];
				struct xf_slot *sl;
				if (c + t->old_size <= a)
					continue;
				sl = xf_map_slot((const void *)c, t);
				if (sl->key != 0)
					return t->reg(t, (void *)c, sl->new_) != 0 ? -1 : 1;
			}
		if (c < 8)
			break;
	}
	return 0;
}

static struct xf_slot *xf_map_find(const void *old, const void *tag)
{
	struct xf_slot *sl;
	int late;
	if (!xf_seen(old) || xf_flush() != 0 || xf_map_room() != 0)
		return NULL;
	sl = xf_map_slot(old, tag);
	if (sl->key != 0 || (late = xf_reg_late(old)) == 0)
		return sl;
	if (late < 0 || xf_map_room() != 0) {
		xf_oom = 1;
		return NULL;
	}
	return xf_map_slot(old, tag);
}

XF_UNUSED static void *xf_map_get(const void *old, const void *tag)
{
	struct xf_slot *sl = xf_map_find(old, tag);
	return sl != NULL ? sl->new_ : NULL;
}

XF_UNUSED static int xf_map_put(const void *old, const void *tag, void *new_)
{
	struct xf_slot *sl;
	if (old == NULL)
		return 0;
	if (!xf_seen(old))
		return xf_map_new(old, tag, new_);
	if (xf_flush() != 0 || xf_map_room() != 0)
		return -1;
	sl = xf_map_slot(old, tag);
	if (sl->key == 0)
		xf_map_len++;
	sl->key = xf_key(old, tag);
	sl->new_ = new_;
	return 0;
}

/* ---- blocks: arrays whose insides pointers may reach ----
 * A cursor into a buffer, a pointer one past an array's end: they point
 * at no mapped object, but inside (or just past) an array that was
 * migrated. Arrays are indexed by the 4 KiB pages they cover. */

struct xf_block {
	const char *old;
	size_t len; /* bytes of the old array */
	char *new_;
	size_t osz, nsz; /* element sizes */
	const void *tag;
};
struct xf_pnode { size_t block, next; };     /* next: index + 1, 0 ends */
struct xf_pslot { uintptr_t page; size_t head; }; /* head: index + 1 */
static struct xf_block *xf_blocks;
static size_t xf_nblocks, xf_blocks_cap;
/* the type of the arrays recorded, while they are of one type: a look-up
 * of another type needs no search */
static const void *xf_blocks_tag;
static int xf_blocks_mixed;
static struct xf_pnode *xf_pnodes;
static size_t xf_npnodes, xf_pnodes_cap;
static struct xf_pslot *xf_pages;
static size_t xf_pages_cap, xf_pages_len;

static struct xf_pslot *xf_page_slot(uintptr_t page)
{
	size_t i;
	for (i = xf_hash((void *)page, NULL) & (xf_pages_cap - 1); xf_pages[i].head != 0 && xf_pages[i].page != page; i = (i + 1) & (xf_pages_cap - 1))
		;
	return &xf_pages[i];
}

static int xf_pages_grow(void)
{
	size_t cap = xf_pages_cap ? 2 * xf_pages_cap : 256, i, j;
	struct xf_pslot *m = calloc(cap, sizeof *m);
	if (m == NULL)
		return xf_failf("out of memory growing the index of arrays");
	for (i = 0; i < xf_pages_cap; i++) {
		if (xf_pages[i].head == 0)
			continue;
		for (j = xf_hash((void *)xf_pages[i].page, NULL) & (cap - 1); m[j].head != 0; j = (j + 1) & (cap - 1))
			;
		m[j] = xf_pages[i];
	}
	free(xf_pages);
	xf_pages = m;
	xf_pages_cap = cap;
	return 0;
}

static int xf_alias(void *stale, void *fresh);
static int xf_map_reg(const void *old, const void *tag, void *new_);
/* objects copied alone (xf_ptr_at, one element) of a type that arrays
 * hold: while there is none, no array's element has a copy of its own */
static size_t xf_nalone;

/* xf_block_copy is the new copy of the array of type tag recorded at
 * old, or NULL. */
static void *xf_block_copy(const void *old, const void *tag)
{
	size_t n;
	if (xf_nblocks == 0)
		return NULL;
	for (n = xf_page_slot((uintptr_t)old >> 12)->head; n != 0; n = xf_pnodes[n - 1].next) {
		const struct xf_block *b = &xf_blocks[xf_pnodes[n - 1].block];
		if (b->old == old && b->tag == tag)
			return b->new_;
	}
	return NULL;
}

/* xf_block_reg records an old array of len bytes and its new copy. An
 * array recorded before with another copy was inside an object copied
 * alone that went stale since: pointers into that copy, to its
 * elements and one past its end, are redirected to the new one; so are
 * pointers to an element that was copied alone before. */
XF_UNUSED static int xf_block_reg(const void *old, size_t len, void *new_, size_t osz, size_t nsz, const void *tag)
{
	uintptr_t page, last;
	struct xf_block *b;
	struct xf_pnode *nd;
	void *stale;
	size_t i;
	if (old == NULL || osz == 0)
		return 0;
	for (i = 0; xf_check_owned && i <= len; i += 8) /* one past the end too */
		if (xf_owned_at((const char *)old + i))
			return xf_owned_hit((const char *)old + i);
	if ((stale = xf_block_copy(old, tag)) != NULL && stale != new_)
		for (i = 0; i <= len / osz; i++)
			if (xf_alias((char *)stale + i * nsz, (char *)new_ + i * nsz) != 0)
				return -1;
	/* An element that a pointer reached before any holder of the array
	 * was known was copied alone (a list's next filled at once, or a
	 * lone object that reached its holder): the array's element is the
	 * one, and pointers to that copy are redirected to it. */
	for (i = 0; xf_nalone > 0 && i < len / osz; i++) {
		const char *o = (const char *)old + i * osz;
		struct xf_slot *sl;
		if (!xf_seen(o))
			continue;
		if (xf_flush() != 0 || xf_map_room() != 0)
			return -1;
		sl = xf_map_slot(o, tag);
		if (sl->key != 0 && sl->new_ != (char *)new_ + i * nsz && xf_map_reg(o, tag, (char *)new_ + i * nsz) != 0)
			return -1;
	}
	if ((b = xf_grow(xf_blocks, &xf_blocks_cap, xf_nblocks, sizeof *b, 64)) == NULL)
		return xf_failf("out of memory indexing arrays");
	xf_blocks = b;
	xf_blocks[xf_nblocks].old = old;
	xf_blocks[xf_nblocks].len = len;
	xf_blocks[xf_nblocks].new_ = new_;
	xf_blocks[xf_nblocks].osz = osz;
	xf_blocks[xf_nblocks].nsz = nsz;
	xf_blocks[xf_nblocks].tag = tag;
	if (xf_nblocks++ == 0)
		xf_blocks_tag = tag;
	else if (tag != xf_blocks_tag)
		xf_blocks_mixed = 1;
	last = ((uintptr_t)old + len) >> 12; /* one past the end counts */
	for (page = (uintptr_t)old >> 12; page <= last; page++) {
		struct xf_pslot *sl;
		if ((nd = xf_grow(xf_pnodes, &xf_pnodes_cap, xf_npnodes, sizeof *nd, 64)) == NULL)
			return xf_failf("out of memory indexing arrays");
		xf_pnodes = nd;
		if ((xf_pages_len + 1) * 2 > xf_pages_cap && xf_pages_grow() != 0)
			return -1;
		sl = xf_page_slot(page);
		if (sl->head == 0) {
			sl->page = page;
			xf_pages_len++;
		}
		xf_pnodes[xf_npnodes].block = xf_nblocks - 1;
		xf_pnodes[xf_npnodes].next = sl->head;
		xf_npnodes++;
		sl->head = xf_npnodes;
	}
	return xf_mark_range(old, len);
}

/* xf_no_block says, without a search, that no array of type tag is
 * recorded. */
static inline int xf_no_block(const void *tag)
{
	return xf_nblocks == 0 || (!xf_blocks_mixed && tag != xf_blocks_tag);
}

/* xf_block_find translates p, an address inside or one past the end of
 * a recorded array of elements of type tag, to the new array: 1, or 2
 * when p is one past the end (no element there). */
static int xf_block_find(const void *p, const void *tag, void **out)
{
	uintptr_t a = (uintptr_t)p;
	size_t n;
	struct xf_pslot *sl;
	if (xf_no_block(tag) || p == NULL || !xf_seen(p))
		return 0;
	sl = xf_page_slot(a >> 12);
	for (n = sl->head; n != 0; n = xf_pnodes[n - 1].next) {
		const struct xf_block *b = &xf_blocks[xf_pnodes[n - 1].block];
		uintptr_t lo = (uintptr_t)b->old;
		if (b->tag == tag && a >= lo && a <= lo + b->len && (a - lo) % b->osz == 0) {
			*out = b->new_ + (a - lo) / b->osz * b->nsz;
			return a - lo == b->len ? 2 : 1;
		}
	}
	return 0;
}

/* Special tags: strings, the element count of a block (a closure's
 * address + 1, never a closure), and stale copies. */
static const char xf_str_tag = 0;
static const char xf_alias_tag = 0;
static size_t xf_naliases;
static size_t xf_nkept; /* pointers left at old objects that may move */

/* xf_block_n is how many new elements were allocated for the object
 * mapped at (old, tag): 1 unless a block was recorded. */
static size_t xf_block_n(const void *old, const void *tag)
{
	void *v = xf_map_get(old, (const char *)tag + 1);
	return v != NULL ? (size_t)(uintptr_t)v : 1;
}

/* xf_alias records that the new object stale was made for an old object
 * before the object holding it was known: pointers to stale are
 * redirected to fresh when the migration ends. */
static int xf_alias(void *stale, void *fresh)
{
	xf_naliases++;
	return xf_map_put(stale, &xf_alias_tag, fresh);
}

/* xf_map_reg maps an object inside another (a member, an element). If
 * the old object already had a copy of its own, made when a pointer
 * reached it first, the copy inside the container wins. */
static int xf_map_reg(const void *old, const void *tag, void *new_)
{
	struct xf_slot *sl;
	if (xf_check_owned && xf_owned_at(old))
		return xf_owned_hit(old); /* an E_OWNED object lies inside another */
	if (!xf_seen(old))
		return xf_map_new(old, tag, new_);
	if (xf_flush() != 0 || xf_map_room() != 0)
		return -1;
	sl = xf_map_slot(old, tag);
	if (sl->key != 0) {
		void *stale = sl->new_;
		if (stale == new_)
			return 0;
		sl->new_ = new_;
		return xf_alias(stale, new_);
	}
	sl->key = xf_key(old, tag);
	sl->new_ = new_;
	xf_map_len++;
	return 0;
}

/* xf_reg_sub maps an object that lives inside another (a struct member,
 * an array element) and, through its closure, the objects inside it, so
 * pointers into the middle of migrated objects follow them. */
XF_UNUSED static int xf_reg_sub(const struct xf_closure *c, void *old, void *new_)
{
	if (xf_map_reg(old, c, new_) != 0)
		return -1;
	return c->reg != NULL ? c->reg(c, old, new_) : 0;
}

/* xf_reg_in maps the objects inside an object that lives inside another
 * but that no pointer reaches itself. */
XF_UNUSED static int xf_reg_in(const struct xf_closure *c, void *old, void *new_)
{
	return c->reg != NULL ? c->reg(c, old, new_) : 0;
}

/* xf_fixptr redirects the pointer at loc if it points at a stale copy. */
XF_UNUSED static void xf_fixptr(void *loc)
{
	void *p, *q;
	int hops;
	memcpy(&p, loc, sizeof p);
	for (hops = 0; p != NULL && hops < 64 && (q = xf_map_get(p, &xf_alias_tag)) != NULL; hops++)
		p = q;
	memcpy(loc, &p, sizeof p);
}

/* xf_ptr_kept converts a pointer to a type that did not change: to the
 * new object if the old one was migrated as part of another (a member,
 * an element) or is a global; else it keeps pointing at the old one,
 * which may still turn out to be part of an object migrated later. */
XF_UNUSED static int xf_ptr_kept(const struct xf_closure *tag, void *old, void **out)
{
	void *p;
	if (xf_check_owned && old != NULL && xf_owned_at(old))
		return xf_owned_hit(old);
	p = old != NULL ? xf_map_get(old, tag) : NULL;
	if (p == NULL && old != NULL && !xf_block_find(old, tag, &p))
		xf_nkept++;
	*out = p != NULL ? p : old;
	return 0;
}

/* xf_fixkept redirects a pointer that xf_ptr_kept left at an old object
 * whose new copy is known now. */
XF_UNUSED static void xf_fixkept(void *loc, const struct xf_closure *tag)
{
	void *p, *q;
	memcpy(&p, loc, sizeof p);
	if (xf_check_owned && p != NULL && xf_owned_at(p)) {
		xf_owned_hit(p);
		return;
	}
	if (p != NULL && ((q = xf_map_get(p, tag)) != NULL || xf_block_find(p, tag, &q)))
		memcpy(loc, &q, sizeof q);
	xf_fixptr(loc);
}

/* The copies of E_OWNED objects are in no map: xf_fixup reaches them
 * through the one pointer to each, from the objects it fixes, with a
 * stack of its own (no recursion as deep as a list). */
struct xf_fixitem { const struct xf_closure *c; void *obj; };
static struct xf_fixitem *xf_fixstack;
static size_t xf_fixlen, xf_fixcap;

/* xf_fixowned hands the copy of an E_OWNED object that the new pointer
 * at loc points to over to xf_fixup. (Built with XF_CHECK_OWNED, the
 * copy is in the map and fixed from there.) */
XF_UNUSED static void xf_fixowned(void *loc, const struct xf_closure *c)
{
	void *p;
	struct xf_fixitem *s;
	memcpy(&p, loc, sizeof p);
	if (p == NULL || c->fix == NULL || xf_check_owned)
		return;
	if ((s = xf_grow(xf_fixstack, &xf_fixcap, xf_fixlen, sizeof *s, 64)) == NULL) {
		xf_oom = 1;
		return;
	}
	xf_fixstack = s;
	xf_fixstack[xf_fixlen++] = (struct xf_fixitem){c, p};
}

/* xf_fix calls c's fix on obj, then on the E_OWNED copies it hands over. */
static void xf_fix(const struct xf_closure *c, void *obj)
{
	c->fix(c, obj);
	while (xf_fixlen > 0) {
		struct xf_fixitem it = xf_fixstack[--xf_fixlen];
		it.c->fix(it.c, it.obj);
	}
}

/* xf_fixup redirects, in every new object, the pointers to stale
 * copies. It runs only when some copy went stale, or a pointer was left
 * at an old object; -1 when it could not finish. */
XF_UNUSED static int xf_fixup(void)
{
	size_t i, k;
	if (xf_flush() != 0)
		return -1;
	for (i = 0; i < xf_map_cap; i++) {
		const void *tag = xf_map[i].key != 0 ? xf_key_tag(xf_map[i].key) : NULL;
		const struct xf_closure *c;
		if (tag == NULL || tag == &xf_alias_tag || tag == &xf_str_tag || ((uintptr_t)tag & 1) != 0)
			continue;
		c = tag;
		if (c->fix != NULL)
			xf_fix(c, xf_map[i].new_);
	}
	/* the elements of arrays, which are not in the map one by one */
	for (k = 0; k < xf_nblocks; k++) {
		const struct xf_block *b = &xf_blocks[k];
		const struct xf_closure *c = b->tag;
		if (c->fix != NULL)
			for (i = 0; i < b->len / b->osz; i++)
				xf_fix(c, b->new_ + i * b->nsz);
	}
	if (xf_oom)
		return xf_failf("out of memory redirecting pointers to stale copies");
	return xf_nerr > 0 ? -1 : 0;
}

/* ---- work list: objects allocated but not yet filled ---- */

struct xf_item {
	void *old, *new_;
	const struct xf_closure *c;
	size_t n;
	const char *where;
	int rest; /* the last n elements of an array, not a lone object */
	int lone; /* one object reached by a plain pointer (xf_lone) */
};
static struct xf_item *xf_work;
static size_t xf_work_len, xf_work_cap;
/* lone objects (reached by a plain pointer) wait here until no other
 * work is left: by then every array reachable without them is known,
 * and one that is inside an array, or one past its end, is not copied
 * as an object of its own (which would read past the array) */
static struct xf_item *xf_lone;
static size_t xf_lone_len, xf_lone_cap;

/* Closures built by user code live on its stack; the work list outlives
 * them, so they are copied to the heap, once per distinct closure. */
struct xf_kept {
	struct xf_closure c;
	const struct xf_closure **gen; /* owned copy of c.gen */
	struct xf_kept *next;
};
static struct xf_kept *xf_kept;

/* xf_keep_as returns the kept closure that is c with the parameters gen
 * (n of them, already kept): one per distinct closure, so that it is
 * one type in the address map. */
static const struct xf_closure *xf_keep_as(const struct xf_closure *c, const struct xf_closure *inner,
					   const struct xf_closure *const *gen, size_t n)
{
	struct xf_kept *k;
	size_t i;
	for (k = xf_kept; k != NULL; k = k->next) {
		if (k->c.fn != c->fn || k->c.reg != c->reg || k->c.fix != c->fix || k->c.inner != inner || k->c.n != c->n ||
		    k->c.old_size != c->old_size || k->c.new_size != c->new_size || k->c.align != c->align || k->c.ngen != n)
			continue;
		for (i = 0; i < n && k->c.gen[i] == gen[i]; i++)
			;
		if (i == n)
			return &k->c;
	}
	k = calloc(1, sizeof *k);
	if (k == NULL || (n > 0 && (k->gen = calloc(n, sizeof *k->gen)) == NULL)) {
		free(k);
		return NULL;
	}
	k->c = *c;
	k->c.inner = inner;
	k->c.persistent = 1;
	for (i = 0; i < n; i++)
		k->gen[i] = gen[i];
	k->c.gen = n > 0 ? (const struct xf_closure *const *)k->gen : NULL;
	k->c.ngen = n;
	k->next = xf_kept;
	xf_kept = k;
	return &k->c;
}

static const struct xf_closure *xf_keep(const struct xf_closure *c)
{
	const struct xf_closure *inner, *one[8], **gen = one;
	const struct xf_closure *r = NULL;
	size_t i;
	if (c == NULL || c->persistent)
		return c;
	inner = xf_keep(c->inner); /* depth of closure nesting in the code, not the data */
	if (c->ngen > 8 && (gen = calloc(c->ngen, sizeof *gen)) == NULL)
		return NULL;
	for (i = 0; i < c->ngen; i++)
		if ((gen[i] = xf_keep(c->gen[i])) == NULL)
			goto done;
	r = xf_keep_as(c, inner, gen, c->ngen);
done:
	if (gen != one)
		free(gen);
	return r;
}

/* xf_gen_closure is $xform(T0, T1, args...): the instance's closure with
 * the n transformers of its parameters. */
XF_UNUSED static const struct xf_closure *xf_gen_closure(const struct xf_closure *c, const struct xf_closure *const *gen, size_t n)
{
	struct xf_closure t = *c;
	const struct xf_closure *k;
	t.persistent = 0;
	t.gen = gen;
	t.ngen = n;
	k = xf_keep(&t);
	if (k == NULL)
		xf_failf("out of memory keeping a generic transformer");
	return k;
}

/* xf_with_gen is the closure c of an instance inside a generic one,
 * given the parameters of the closure from that runs. */
XF_UNUSED static const struct xf_closure *xf_with_gen(const struct xf_closure *c, const struct xf_closure *from)
{
	const struct xf_closure *k;
	if (from == NULL || from->ngen == 0)
		return c;
	k = xf_keep_as(c, c->inner, from->gen, from->ngen);
	if (k == NULL) {
		xf_failf("out of memory keeping a generic transformer");
		return c;
	}
	return k;
}

XF_UNUSED static int xf_unbound_fn(const struct xf_closure *c, void *in, void *out);
XF_UNUSED static const struct xf_closure xf_unbound;

/* xf_gen_param is the transformer of parameter i of the running
 * closure c. */
XF_UNUSED static const struct xf_closure *xf_gen_param(const struct xf_closure *c, size_t i)
{
	if (c == NULL || i >= c->ngen || c->gen[i] == NULL)
		return &xf_unbound;
	return c->gen[i];
}

xf_slow static int xf_push_slow(void *old, void *new_, const struct xf_closure *c, size_t n)
{
	struct xf_item *w = xf_grow(xf_work, &xf_work_cap, xf_work_len, sizeof *w, 16);
	if (w == NULL)
		return xf_failf("out of memory growing the work list");
	xf_work = w;
	c = xf_keep(c);
	if (c == NULL)
		return xf_failf("out of memory keeping a transformer");
	xf_work[xf_work_len++] = (struct xf_item){old, new_, c, n, xf_where, 0, n == 1 && !c->never_in_array};
	return 0;
}

/* xf_push puts n objects to fill on the work list; inline while there
 * is room and the closure is the generated code's. */
static inline int xf_push(void *old, void *new_, const struct xf_closure *c, size_t n)
{
	if (xf_work_len < xf_work_cap && c->persistent) {
		xf_work[xf_work_len++] = (struct xf_item){old, new_, c, n, xf_where, 0, n == 1 && !c->never_in_array};
		return 0;
	}
	return xf_push_slow(old, new_, c, n);
}

/* xf_map_elems maps the objects inside the elements of an array, and
 * the elements after the first that already had a copy of their own
 * (which goes stale); a pointer to any other element finds it through
 * the array's block (xf_block_reg, after this). */
static int xf_map_elems(void *old, void *new_, const struct xf_closure *elem, size_t n)
{
	size_t i;
	if (xf_nalone == 0 && elem->reg == NULL)
		return 0; /* nothing inside them, no element copied alone */
	for (i = 0; i < n; i++) {
		char *o = (char *)old + i * elem->old_size, *p = (char *)new_ + i * elem->new_size;
		if ((i > 0 && xf_nalone > 0 && xf_seen(o) && xf_map_reg(o, elem, p) != 0) || (elem->reg != NULL && elem->reg(elem, o, p) != 0))
			return -1;
	}
	return 0;
}

/* xf_alloc returns n zero-filled objects of size bytes, aligned as the
 * new type wants even beyond what malloc guarantees. */
static inline void *xf_alloc(size_t n, size_t size, size_t align)
{
	void *p;
	size_t total;
	if (size != 0 && n > (size_t)-1 / size)
		return NULL;
	if (align <= _Alignof(max_align_t))
		return calloc(n, size);
	total = (n * size + align - 1) / align * align;
	p = aligned_alloc(align, total);
	if (p != NULL)
		memset(p, 0, total);
	return p;
}

/* xf_in_old_image says whether p lies in the old version's loaded image
 * (its .data, .bss or .rodata) rather than on the heap. Every variable
 * xfgen read is in the address map before any pointer is followed, so
 * such an object reached by a pointer is one xfgen does not know: a
 * copy of it would leave the new version comparing against an address
 * of the old one (a list's sentinel). */
XF_UNUSED static int xf_in_old_image(const void *p)
{
	return (uintptr_t)p >= xf_old_lo && (uintptr_t)p < xf_old_hi;
}

/* xf_ptr migrates the objects an old pointer points to: once per old
 * address, into a zero-filled new block of nalloc elements whose first
 * nwork the work list fills later. No recursion: a list of any length
 * takes constant stack. */
static int xf_ptr_at(const struct xf_closure *elem, size_t nalloc, size_t nwork, void *old, void **out, int push)
{
	void *p, *stale = NULL;
	struct xf_slot *sl = NULL;
	if (old == NULL) {
		*out = NULL;
		return 0;
	}
	if (xf_check_owned && xf_owned_at(old))
		return xf_owned_hit(old);
	/* The closure is the object's type in the map, so it must outlive
	 * user code that built it on the stack. */
	elem = xf_keep(elem);
	if (elem == NULL)
		return xf_failf("no transformer for the object at %p", old);
	if (xf_seen(old)) {
		/* Something at old's word is mapped: the table decides. One
		 * probe finds the mapping or the free slot it will take. */
		if (xf_flush() != 0 || xf_map_room() != 0)
			return -1;
		sl = xf_map_slot(old, elem);
		if (sl->key == 0) {
			int late = xf_reg_late(old);
			if (late < 0 || (late > 0 && xf_map_room() != 0))
				return -1;
			sl = xf_map_slot(old, elem);
		}
		if (sl->key == 0 && xf_block_find(old, elem, out))
			return 0; /* inside, or one past the end of, a migrated array */
		if (sl->key != 0) {
			if (nalloc <= 1 || xf_block_n(old, elem) >= nalloc) {
				*out = sl->new_;
				return 0;
			}
			/* A block whose first element was reached alone before: the
			 * block is made now and the lone copy goes stale. */
			stale = sl->new_;
			sl = xf_map_slot(old, elem);
		}
	}
	if (stale == NULL && xf_in_old_image(old))
		return xf_failf("the object at %p is in the old version's static storage but is no variable xfgen was given "
				"(a `static` variable of a .c file?): give xfgen the .c files that define it (--old FILE, --new FILE) "
				"so it is migrated in place rather than copied", old);
	p = xf_alloc(nalloc ? nalloc : 1, elem->new_size ? elem->new_size : 1, elem->align);
	if (p == NULL)
		return xf_failf("out of memory allocating %zu objects of %zu bytes", nalloc, elem->new_size);
	if (push && nwork > 0 && xf_push(old, p, elem, nwork) != 0) {
		free(p);
		return -1;
	}
	*out = p;
	if (nalloc <= 1 && !elem->never_in_array)
		xf_nalone++;
	if (sl == NULL) {
		if (xf_map_new(old, elem, p) != 0)
			return -1;
	} else {
		if (sl->key == 0)
			xf_map_len++;
		sl->key = xf_key(old, elem);
		sl->new_ = p;
	}
	if (sl == NULL && nalloc <= 1 && nwork == 1 && elem->reg != NULL && xf_late_ok(elem, old)) {
		if (xf_mark_range(old, elem->old_size - 1) != 0)
			return -1;
	} else if (xf_map_elems(old, p, elem, nwork) != 0) {
		return -1;
	}
	if (nalloc > 1 && (xf_map_put(old, (const char *)elem + 1, (void *)(uintptr_t)nalloc) != 0 ||
			   xf_block_reg(old, nwork * elem->old_size, p, elem->old_size, elem->new_size, elem) != 0))
		return -1;
	if (stale != NULL && xf_alias(stale, p) != 0)
		return -1;
	return 1;
}

/* xf_ptr_first is xf_ptr_at for the path of most objects, in short and
 * inline: an object of the type mapped last, reached for the first time
 * (its words' bits clear, in a region that has bits), with room in the
 * log, and nothing inside it to map or a type whose members are mapped
 * late (xf_late_ok) whose words' bits lie in one word of the bitmap.
 * 2 when it is not that case, 3 when it is but for the bits, which say
 * the object may have been reached before (xf_ptr_again). */
__attribute__((always_inline)) static inline int xf_ptr_first(const struct xf_closure *elem, void *old, void **out, int push)
{
	uintptr_t a = (uintptr_t)old;
	uint64_t *w, mask;
	void *p;
	uint64_t *bits;
	size_t i;
	if (old == NULL) {
		*out = NULL;
		return 0;
	}
	if (xf_check_owned || elem != xf_last_tag || a >> 48 != 0 || xf_in_old_image(old) ||
	    (bits = xf_bits((a >> xf_region_shift) + 1, 0)) == NULL)
		return 2;
	i = (a >> 3) & (xf_region_nbits - 1);
	w = &bits[i / 64];
	mask = (uint64_t)1 << (i % 64);
	if (elem->reg != NULL) {
		size_t nw = ((elem->old_size - 1) >> 3) + 1;
		if (elem != xf_late_last || a % 8 != 0 || i % 64 + nw > 64)
			return 2;
		mask = (((uint64_t)2 << (nw - 1)) - 1) << (i % 64);
	}
	if ((*w & mask) != 0)
		return 3;
	if ((p = xf_alloc(1, elem->new_size ? elem->new_size : 1, elem->align)) == NULL)
		return 2;
	if (push && xf_push(old, p, elem, 1) != 0) {
		free(p);
		return -1;
	}
	*out = p;
	if (!elem->never_in_array)
		xf_nalone++;
	*w |= mask;
	return xf_log_put(a | xf_last_tag_bits, p) != 0 ? -1 : 1;
}

/* xf_ptr_again finds the copy of an object of the type mapped last
 * that was reached before (a graph's node reached again): one probe of
 * the table, once the log is in it. 0 when the table does not have it,
 * for xf_ptr_at to decide (an address inside an array, a member mapped
 * late). */
static inline int xf_ptr_again(void *old, void **out)
{
	uintptr_t key = (uintptr_t)old | xf_last_tag_bits;
	const struct xf_slot *sl;
	if ((xf_log_len > 0 && xf_flush() != 0) || xf_map_cap == 0 || (sl = xf_key_slot(key))->key != key)
		return 0;
	*out = sl->new_;
	return 1;
}

XF_UNUSED static int xf_ptr(const struct xf_closure *elem, size_t nalloc, size_t nwork, void *old, void **out)
{
	if (nalloc == 1 && nwork == 1) {
		int r = xf_ptr_first(elem, old, out, 1);
		if (r < 2 || (r == 3 && xf_ptr_again(old, out)))
			return r < 0 ? -1 : 0;
	}
	return xf_ptr_at(elem, nalloc, nwork, old, out, 1) < 0 ? -1 : 0;
}

/* xf_ptr_claim is xf_ptr for one object that the caller fills itself
 * rather than the work list (a transformer walking a list along its
 * next pointers): 1 when it made a new copy to fill, 0 when the object
 * had one (or old is NULL), -1 on failure. */
XF_UNUSED __attribute__((always_inline)) static inline int xf_ptr_claim(const struct xf_closure *elem, void *old, void **out)
{
	int r = xf_ptr_first(elem, old, out, 0);
	if (r < 2)
		return r;
	return r == 3 && xf_ptr_again(old, out) ? 0 : xf_ptr_at(elem, 1, 1, old, out, 0);
}

/* ---- E_OWNED ----
 * An object of a type declared E_OWNED is reached by one pointer and
 * nothing points into it: its copy is made and filled without a
 * mapping, a bit or a log entry. Built with XF_CHECK_OWNED, such
 * objects are mapped like any other instead, their words are marked
 * apart, and reaching one again, or an address inside one, fails and
 * says so. */
static const struct xf_closure *xf_owned_types[16]; /* for messages */
static size_t xf_nowned, xf_owned_max;

/* xf_owned_at says whether the word at p is inside an object copied as
 * E_OWNED (XF_CHECK_OWNED). */
static int xf_owned_at(const void *p)
{
	uintptr_t a = (uintptr_t)p;
	uint64_t *b = xf_bits((a >> xf_region_shift) + 1, 0);
	size_t w = (a >> 3) & (xf_region_nbits - 1);
	return b != NULL && (b[xf_owned_bits + w / 64] >> (w % 64) & 1) != 0;
}

/* xf_owned_hit reports a pointer to p, inside an object copied as
 * E_OWNED, which another pointer reached before. */
xf_slow static int xf_owned_hit(const void *p)
{
	uintptr_t a = (uintptr_t)p, c;
	const char *name = NULL;
	size_t i;
	if (xf_flush() == 0)
		for (c = a & ~(uintptr_t)7; name == NULL && c + xf_owned_max > a; c -= 8) {
			for (i = 0; i < xf_nowned && name == NULL; i++) {
				const struct xf_closure *t = xf_owned_types[i];
				if (c + t->old_size > a && xf_map_slot((const void *)c, t)->key != 0)
					name = t->owned;
			}
			if (c < 8)
				break;
		}
	if (name == NULL)
		name = "a type declared E_OWNED";
	return xf_failf("E_OWNED is not true of this state: the address %p is inside an object of %s that another pointer "
			"reached before; remove E_OWNED from %s, so that its objects are mapped like any other", p, name, name);
}

xf_slow static int xf_ptr_owned_slow(const struct xf_closure *elem, void *old, void **out, int push)
{
	uintptr_t a = (uintptr_t)old, w, size = elem->old_size ? elem->old_size : 1;
	const char *name = elem->owned ? elem->owned : "a type declared E_OWNED";
	size_t i;
	int r;
	if (!xf_check_owned || xf_in_old_image(old))
		return xf_ptr_at(elem, 1, 1, old, out, push);
	for (w = a >> 3; w <= (a + size - 1) >> 3; w++)
		if (xf_seen((const void *)(w << 3)) || xf_owned_at((const void *)(w << 3)))
			return xf_failf("E_OWNED is not true of this state: the object of %s at %p is reached a second time, or "
					"lies inside an object or array reached before; remove E_OWNED from %s, so that its objects "
					"are mapped like any other", name, old, name);
	for (i = 0; i < xf_nowned && xf_owned_types[i] != elem; i++)
		;
	if (i == xf_nowned && xf_nowned < sizeof xf_owned_types / sizeof xf_owned_types[0]) {
		xf_owned_types[xf_nowned++] = elem;
		xf_owned_max = size > xf_owned_max ? size : xf_owned_max;
	}
	if ((r = xf_ptr_at(elem, 1, 1, old, out, push)) < 0 || xf_mark_words(old, size - 1, xf_owned_bits) != 0)
		return -1;
	return r;
}

/* xf_ptr_owned is xf_ptr for a pointer to one object of a type declared
 * E_OWNED: its copy is put on the work list (push) or returned for the
 * caller to fill (a list's loop, as xf_ptr_claim). 1 when it made a
 * copy, 0 for NULL, -1 on failure. An object in the old image (a
 * global) is looked up in the map as any other. */
XF_UNUSED static inline int xf_ptr_owned(const struct xf_closure *elem, void *old, void **out, int push)
{
	void *p;
	if (old == NULL) {
		*out = NULL;
		return 0;
	}
	if (xf_check_owned || xf_in_old_image(old))
		return xf_ptr_owned_slow(elem, old, out, push);
	if ((p = xf_alloc(1, elem->new_size ? elem->new_size : 1, elem->align)) == NULL)
		return xf_failf("out of memory allocating an object of %zu bytes", elem->new_size);
	if (push) {
		if (xf_push(old, p, elem, 1) != 0) {
			free(p);
			return -1;
		}
		xf_work[xf_work_len - 1].lone = 0; /* it is in no array */
	}
	*out = p;
	return 1;
}

/* The stack of a transformer that fills a tree of E_OWNED nodes in one
 * loop: the children to fill, (old, new) pairs, above the length the
 * transformer found. */
struct xf_pair { void *old, *new_; };
static struct xf_pair *xf_own;
static size_t xf_own_len, xf_own_cap;
/* A pointer to a list or tree of E_OWNED objects, met while no such one
 * is being filled, has it filled at once rather than from the work list:
 * one level, so the stack stays as deep as the types nest. */
static int xf_filling;

XF_UNUSED static inline int xf_own_push(void *old, void *new_)
{
	if (xf_own_len == xf_own_cap) {
		struct xf_pair *s = xf_grow(xf_own, &xf_own_cap, xf_own_len, sizeof *s, 64);
		if (s == NULL)
			return xf_failf("out of memory growing the work list");
		xf_own = s;
	}
	xf_own[xf_own_len++] = (struct xf_pair){old, new_};
	return 0;
}

/* xf_take says whether the lone copy new_ of old is still to be filled:
 * 0 when it turned out to be part of an array migrated since (or just
 * past its end), whose copy is the one, or when it went stale since;
 * -1 on failure. An object that starts where an array just before it
 * ends (a struct's member right after an array member, the next element
 * of the array holding both) is one past the end of that array too:
 * when a holder migrated meanwhile mapped it inside itself (xf_map_reg
 * made the alias), the lone copy went stale and the array must not take
 * the object over. The mapping is looked at only then, so that an
 * object reached once keeps its mapping in the log. */
static inline int xf_take(const struct xf_closure *c, void *old, void *new_)
{
	void *q, *m;
	int found;
	if (xf_no_block(c))
		return 1; /* no array of c's type: the common case, without a call */
	if (!(found = xf_block_find(old, c, &q)) || q == new_)
		return 1;
	if ((m = xf_map_get(old, c)) != NULL && m != new_)
		return 0;
	/* One past the end is no object: pointers to the copy follow, but it
	 * stays mapped to the copy (never filled), which the fix-up may
	 * visit, rather than to what lies past the new array. */
	if (found == 2)
		return xf_alias(new_, q) != 0 ? -1 : 0;
	return xf_map_reg(old, c, q) != 0 ? -1 : 0;
}

/* xf_ptr_array is xf_ptr for a pointer declared to an array (counted
 * or zero-ended): the array is recorded even when it has one element,
 * so a pointer one past its end translates and is never copied as an
 * object of its own. */
XF_UNUSED static int xf_ptr_array(const struct xf_closure *elem, size_t nalloc, size_t nwork, void *old, void **out)
{
	if (xf_ptr(elem, nalloc, nwork, old, out) != 0)
		return -1;
	if (xf_work_len > 0 && xf_work[xf_work_len - 1].old == old && xf_work[xf_work_len - 1].new_ == *out)
		xf_work[xf_work_len - 1].lone = 0; /* an array, if of one element */
	if (old == NULL || nalloc != 1 || nwork != 1)
		return 0; /* xf_ptr recorded it, or there is no element */
	elem = xf_keep(elem);
	if (elem == NULL || xf_map_get(old, (const char *)elem + 1) != NULL)
		return elem == NULL ? -1 : 0;
	if (xf_map_put(old, (const char *)elem + 1, (void *)(uintptr_t)1) != 0)
		return -1;
	return xf_block_reg(old, elem->old_size, *out, elem->old_size, elem->new_size, elem);
}

/* xf_ntcount counts the elements of size sz before the first all-zero
 * one. */
XF_UNUSED static size_t xf_ntcount(const void *p, size_t sz)
{
	const unsigned char *b = p;
	size_t n = 0, i;
	if (p == NULL || sz == 0)
		return 0;
	for (;; n++, b += sz) {
		for (i = 0; i < sz && b[i] == 0; i++)
			;
		if (i == sz)
			return n;
	}
}

static int xf_drain(void)
{
	while (xf_work_len > 0 || xf_lone_len > 0) {
		struct xf_item it;
		size_t i, j, base;
		int take, rest;
		if (xf_work_len == 0) {
			it = xf_lone[--xf_lone_len];
		} else if ((it = xf_work[--xf_work_len]).lone) {
			struct xf_item *l = xf_grow(xf_lone, &xf_lone_cap, xf_lone_len, sizeof *l, 256);
			if (l == NULL)
				return xf_failf("out of memory growing the work list");
			xf_lone = l;
			xf_lone[xf_lone_len++] = it;
			continue;
		}
		xf_where = it.where;
		/* A lone object that turned out to be part of an array migrated
		 * since (or just past its end): the array's copy is the one. */
		if (it.n == 1 && !it.rest && (take = xf_take(it.c, it.old, it.new_)) <= 0) {
			if (take < 0)
				return -1;
			continue;
		}
		if (it.n > 1) {
			/* One element at a time, the rest under what it reaches:
			 * an array of n pointers does not put n objects on the
			 * work list at once. (The slot it.old had is free.) */
			struct xf_item *r = &xf_work[xf_work_len++];
			*r = it;
			r->old = (char *)it.old + it.c->old_size;
			r->new_ = (char *)it.new_ + it.c->new_size;
			r->n = it.n - 1;
			r->rest = 1;
		}
		base = xf_work_len;
		if (it.c->fn(it.c, it.old, it.new_) != 0)
			return -1;
		/* While an array's elements put nothing on the work list (a
		 * bucket array whose chains its elements fill), the next one is
		 * taken at once, without a round of the work list. */
		for (rest = it.n > 1; rest && xf_work_len == base;) {
			struct xf_item *r = &xf_work[base - 1];
			void *o = r->old, *n = r->new_;
			if (r->n > 1) {
				r->old = (char *)o + it.c->old_size;
				r->new_ = (char *)n + it.c->new_size;
				r->n--;
			} else {
				xf_work_len = --base; /* the last element: the rest is done */
				rest = 0;
			}
			if (it.c->fn(it.c, o, n) != 0)
				return -1;
		}
		/* The objects it reached were pushed in field order: the first
		 * is taken next, so a tree is walked as it was built. */
		for (i = base, j = xf_work_len; i + 1 < j; i++, j--) {
			struct xf_item t = xf_work[i];
			xf_work[i] = xf_work[j - 1];
			xf_work[j - 1] = t;
		}
	}
	return xf_oom ? xf_failf("out of memory moving the address map's log into its table") : 0;
}

static void xf_reset(void)
{
	struct xf_kept *k;
	xf_naliases = 0;
	xf_nkept = 0;
	xf_nalone = 0;
	free(xf_blocks);
	free(xf_pnodes);
	free(xf_pages);
	xf_blocks = NULL;
	xf_pnodes = NULL;
	xf_pages = NULL;
	xf_nblocks = xf_blocks_cap = xf_npnodes = xf_pnodes_cap = xf_pages_cap = xf_pages_len = 0;
	xf_blocks_tag = NULL;
	xf_blocks_mixed = 0;
	free(xf_maps);
	xf_maps = NULL;
	xf_nmaps = 0;
	xf_maps_read = 0;
	xf_old_lo = xf_old_hi = 0;
	free(xf_map);
	xf_map = NULL;
	xf_map_cap = xf_map_len = 0;
	while (xf_log != NULL) {
		struct xf_logchunk *ch = xf_log;
		xf_log = ch->next;
		free(ch);
	}
	xf_log_cur = NULL;
	xf_log_len = 0;
	xf_log_wide_next = 0;
	free(xf_tags);
	xf_tags = NULL;
	xf_ntags = xf_tags_cap = 0;
	memset(xf_tag_cache_key, 0, sizeof xf_tag_cache_key);
	xf_last_tag = NULL;
	xf_last_tag_bits = 0;
	while (xf_bitchunks != NULL) {
		struct xf_bitchunk *ch = xf_bitchunks;
		xf_bitchunks = ch->next;
		free(ch);
	}
	free(xf_regions);
	free(xf_rdir);
	xf_regions = xf_rdir = NULL;
	xf_regions_cap = xf_regions_len = 0;
	xf_last_r = 0;
	xf_last_bits = NULL;
	xf_oom = 0;
	xf_nlate = xf_late_max = 0;
	xf_late_last = NULL;
	xf_nowned = xf_owned_max = 0;
	free(xf_own);
	xf_own = NULL;
	xf_own_len = xf_own_cap = 0;
	xf_filling = 0;
	free(xf_fixstack);
	xf_fixstack = NULL;
	xf_fixlen = xf_fixcap = 0;
	free(xf_work);
	xf_work = NULL;
	xf_work_len = xf_work_cap = 0;
	free(xf_lone);
	xf_lone = NULL;
	xf_lone_len = xf_lone_cap = 0;
	/* kept closures may still be referenced by nothing once the
	 * migration ends: free them */
	while ((k = xf_kept) != NULL) {
		xf_kept = k->next;
		free(k->gen);
		free(k);
	}
}

/* ---- statics: the library's own ELF symbol table ----
 * dlsym sees only exported symbols; file statics, static locals and
 * static functions are found in .symtab, after the STT_FILE entry of
 * their file. */

struct xf_symtab {
	ElfW(Sym) *syms;
	size_t n;
	char *str;
	size_t strsz;
};

static void xf_symtab_free(struct xf_symtab *st)
{
	free(st->syms);
	free(st->str);
	memset(st, 0, sizeof *st);
}

/* xf_symtab_read loads the .symtab of the ELF file at path. */
static int xf_symtab_read(const char *path, struct xf_symtab *st)
{
	FILE *f;
	ElfW(Ehdr) eh;
	ElfW(Shdr) *sh = NULL;
	int i, rc = -1;
	memset(st, 0, sizeof *st);
	if (path == NULL || path[0] == 0 || (f = fopen(path, "rb")) == NULL)
		return -1;
	if (fread(&eh, sizeof eh, 1, f) != 1 || memcmp(eh.e_ident, ELFMAG, SELFMAG) != 0 ||
	    eh.e_shentsize != sizeof(ElfW(Shdr)) || eh.e_shnum == 0)
		goto done;
	sh = calloc(eh.e_shnum, sizeof *sh);
	if (sh == NULL || fseek(f, (long)eh.e_shoff, SEEK_SET) != 0 || fread(sh, sizeof *sh, eh.e_shnum, f) != eh.e_shnum)
		goto done;
	for (i = 0; i < eh.e_shnum; i++) {
		ElfW(Shdr) *sy = &sh[i], *strs;
		if (sy->sh_type != SHT_SYMTAB || sy->sh_link >= eh.e_shnum || sy->sh_entsize != sizeof(ElfW(Sym)))
			continue;
		strs = &sh[sy->sh_link];
		st->n = sy->sh_size / sizeof(ElfW(Sym));
		st->strsz = strs->sh_size;
		st->syms = malloc(sy->sh_size ? sy->sh_size : 1);
		st->str = malloc(strs->sh_size + 1);
		if (st->syms == NULL || st->str == NULL ||
		    fseek(f, (long)sy->sh_offset, SEEK_SET) != 0 || fread(st->syms, 1, sy->sh_size, f) != sy->sh_size ||
		    fseek(f, (long)strs->sh_offset, SEEK_SET) != 0 || fread(st->str, 1, strs->sh_size, f) != strs->sh_size) {
			xf_symtab_free(st);
			goto done;
		}
		st->str[strs->sh_size] = 0;
		rc = 0;
		break;
	}
done:
	free(sh);
	fclose(f);
	return rc;
}

static const char *xf_symname(const struct xf_symtab *st, size_t j)
{
	return st->syms[j].st_name < st->strsz ? st->str + st->syms[j].st_name : "";
}

static const char *xf_basename(const char *s)
{
	const char *b = strrchr(s, '/');
	return b ? b + 1 : s;
}

/* xf_local_lookup finds the static that a key names ("file.c/name",
 * "file.c/func#name", "func#name") in the library behind handle. gcc
 * names a static local "name.N"; the function is not recorded, so the
 * first such local of the file is taken. */
XF_UNUSED static void *xf_local_lookup(void *handle, const char *key)
{
	struct link_map *lm = NULL;
	struct xf_symtab st;
	const char *slash = strchr(key, '/'), *hash = strchr(key, '#');
	const char *name = hash ? hash + 1 : slash ? slash + 1 : key;
	size_t flen = slash ? (size_t)(slash - key) : 0, nlen = strlen(name), j;
	void *found = NULL;
	int in_file = slash == NULL;

	if (dlinfo(handle, RTLD_DI_LINKMAP, &lm) != 0 || lm == NULL || xf_symtab_read(lm->l_name, &st) != 0)
		return NULL;
	for (j = 0; j < st.n; j++) {
		const char *s = xf_symname(&st, j);
		int type = ELF64_ST_TYPE(st.syms[j].st_info);
		if (type == STT_FILE) {
			const char *b = xf_basename(s);
			in_file = slash == NULL || (strlen(b) == flen && strncmp(b, key, flen) == 0);
			continue;
		}
		if (!in_file || (type != STT_OBJECT && type != STT_FUNC) || ELF64_ST_BIND(st.syms[j].st_info) != STB_LOCAL ||
		    st.syms[j].st_shndx == SHN_UNDEF)
			continue;
		if (strncmp(s, name, nlen) == 0 && (s[nlen] == 0 || (hash != NULL && s[nlen] == '.'))) {
			found = (char *)lm->l_addr + st.syms[j].st_value;
			break;
		}
	}
	xf_symtab_free(&st);
	return found;
}

/* xf_static_name writes the key ("file.c/name") of the static function
 * at addr, found in the symbol table of the library that holds it. */
static int xf_static_name(void *addr, char *buf, size_t len)
{
	Dl_info info;
	struct xf_symtab st;
	const char *file = NULL;
	size_t j;
	int rc = -1;
	if (dladdr(addr, &info) == 0 || info.dli_fname == NULL || xf_symtab_read(info.dli_fname, &st) != 0)
		return -1;
	for (j = 0; j < st.n; j++) {
		int type = ELF64_ST_TYPE(st.syms[j].st_info);
		if (type == STT_FILE) {
			file = xf_basename(xf_symname(&st, j));
			continue;
		}
		if (type == STT_FUNC && st.syms[j].st_value != 0 && (char *)info.dli_fbase + st.syms[j].st_value == (char *)addr && file != NULL) {
			snprintf(buf, len, "%s/%s", file, xf_symname(&st, j));
			rc = 0;
			break;
		}
	}
	xf_symtab_free(&st);
	return rc;
}

/* ---- function pointers: remapped by name ---- */

/* xf_fptr remaps the function pointer at in: the old function's name
 * (its exported symbol, or "file.c/name" for a static function) is
 * looked up in the new version. */
XF_UNUSED static int xf_fptr(const void *in, void *out)
{
	void *old, *p;
	Dl_info info;
	char key[512];
	const char *name;
	memcpy(&old, in, sizeof old);
	if (old == NULL) {
		memset(out, 0, sizeof old);
		return 0;
	}
	if (dladdr(old, &info) != 0 && xf_old_hi != 0 && !xf_in_old_image(old)) {
		/* A function of another library both versions share (the C
		 * library's strcmp): the pointer stays as it is. */
		memcpy(out, &old, sizeof old);
		return 0;
	}
	if (dladdr(old, &info) != 0 && info.dli_sname != NULL && info.dli_saddr == old) {
		name = info.dli_sname;
	} else if (xf_static_name(old, key, sizeof key) == 0) {
		name = key;
	} else {
		return xf_failf("function pointer %p names no function of the old version that has a symbol", old);
	}
	p = xf_env_cur->new_lookup(xf_env_cur->new_ctx, name);
	if (p == NULL)
		return xf_failf("function `%s` is missing from the new version", name);
	memcpy(out, &p, sizeof p);
	return 0;
}

/* ---- closures the Kitsune helpers build ---- */

XF_UNUSED static int xf_copy_fn(const struct xf_closure *c, void *in, void *out)
{
	memcpy(out, in, c->old_size < c->new_size ? c->old_size : c->new_size);
	return 0;
}

XF_UNUSED static int xf_ptr_fn(const struct xf_closure *c, void *in, void *out)
{
	void *old, *p;
	memcpy(&old, in, sizeof old);
	if (xf_ptr(c->inner, c->n, c->n, old, &p) != 0)
		return -1;
	memcpy(out, &p, sizeof p);
	return 0;
}

XF_UNUSED static int xf_ntptr_fn(const struct xf_closure *c, void *in, void *out)
{
	void *old, *p;
	memcpy(&old, in, sizeof old);
	if (old != NULL && c->inner == NULL)
		return xf_failf("no transformer for the elements at %p", old);
	if (old != NULL) {
		size_t n = xf_ntcount(old, c->inner->old_size);
		if (xf_ptr(c->inner, n + 1, n, old, &p) != 0)
			return -1;
	} else {
		p = NULL;
	}
	memcpy(out, &p, sizeof p);
	return 0;
}

XF_UNUSED static int xf_array_fn(const struct xf_closure *c, void *in, void *out)
{
	size_t i;
	for (i = 0; i < c->n; i++)
		if (c->inner->fn(c->inner, (char *)in + i * c->inner->old_size, (char *)out + i * c->inner->new_size) != 0)
			return -1;
	return 0;
}

XF_UNUSED static int xf_str_fn(const struct xf_closure *c, void *in, void *out)
{
	const char *old;
	char *p;
	size_t n;
	(void)c;
	memcpy(&old, in, sizeof old);
	if (old == NULL) {
		memset(out, 0, sizeof(char *));
		return 0;
	}
	p = xf_map_get(old, &xf_str_tag);
	if (p == NULL) {
		n = strlen(old) + 1;
		p = malloc(n);
		if (p == NULL)
			return xf_failf("out of memory copying a string of %zu bytes", n);
		memcpy(p, old, n);
		if (xf_map_put(old, &xf_str_tag, p) != 0)
			return -1;
	}
	memcpy(out, &p, sizeof p);
	return 0;
}

XF_UNUSED static int xf_fptr_fn(const struct xf_closure *c, void *in, void *out)
{
	(void)c;
	return xf_fptr(in, out);
}

XF_UNUSED static int xf_unbound_fn(const struct xf_closure *c, void *in, void *out)
{
	(void)c;
	(void)in;
	(void)out;
	return xf_failf("a generic parameter is not bound where $gen was used");
}

XF_UNUSED static const struct xf_closure xf_unbound = {.fn = xf_unbound_fn, .persistent = 1};

/* The Kitsune helpers, with the meaning user code written for Kitsune
 * expects. */
#define XF_ASSIGN(dst, src) memcpy(&(dst), &(src), sizeof(dst))
#define XF_INVOKE(c, in, out) xf_invoke((c), (void *)(in), (void *)(out))
#define XF_RAW(size) (&(const struct xf_closure){.fn = xf_copy_fn, .old_size = (size), .new_size = (size)})
#define XF_PTR(c) (&(const struct xf_closure){.fn = xf_ptr_fn, .inner = (c), .n = 1, .old_size = sizeof(void *), .new_size = sizeof(void *)})
#define XF_ARRAY(n_, os, ns, c) (&(const struct xf_closure){.fn = xf_array_fn, .inner = (c), .n = (n_), .old_size = (n_) * (os), .new_size = (n_) * (ns)})
#define XF_PTRARRAY(n_, os, ns, c) (&(const struct xf_closure){.fn = xf_ptr_fn, .inner = (c), .n = (n_), .old_size = sizeof(void *), .new_size = sizeof(void *)})
#define XF_NTARRAY(os, ns, c) (&(const struct xf_closure){.fn = xf_ntptr_fn, .inner = (c), .old_size = sizeof(void *), .new_size = sizeof(void *)})
#define XF_NTSTR() (&(const struct xf_closure){.fn = xf_str_fn, .old_size = sizeof(char *), .new_size = sizeof(char *)})
#define XF_FPTR() (&(const struct xf_closure){.fn = xf_fptr_fn, .old_size = sizeof(void (*)(void)), .new_size = sizeof(void (*)(void))})

XF_UNUSED static int xf_invoke(const struct xf_closure *c, void *in, void *out)
{
	if (c == NULL)
		return xf_failf("XF_INVOKE of a NULL transformer");
	return c->fn(c, in, out);
}

/* xf_sym is a symbol look-up for user code: a missing symbol records
 * the failure and yields a zeroed scratch area, so the code runs to its
 * end and the rule then fails. */
XF_UNUSED static void *xf_sym(int new_, const char *key, size_t size)
{
	static _Alignas(max_align_t) unsigned char scratch[XF_SCRATCH];
	void *p = new_ ? xf_env_cur->new_lookup(xf_env_cur->new_ctx, key)
	               : xf_env_cur->old_lookup(xf_env_cur->old_ctx, key);
	if (p != NULL)
		return p;
	xf_failf("the %s version has no symbol `%s`", new_ ? "new" : "old", key);
	memset(scratch, 0, size < sizeof scratch ? size : sizeof scratch);
	return scratch;
}

#define kitsune_lookup_key_old(key) xf_env_cur->old_lookup(xf_env_cur->old_ctx, (key))
#define kitsune_lookup_key_new(key) xf_env_cur->new_lookup(xf_env_cur->new_ctx, (key))
/* kitsune_lookup_addr_old(sym): the old version's symbol sym, named as
 * its object file names it. */
#define kitsune_lookup_addr_old(sym) xf_env_cur->old_lookup(xf_env_cur->old_ctx, (sym))
/* GET_OLD_STATIC(file.c, name) and GET_OLD_STATIC(file.c, func, name):
 * the address of a static of the old version (the variable key
 * "file.c/name" or "file.c/func#name"); GET_NEW_STATIC the same in the
 * new version. */
#define XF_STATIC_KEY2(file, name) #file "/" #name
#define XF_STATIC_KEY3(file, fn, name) #file "/" #fn "#" #name
#define XF_STATIC_PICK(a, b, c, which, ...) which
#define XF_STATIC_KEY(...) XF_STATIC_PICK(__VA_ARGS__, XF_STATIC_KEY3, XF_STATIC_KEY2, XF_STATIC_KEY1, 0)(__VA_ARGS__)
#define GET_OLD_STATIC(...) kitsune_lookup_key_old(XF_STATIC_KEY(__VA_ARGS__))
#define GET_NEW_STATIC(...) kitsune_lookup_key_new(XF_STATIC_KEY(__VA_ARGS__))
