// Package gogen writes the Go package of `xfgen --lang go`: both
// versions' types, laid out exactly as the host's C compiler lays them
// out, so that C memory can be viewed through them, and Migrate, which
// carries the old state into the new one as the checked plan says.
//
// # Migration
//
// Generate reads the plan as the C generator does and decides nothing
// itself: one transformer xfT<n>(st, in, out) per conversion that does
// work, working on addresses (unsafe.Pointer) with the plan's offsets;
// the closures xfC<n> that the address map uses as types; xfR<n>, which
// maps the objects inside an object, and xfF<n>, which redirects its
// pointers from stale copies (compiler.Plan.MapsInside, compiler.Fixes).
// The runtime (runtime.go) is the C runtime's, ported: the address map
// keyed by (old address, type) in an open-addressing table, the work
// list that pointers push onto, so that no transformer calls itself
// along the data, arrays indexed by page for pointers into them, and
// the fix-up of stale copies. New objects are Go memory, allocated
// typed so the garbage collector sees their pointers.
//
// Every function gets the closure it runs as (xfc): a generic
// instance whose parameters' transformers are given at run time
// ($xform(T0, T1, args...), compiler.ConvParam) finds them there
// (xfParam), and passes them on to the instances inside it (withGen).
// Closures with parameters are made canonical (keep): equal ones are
// one closure, so one type in the address map, as in the C runtime.
//
// Rules' code is Go: each block is the body of a function returning
// error (user.go), its $ forms replaced by Go expressions, between
// /*line spec.xf:L:C*/ and //line directives; the preamble's imports
// join the file's import block.
//
// # Names
//
// A C name becomes Go by Camel case: the parts between underscores (or
// dots), each with its first letter upper case, a part all in capitals
// lower case after its first letter ("value" → Value, "c_size" →
// CSize, "conn_t" → ConnT, "ST_IDLE" → StIdle, "httpServer" →
// HttpServer). A name that would not start with a letter gets an X
// first ("_" → X).
//
// Types are Old<Name> and New<Name>: struct, union and enum tags and
// typedefs by their C name (struct entry → OldEntry, conn_t →
// OldConnT). A typedef is a Go alias of what it names (type OldConnT =
// OldConn); one whose Go name is already its target's (typedef struct
// conn conn) is that type, and a system typedef of a number (uint32_t,
// size_t) is the Go number. An anonymous struct, union or enum takes
// the name of the typedef that names it (typedef struct {...} conn_t →
// OldConnT), else its place: the enclosing type's Go name and the
// member's (struct conn's member addr → OldConnAddr; its anonymous
// member number 2, counting from 0 → OldConnAnon2), or for a global's
// type, the prefix and the global (OldGUnnamed for g_unnamed).
// Enumerators are package constants: the prefix and the enumerator
// (RED → OldRed).
//
// The globals are OldGlobals and NewGlobals, one field per variable:
// Camel of its name for an external one, and for statics the file's
// and function's Camel names joined by underscores (conn.c/count →
// ConnC_Count, conn.c/serve#hits → ConnC_Serve_Hits).
//
// Names are claimed in a fixed order, and a name already taken gets
// the first free suffix _2, _3, ... (Camel names never hold an
// underscore followed by a digit). The package scope: OldGlobals,
// NewGlobals and Migrate first; then per version, old before new, tags
// in the order of their C spelling, typedefs likewise, anonymous types
// in the order a depth-first walk from the globals (sorted by key)
// meets them, enumerators. A struct's scope: its members in order, a
// member reached through methods claiming its getter's name and then
// Set and that name (struct { int set_x; unsigned x : 3; } has the
// field SetX, the getter X and the setter SetX_2).
//
// # Layout
//
// Integers are Go integers of the same size and signedness (int →
// int32, long → int64, char → int8, _Bool → uint8), float and double
// float32 and float64, long double and __int128 their 16 bytes as
// [2]uint64, enums a named integer of the enum's size, fixed arrays
// [N]T, pointers *T, void * unsafe.Pointer and function pointers
// uintptr.
//
// Every member is where C puts it: explicit `_ [n]byte` padding stands
// before members and at the end, and a zero-length array first (`_
// [0]uint64`) raises a struct's alignment to C's. What Go cannot lay
// out as a field is kept in bytes and reached through methods: Name()
// reads the member, SetName(v) writes it. These are
//   - a member below its Go alignment (packed structs, #pragma pack,
//     members packed on their own): its bytes, in an unexported field;
//   - bitfields: each run of bitfields that share or continue bytes
//     is one unexported byte array, read and written as the host
//     (little-endian) lays its bits;
//   - union members: a union is its bytes (with the union's size and
//     alignment) and one pair of methods per member;
//   - a flexible array member: Name(n) is a slice of its first n
//     elements.
//
// Anonymous struct and union members are embedded fields, so their
// members are promoted as in C.
//
// Go aligns nothing beyond 8 bytes: a type C aligns to 16 or more
// (_Alignas(16), long double) has Go alignment 8, with C's size and
// offsets. Pointers kept in bytes (in a union or a packed member) are
// not seen by Go's garbage collector: what they point at must be kept
// alive otherwise (C memory is not collected at all).
package gogen
