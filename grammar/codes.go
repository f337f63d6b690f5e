package grammar

// Diagnostic codes of syntax errors. They are stable: tools and users
// may match on them.
//
//	XF0001  a character that has no place outside code blocks
//	XF0002  a comment that is never closed
//	XF0003  a code block that is never closed (reported at its '{')
//	XF0004  a '}' with no '{' to close
//	XF0005  a path is missing (after '->', 'INIT', a type keyword)
//	XF0006  '->' is missing between FROM and TO
//	XF0007  a label is missing (at the start of a rule, after ',')
//	XF0008  a code block is missing after ':'
//	XF0009  INIT without a code block
//	XF0010  a list of labels without ':' and a code block
//	XF0011  a code block follows labels without ':'
//	XF0012  a code block that belongs to no rule
//	XF0013  a path that is malformed (empty part, not an identifier)
//	XF0014  an unknown `$` form in code
//	XF0015  a `$` form with missing or wrong arguments
//	XF0016  the file is not text (a NUL byte outside code blocks)
//	XF0017  the file is larger than 4 GiB
const (
	codeJunk             = "XF0001"
	codeOpenComment      = "XF0002"
	codeOpenBlock        = "XF0003"
	codeStrayClose       = "XF0004"
	codeMissingPath      = "XF0005"
	codeMissingArrow     = "XF0006"
	codeMissingLabel     = "XF0007"
	codeMissingBlock     = "XF0008"
	codeInitWithoutBlock = "XF0009"
	codeListWithoutBlock = "XF0010"
	codeMissingColon     = "XF0011"
	codeStrayBlock       = "XF0012"
	codeBadPath          = "XF0013"
	codeUnknownForm      = "XF0014"
	codeFormArgs         = "XF0015"
	codeNotText          = "XF0016"
	codeTooLarge         = "XF0017"
)
