package grammar

import (
	"github.com/alecthomas/participle/v2/lexer"
)

// specLexer tokenizes a spec. Outside code the tokens are the words of
// the rule grammar; a '{' pushes the Code state, where braces nest and
// string literals, character literals and comments are single tokens,
// so the braces inside them do not count. Every state ends with a rule
// that matches any one byte, so lexing never fails: a character the
// grammar has no use for becomes a token the parser reports.
var specLexer = lexer.MustStateful(lexer.Rules{
	"Root": {
		// The most frequent tokens first: each rule is tried in turn.
		// A byte order mark, which some editors write, counts as space.
		{Name: "whitespace", Pattern: `[ \t\r\n\f\v\x{FEFF}]+`},
		// A key such as main.c/f#x is one word; "//" and "/*" start
		// comments, so a '/' inside a word must be followed by a word
		// character.
		{Name: "Word", Pattern: `[A-Za-z0-9_$@#.]+(?:/[A-Za-z0-9_$@#.]+)*`},
		{Name: "Arrow", Pattern: `->`},
		{Name: "Colon", Pattern: `:`},
		{Name: "Comma", Pattern: `,`},
		{Name: "Open", Pattern: `\{`, Action: lexer.Push("Code")},
		{Name: "LineComment", Pattern: `//[^\n]*`},
		{Name: "BlockComment", Pattern: `/\*[\s\S]*?\*/`},
		{Name: "OpenComment", Pattern: `/\*[\s\S]*`},
		{Name: "StrayClose", Pattern: `\}`},
		{Name: "Junk", Pattern: `[\s\S]`},
	},
	"Code": {
		{Name: "CodeText", Pattern: `[^{}"'/$]+`},
		{Name: "CodeOpen", Pattern: `\{`, Action: lexer.Push("Code")},
		{Name: "CodeClose", Pattern: `\}`, Action: lexer.Pop()},
		// A literal that is not closed ends at the end of its line, as
		// in C; matching it anyway keeps lexing linear (no rescan from
		// every quote of a long line).
		{Name: "CodeString", Pattern: `"(?:[^"\\\n]|\\[\s\S])*"?`},
		{Name: "CodeChar", Pattern: `'(?:[^'\\\n]|\\[\s\S])*'?`},
		{Name: "CodeLineComment", Pattern: `//[^\n]*`},
		{Name: "CodeBlockComment", Pattern: `/\*[\s\S]*?\*/`},
		{Name: "CodeOpenComment", Pattern: `/\*[\s\S]*`},
		{Name: "Form", Pattern: `\$[A-Za-z_][A-Za-z0-9_]*`},
		{Name: "CodeOther", Pattern: `[\s\S]`},
	},
})

// Token types of specLexer, looked up once.
var (
	symbols          = specLexer.Symbols()
	tLineComment     = symbols["LineComment"]
	tBlockComment    = symbols["BlockComment"]
	tOpenComment     = symbols["OpenComment"]
	tArrow           = symbols["Arrow"]
	tColon           = symbols["Colon"]
	tComma           = symbols["Comma"]
	tOpen            = symbols["Open"]
	tStrayClose      = symbols["StrayClose"]
	tWord            = symbols["Word"]
	tJunk            = symbols["Junk"]
	tCodeOpen        = symbols["CodeOpen"]
	tCodeClose       = symbols["CodeClose"]
	tCodeOpenComment = symbols["CodeOpenComment"]
	tForm            = symbols["Form"]
)

// rawToken is a token of specLexer: its type and bytes [start, end).
// Sixteen bytes, where participle's lexer.Token takes 64, so that a large
// spec's tokens are cheap to hold while they are read.
type rawToken struct {
	typ        lexer.TokenType
	start, end uint32
}

// lexAll returns the tokens of src, without the final EOF token. base is
// added to every offset so that a tail of a file can be lexed on its
// own.
func lexAll(src string, base int) []rawToken {
	lx, err := specLexer.LexString("", src)
	if err != nil {
		return nil
	}
	toks := make([]rawToken, 0, len(src)/8+1)
	for {
		t, err := lx.Next()
		if err != nil || t.EOF() {
			// The rules cover every byte, so err is never set; stop
			// rather than loop if that ever changes.
			return toks
		}
		off := t.Pos.Offset + base
		toks = append(toks, rawToken{typ: t.Type, start: uint32(off), end: uint32(off + len(t.Value))})
	}
}
