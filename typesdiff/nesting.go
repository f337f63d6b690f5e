package typesdiff

import (
	"fmt"
	"os"
	"regexp"

	"github.com/xfgen-dev/xfgen/diag"
)

// cc/v4 parses by recursive descent: each level of nesting costs it
// tens of kilobytes of Go stack, and Go ends the whole process, without
// a recoverable panic, when a goroutine's stack passes 1 GB. So the
// user's files are measured before cc reads them and too deep a nest is
// an error at its place. Structs nest by braces, and generated code does
// nest them thousands deep, so braces have a higher limit (at 16384
// levels of structs cc needed up to 512 MB of stack, half the limit) than
// expressions, which clang already limits to 256 (-fbracket-depth).
const (
	maxParenDepth = 1024  // ( and [ together
	maxBraceDepth = 10240 // {
)

// checkNesting reports the first bracket of file that opens a level
// deeper than the limits, outside comments and literals, or a literal
// the file ends inside.
func checkNesting(file string) (diag.Diagnostic, bool) {
	src, err := os.ReadFile(file)
	if err != nil {
		return diag.Diagnostic{}, false // reported by whoever reads it
	}
	parens, braces := 0, 0
	line, lineStart := 1, 0
	for i := 0; i < len(src); i++ {
		switch c := src[i]; c {
		case '\n':
			line, lineStart = line+1, i+1
		case '/':
			if i+1 < len(src) && src[i+1] == '/' {
				for i+1 < len(src) && src[i+1] != '\n' {
					i++
				}
			} else if i+1 < len(src) && src[i+1] == '*' {
				for i += 2; i+1 < len(src) && !(src[i] == '*' && src[i+1] == '/'); i++ {
					if src[i] == '\n' {
						line, lineStart = line+1, i+1
					}
				}
				i++
			}
		case '"', '\'':
			start := i
			for i++; i < len(src) && src[i] != c && src[i] != '\n'; i++ {
				if src[i] == '\\' {
					i++
				}
			}
			if i >= len(src) {
				// cc/v4 loops forever on a file that ends inside a
				// literal just after a backslash.
				at := diag.Pos{File: file, Line: line, Col: start - lineStart + 1, Offset: start}
				end := at
				end.Col, end.Offset = end.Col+1, end.Offset+1
				what := map[byte]string{'"': "string", '\'': "character"}[c]
				return diag.Diagnostic{Range: diag.Range{Start: at, End: end}, Severity: diag.Error, Code: codeC,
					Message: fmt.Sprintf("this %s literal is not closed: the file ends inside it; close it with %c", what, c)}, true
			}
		case '(', '[', '{':
			depth, limit, what := &parens, maxParenDepth, "parentheses and brackets"
			if c == '{' {
				depth, limit, what = &braces, maxBraceDepth, "braces"
			}
			if *depth++; *depth > limit {
				at := diag.Pos{File: file, Line: line, Col: i - lineStart + 1, Offset: i}
				end := at
				end.Col, end.Offset = end.Col+1, end.Offset+1
				return diag.Diagnostic{Range: diag.Range{Start: at, End: end}, Severity: diag.Error, Code: codeNesting,
					Message: fmt.Sprintf("%s nested more than %d deep: xfgen's C reader stops here; split the expression or declaration into named parts", what, limit)}, true
			}
		case ')', ']':
			parens = max(parens-1, 0)
		case '}':
			braces = max(braces-1, 0)
		}
	}
	return diag.Diagnostic{}, false
}

// bracketAnnotRe finds Kitsune's `char buf[E_ARRAY(self.len)]`: an
// annotation inside an array's brackets, which becomes an attribute
// where C allows none once xfgen's annotations expand.
var bracketAnnotRe = regexp.MustCompile(`\[\s*(E_(?:PTR)?ARRAY)\s*\(`)

// checkBracketAnnotations reports the first annotation written inside
// array brackets in file, with what to write instead.
func checkBracketAnnotations(file string) (diag.Diagnostic, bool) {
	src, err := os.ReadFile(file)
	if err != nil {
		return diag.Diagnostic{}, false
	}
	m := bracketAnnotRe.FindSubmatchIndex(src)
	if m == nil {
		return diag.Diagnostic{}, false
	}
	at := posAtOffset(src, file, m[2])
	macro := string(src[m[2]:m[3]])
	return diag.Diagnostic{Range: rangeAt(at), Severity: diag.Error, Code: codeAnnotPlace,
		Message: macro + " inside an array's brackets (Kitsune's form for an array whose length a field holds) is not read by xfgen: make the member a pointer and annotate it, `char *buf " + macro + "(len);`, or give the array a constant size"}, true
}
