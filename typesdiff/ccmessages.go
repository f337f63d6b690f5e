package typesdiff

import (
	"os"
	"regexp"
	"strconv"
	"strings"

	"github.com/xfgen-dev/xfgen/diag"
)

// cc/v4's messages are written for its own developers: they name Go
// types and end with the place in cc's sources that raised them. These
// rewrite the ones a user meets into what a C compiler says, at the
// place gcc points to.

var (
	ccSourceRe    = regexp.MustCompile(`\s*\(\w+\.go:\d+:\w*:?\)\s*$`)
	ccTodoRe      = regexp.MustCompile(`^TODO \*cc\.(\w+) missed/failed type check`)
	twoTypesRe    = regexp.MustCompile(`^TODO \*cc\.(?:DeclarationSpecifiers|SpecifierQualifierList) missed/failed type check: \[.*TypeSpecifierStructOrUnion.*\]`)
	redefRe       = regexp.MustCompile(`^incompatible redeclaration of '(struct|union|enum) (\w+)[^']*' at (.+?):(\d+):(\d+):?`)
	conflictRe    = regexp.MustCompile(`^conflicting types for '(\w+)', previous declaration at (.+?):(\d+):(\d+):?`)
	arraySizeRe   = regexp.MustCompile(`^invalid array size, (-?\d+)`)
	notRecordRe   = regexp.MustCompile(`^expected a struct or union: (.+)$`)
	noMemberRe    = regexp.MustCompile(`^type (struct|union) (\w+)(?: \{.*\})? has no member named (\w+)`)
	identBeforeSq = regexp.MustCompile(`([A-Za-z_]\w*)\s*$`)
)

// ccMessage turns one cc/v4 message at pos into a compiler's message,
// maybe at a better position, with the related place it names. drop
// means the line only follows up another one.
func ccMessage(msg string, pos diag.Pos) (text string, at diag.Pos, related []diag.Related, drop bool) {
	msg = ccSourceRe.ReplaceAllString(msg, "")
	at = pos
	switch {
	case twoTypesRe.MatchString(msg):
		if next, ok := afterClosingBrace(pos); ok {
			return "C: expected ';' after the struct or union definition, before `" + next.word + "`; add the ';'", next.pos, nil, false
		}
		return "C: two types in one declaration; a ';' is probably missing after a struct or union definition", pos, nil, false
	case ccTodoRe.MatchString(msg):
		// cc's follow-up to an error it reported with its position.
		return "", pos, nil, !pos.IsValid()
	case redefRe.MatchString(msg):
		m := redefRe.FindStringSubmatch(msg)
		at = wordAfter(pos, m[1])
		return "C: redefinition of " + m[1] + " " + m[2] + "; remove one definition or rename one of them", at,
			[]diag.Related{{Range: rangeAt(filePos(m[3], m[4], m[5])), Message: "the first definition of " + m[1] + " " + m[2]}}, false
	case conflictRe.MatchString(msg):
		m := conflictRe.FindStringSubmatch(msg)
		return "C: conflicting types for " + m[1] + "; make the declarations agree", pos,
			[]diag.Related{{Range: rangeAt(filePos(m[2], m[3], m[4])), Message: "the previous declaration of " + m[1]}}, false
	case arraySizeRe.MatchString(msg):
		n := arraySizeRe.FindStringSubmatch(msg)[1]
		name, np := nameBeforeBracket(pos)
		if name == "" {
			return "C: the size of an array is " + n + "; give it a positive size", pos, nil, false
		}
		return "C: size of array " + name + " is " + n + "; give it a positive size", np, nil, false
	case notRecordRe.MatchString(msg):
		return "C: request for a member in something that is not a struct or union (it is " + notRecordRe.FindStringSubmatch(msg)[1] + ")", pos, nil, false
	case noMemberRe.MatchString(msg):
		m := noMemberRe.FindStringSubmatch(msg)
		return "C: " + m[1] + " " + m[2] + " has no member named " + m[3], pos, nil, false
	}
	return "C: " + strings.TrimPrefix(msg, "TODO ") + "; fix the C so that a C compiler accepts it", pos, nil, false
}

func filePos(file, line, col string) diag.Pos {
	l, _ := strconv.Atoi(line)
	c, _ := strconv.Atoi(col)
	return diag.Pos{File: file, Line: l, Col: c, Offset: offsetOf(file, l, c)}
}

type wordAt struct {
	word string
	pos  diag.Pos
}

// afterClosingBrace finds, from the start of a declaration at p, the
// first word after the '}' that closes its first '{'.
func afterClosingBrace(p diag.Pos) (wordAt, bool) {
	b, err := os.ReadFile(p.File)
	if err != nil || p.Offset < 0 || p.Offset > len(b) {
		return wordAt{}, false
	}
	depth := 0
	for i := p.Offset; i < len(b); i++ {
		switch b[i] {
		case '{':
			depth++
		case '}':
			if depth--; depth == 0 {
				return nextWord(b, i+1, p.File)
			}
		}
	}
	return wordAt{}, false
}

// nextWord is the first word at or after offset i, skipping spaces.
func nextWord(b []byte, i int, file string) (wordAt, bool) {
	for i < len(b) && (b[i] == ' ' || b[i] == '\t' || b[i] == '\n' || b[i] == '\r') {
		i++
	}
	j := i
	for j < len(b) && (b[j] == '_' || b[j] >= 'a' && b[j] <= 'z' || b[j] >= 'A' && b[j] <= 'Z' || b[j] >= '0' && b[j] <= '9') {
		j++
	}
	if j == i {
		return wordAt{}, false
	}
	return wordAt{string(b[i:j]), posAtOffset(b, file, i)}, true
}

// wordAfter is the position of the word after keyword at p (the tag of
// "struct s"), or p.
func wordAfter(p diag.Pos, keyword string) diag.Pos {
	b, err := os.ReadFile(p.File)
	if err != nil || p.Offset+len(keyword) > len(b) || string(b[p.Offset:p.Offset+len(keyword)]) != keyword {
		return p
	}
	if w, ok := nextWord(b, p.Offset+len(keyword), p.File); ok {
		return w.pos
	}
	return p
}

// nameBeforeBracket finds the name declared before the '[' whose size
// starts at p: "arr" in "int arr[-1]".
func nameBeforeBracket(p diag.Pos) (string, diag.Pos) {
	b, err := os.ReadFile(p.File)
	if err != nil || p.Offset > len(b) {
		return "", p
	}
	open := strings.LastIndexByte(string(b[:p.Offset]), '[')
	if open < 0 {
		return "", p
	}
	m := identBeforeSq.FindSubmatchIndex(b[:open])
	if m == nil {
		return "", p
	}
	return string(b[m[2]:m[3]]), posAtOffset(b, p.File, m[2])
}

func posAtOffset(b []byte, file string, off int) diag.Pos {
	line := 1 + strings.Count(string(b[:off]), "\n")
	col := off - (strings.LastIndexByte(string(b[:off]), '\n') + 1) + 1
	return diag.Pos{File: file, Line: line, Col: col, Offset: off}
}
