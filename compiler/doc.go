package compiler

// How the pieces fit (for maintainers):
//
// Check (check.go) resolves the spec's rules (resolve.go), plans every
// new global (globals.go), builds one Conv per pair of old and new types
// reached (infer.go, struct.go), checks the $ forms (forms.go), then
// decides which conversions do work (work.go): a conversion is work
// when it changes bytes itself or reaches one that does, settled over
// cycles by propagating backwards from the intrinsic ones; then which
// pairs of types pointers reach inside migrated objects or globals
// (Plan.Tracked, Conv.Interior) and which structs and arrays hold such
// objects by value (Conv.Holds). Last it
// selects what the generators write code for (code.go): Plan.Code,
// and per tracked pair of types the conversion that is its Tag.
//
// The generators (cgen, for C) read only the exported Plan.
//
// Every error that a rule resolves is recorded by the checker as a
// missingRule (missing.go) where it is reported: the diagnostic's fix
// appends that rule, and Stubs (stubs.go) writes the same rules for
// `xfgen stubs` and the language server's "add all missing rules",
// turning an INIT into a rename where typesdiff's rename candidates and
// the checker's dropped fields or variables agree, and re-checking the
// spec with its stubs until nothing is missing (a guessed rename the
// checker refuses is taken back).
