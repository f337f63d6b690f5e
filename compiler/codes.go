package compiler

// Diagnostic codes of the checker. They are stable: editors, CI filters
// and the tests refer to them.
//
//	code    severity  meaning
//	XF0101  error     unknown variable in a rule path
//	XF0102  error     unknown type in a rule path
//	XF0103  error     unknown field in a rule path
//	XF0104  error     rule shape: INIT of a whole type, variable mapped to a type, field mapped to a whole type
//	XF0110  error     $in in an INIT rule
//	XF0111  error     $base outside a field rule
//	XF0112  error     $oldsym/$newsym of a variable the version lacks
//	XF0113  error     $oldtype/$newtype of a type the version lacks
//	XF0114  error     $xform of a primitive type, or of types it cannot pair
//	XF0115  error     $gen outside a generic type's rule, or an unknown parameter
//	XF0116  error     a $ form with the wrong number of arguments
//	XF0117  error     a $ form other than $oldtype/$newtype in the preamble
//	XF0118  error     an unknown or conflicting `#pragma xfgen` in the preamble
//	XF0120  error     two rules for the same target
//	XF0121  warning   a rule that matches nothing reached from any global
//	XF0122  warning   a rule that restates what inference does anyway
//	XF0130  error     added variable without an INIT rule
//	XF0131  error     added field without an INIT rule
//	XF0132  error     narrowing or signedness change of a number
//	XF0133  error     a change of kind inference cannot follow (pointer/integer, struct/union...)
//	XF0134  error     a changed union
//	XF0135  error     an enumerator the new enum lacks
//	XF0136  error     a shrunk array
//	XF0137  error     an annotation inference cannot follow (E_G of a type a version lacks, a missing E_PTRARRAY count field)
//	XF0138  error     a struct that must be walked ends in a flexible array member
//	XF0139  error     an array variable declared without a size
//	XF0140  warning   old variable dropped
//	XF0141  warning   old field dropped
//	XF0142  warning   array grown: extra elements are zero
//	XF0143  warning   a generic struct used without E_G arguments
//	XF0144  warning   one old variable or field fills several new ones
//	XF0145  error     an old enumerator value with two names that the new enum gives different values
const (
	codeUnknownVar     = "XF0101"
	codeUnknownType    = "XF0102"
	codeUnknownField   = "XF0103"
	codeRuleShape      = "XF0104"
	codeInInInit       = "XF0110"
	codeBaseNoField    = "XF0111"
	codeUnknownSym     = "XF0112"
	codeUnknownFType   = "XF0113"
	codeXformPrim      = "XF0114"
	codeGenOutside     = "XF0115"
	codeFormArgs       = "XF0116"
	codePreambleForm   = "XF0117"
	codePragma         = "XF0118"
	codeDuplicate      = "XF0120"
	codeMatchesNone    = "XF0121"
	codeRestates       = "XF0122"
	codeAddedVar       = "XF0130"
	codeAddedField     = "XF0131"
	codeNarrowing      = "XF0132"
	codeKindChange     = "XF0133"
	codeUnionChanged   = "XF0134"
	codeEnumMissing    = "XF0135"
	codeArrayShrunk    = "XF0136"
	codeGeneric        = "XF0137"
	codeFlexible       = "XF0138"
	codeUnsized        = "XF0139"
	codeDroppedVar     = "XF0140"
	codeDroppedField   = "XF0141"
	codeArrayGrown     = "XF0142"
	codeUnboundGeneric = "XF0143"
	codeCopiedTwice    = "XF0144"
	codeEnumAlias      = "XF0145"
)
