package compiler

// allCodes lists every code of the table, for the test that each has a
// case.
var allCodes = []string{
	codeUnknownVar, codeUnknownType, codeUnknownField, codeRuleShape,
	codeInInInit, codeBaseNoField, codeUnknownSym, codeUnknownFType, codeXformPrim,
	codeGenOutside, codeFormArgs, codePreambleForm, codeDuplicate, codeMatchesNone,
	codeRestates, codeAddedVar, codeAddedField, codeNarrowing, codeKindChange,
	codeUnionChanged, codeEnumMissing, codeArrayShrunk, codeGeneric,
	codeFlexible, codeUnsized, codeDroppedVar, codeDroppedField, codeArrayGrown, codeUnboundGeneric,
	codeCopiedTwice,
}
