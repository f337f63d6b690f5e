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
// depth depends on how types nest, never on how long a list is.
//
// Sharing is kept however objects are reached:
//   - objects inside migrated objects (members, array elements) and
//     globals are mapped when their container is (xf_rN, xf_reg_sub);
//   - arrays are also indexed by the pages they cover (xf_block_reg), so
//     cursors into them and pointers one past their end translate;
//   - a pointer of a type that did not change follows its object when
//     that object lives inside a migrated one or is a global
//     (Conv.Interior, Plan.Tracked: xf_ptr_kept), else stays;
//   - an object copied alone before its container was reached goes
//     stale: pointers to it are redirected at the end (xf_fixup, via
//     the xf_fN functions), and one not yet filled is dropped.
//
// A const global of the new version (read-only memory, per
// /proc/self/maps) keeps its own value. Function pointers are remapped
// by name, static functions by file and name from the ELF symbol
// tables; pointers into other libraries (libc) stay.
package cgen
