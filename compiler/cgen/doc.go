// Package cgen writes the C migration of a checked plan
// (compiler.Plan) as one self-contained C11 file (DESIGN.md, "The
// generated C"). It decides nothing the plan does not say; it spells
// the plan in C.
//
// GenerateC (cgen.go) writes:
//
//	#define _GNU_SOURCE, libc and system headers
//	the interface types and prototypes (struct xf_env, ...)
//	the runtime (runtime/runtime.c, static): errors, the address map
//	    keyed by (old address, type), the work list, allocation,
//	    function-pointer remapping, ELF look-up of statics, the
//	    Kitsune helpers
//	both versions' types, prefixed, with layout assertions
//	the spec's preamble
//	per conversion that does work: a transformer
//	    int xf_tN(const struct xf_closure *, void *in, void *out)
//	    and its closure xf_cN; structs and arrays that hold objects a
//	    pointer may reach get xf_rN, which maps those inner objects
//	rules' code as functions xf_u..., xf_g..., between #line directives
//	xf_migrate, xf_error, xf_dl_lookup
//
// A pointer to an object that needs work goes through xf_ptr: the map
// says whether the object already has a new copy; if not, a zeroed one
// is allocated, mapped, and put on the work list, which xf_migrate
// drains. No transformer calls itself along the data, so the stack
// depth depends on how types nest, never on how long a list is. The
// work list takes what an object reached in field order (a tree is
// walked as it was built) and an array one element at a time (an array
// of n pointers does not put n objects on it at once). A struct whose
// only pointer to its own type is a list's next fills the nodes it
// reaches in one loop (xf_ptr_claim) rather than through the work list,
// and a pointer to such a struct that no array holds fills the list or
// tree it reaches at once (a bucket array's chains, as the array is
// walked; one level deep, xf_filling).
//
// The map is lazy, since most objects are reached once: a new mapping
// goes to an append-only log (8 bytes: old and new address as offsets
// from its chunk's bases, one type per chunk; 16 where they do not fit)
// and sets a bit, per 8-byte word of old address, in a bitmap of
// 64 KiB regions (xf_seen; a region's bits are found as the region
// found last, else in a directory by the region number's low bits once
// there are 16 regions, else in a small hash table). A look-up whose
// bit is clear answers "none" at once; one whose bit is set first moves
// the log into the hash table (xf_flush). So a list, a tree or a hash table of
// objects reached once never builds the table, and a shared graph
// builds it for what is looked up again. The path of such an object,
// reached for the first time with nothing inside it to map, is inline
// and short (xf_ptr_first): a region look-up, one bit tested and set,
// one log entry written; reached again, one probe of the table
// (xf_ptr_again). The table's slots are 16 bytes, at most half full.
// Arrays set the bits of every
// word they cover, and their elements are found through their block,
// not one mapping each.
//
// A pointer to one object of a type declared E_OWNED (Conv.Owned) goes
// through xf_ptr_owned instead: the object is reached by that pointer
// only, so its copy is made and filled without a bit or a log entry,
// and the fix-up reaches such copies through the pointers that own
// them (xf_fixowned). Built with -DXF_CHECK_OWNED, xf_ptr_owned maps
// them like any other, marks their words in a second bitmap, and fails
// when the state breaks the promise.
//
// Sharing is kept however objects are reached:
//   - objects inside migrated objects (members, array elements) that a
//     pointer of the program may reach (Plan.Tracked), and globals, are
//     mapped when their container is (xf_rN, xf_reg_sub), however deep,
//     even inside members that are only copied (Conv.Holds); members no
//     pointer reaches are not, only what they hold (xf_reg_in);
//   - arrays are also indexed by the pages they cover (xf_block_reg), so
//     cursors into them and pointers one past their end translate; a
//     counted or zero-ended pointer records its array even with one
//     element (xf_ptr_array), so one past its end is never copied as an
//     object; an array recorded again for a fresh copy of its container
//     redirects pointers into the stale copy of it, and an array
//     recorded after one of its elements was copied alone (a list's
//     next filled at once, a lone element that reached its holder)
//     redirects pointers to that copy;
//   - a pointer of a type that did not change follows its object when
//     that object lives inside a migrated one or is a global
//     (Conv.Interior, Plan.Tracked: xf_ptr_kept), else stays;
//   - an object copied alone before its container was reached goes
//     stale: pointers to it are redirected at the end (xf_fixup, via
//     the xf_fN functions), and one not yet filled is dropped.
//
// A const global of the new version (read-only memory, per the loaded
// objects' program headers: no PF_W, or PT_GNU_RELRO) keeps its own
// value; /proc/self/maps is read only for an address in no loaded
// object. Function pointers are remapped
// by name, static functions by file and name from the ELF symbol
// tables; pointers into other libraries (libc) stay.
package cgen
