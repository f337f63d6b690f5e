package compiler

// How the pieces fit (for maintainers):
//
// Check (check.go) resolves the spec's rules (resolve.go), plans every
// new global (globals.go), builds one Conv per pair of old and new types
// reached (infer.go, struct.go), checks the $ forms (forms.go), then
// decides which conversions do work (work.go): a conversion is work
// when it changes bytes itself or reaches one that does, settled over
// cycles by propagating backwards from the intrinsic ones.
//
// GenerateC (cgen*.go) writes one C file:
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
