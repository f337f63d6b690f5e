package grammar

import (
	"regexp"
	"strings"
)

// tokType is the type of a token of the rule grammar. A whole code
// block is one Block token: its inside is read by the lexer's Code
// state and kept aside.
type tokType int8

const (
	pEOF tokType = iota
	pWord
	pTypeKw
	pInit
	pArrow
	pColon
	pComma
	pBlock
)

// token is one token of the rule grammar, bytes [start, end) of the
// spec; a Block token's code block is the parser's blocks[block].
type token struct {
	typ        tokType
	start, end uint32
	block      int32
}

// maxBlockRecoveries bounds how many unterminated code blocks are cut
// short at a line that looks like the next rule. Each cut lexes the rest
// of the file again, so the bound keeps lexing linear in the file size.
const maxBlockRecoveries = 8

// ruleStartLine matches a line, at its first column, that looks like the
// start of a rule rather than code: where an unterminated block most
// likely should have ended.
var ruleStartLine = regexp.MustCompile(`^(?:(?:INIT|struct|union|enum|typedef)[ \t]|[A-Za-z_][A-Za-z0-9_$@#./]*[ \t]*->)`)

// scan reads the lexer's tokens into the parser's tokens: it sets
// comments aside, folds every code block into one Block token with its
// `$` forms, and reports the characters and braces that do not fit.
func (p *parser) scan() {
	src := p.src
	toks := lexAll(src, 0)
	p.toks = make([]token, 0, len(toks)/2+1)
	recoveries := 0
	for i := 0; i < len(toks); i++ {
		p.errs = p.trim.Keep(p.errs)
		t := toks[i]
		off, end := int(t.start), int(t.end)
		value := src[off:end]
		switch t.typ {
		case tLineComment, tBlockComment:
			text := value
			if t.typ == tLineComment {
				// Trailing space, and the CR of a CRLF line end, are not
				// part of the comment.
				text = strings.TrimRight(text, " \t\r\f\v")
			}
			p.file.Comments = append(p.file.Comments, &Comment{Text: text, Span: p.lines.Span(off, off+len(text))})
		case tOpenComment:
			p.file.Comments = append(p.file.Comments, &Comment{Text: value, Span: p.lines.Span(off, end)})
			p.errs.Errorf(p.lines.span(off, off+2), codeOpenComment, "unterminated comment: this '/*' has no matching '*/'")
		case tArrow:
			p.emit(pArrow, off, end)
		case tColon:
			p.emit(pColon, off, end)
		case tComma:
			p.emit(pComma, off, end)
		case tWord:
			p.emit(wordType(value), off, end)
		case tStrayClose:
			p.errs.Errorf(p.lines.span(off, end), codeStrayClose, "unexpected '}': there is no code block open for it to close")
		case tJunk:
			j := i
			// One error for a run of stray characters on a line.
			for j+1 < len(toks) && toks[j+1].typ == tJunk && onlyBlanks(src[end:toks[j+1].start]) {
				j++
				end = int(toks[j].end)
			}
			for k := i; k <= j; k++ {
				if src[toks[k].start:toks[k].end] == "\x00" {
					p.notText(int(toks[k].start))
					return
				}
			}
			p.junk = append(p.junk, off)
			if src[off] == '/' && i > 0 && toks[i-1].typ == tWord && int(toks[i-1].end) == off {
				p.errs.Errorf(p.lines.span(off, off+1), codeBadPath,
					"expected a variable name after '/' in `%s/`; a key is `file.c/name` or `file.c/func#name`", src[toks[i-1].start:toks[i-1].end])
				i = j
				continue
			}
			i = j
			p.errs.Errorf(p.lines.span(off, end), codeJunk,
				"unexpected %q outside a code block; a rule is `FROM -> TO`, or labels, ':' and a code block `{ ... }`", src[off:end])
		case tOpen:
			next, cut := p.block(toks, i, recoveries < maxBlockRecoveries)
			if cut >= 0 {
				recoveries++
				toks = lexAll(src[cut:], cut)
				i = -1
				continue
			}
			i = next - 1
		}
	}
	p.emit(pEOF, len(src), len(src))
}

// notText drops what was read and reports the file as binary. A NUL
// byte outside code never occurs in a spec (git and grep take it as the
// sign of a binary file), and reading a binary file as rules would give
// an error for nearly every byte of it. Inside a code block a NUL is
// kept, as the rest of the code, byte for byte.
func (p *parser) notText(off int) {
	p.errs = nil
	p.file.Comments = nil
	p.toks, p.blocks, p.junk = p.toks[:0], p.blocks[:0], nil
	p.errs.Errorf(p.lines.span(off, off+1), codeNotText, "not a text file: it holds a NUL byte here; give the .xf spec, which is text")
	p.emit(pEOF, len(p.src), len(p.src))
}

func onlyBlanks(s string) bool {
	return strings.Trim(s, " \t") == ""
}

// wordType tells keywords from names.
func wordType(w string) tokType {
	switch w {
	case "INIT":
		return pInit
	case "struct", "union", "enum", "typedef":
		return pTypeKw
	}
	return pWord
}

// emit appends a parser token spanning [off, end).
func (p *parser) emit(typ tokType, off, end int) {
	p.toks = append(p.toks, token{typ: typ, start: uint32(off), end: uint32(end), block: -1})
}

// block reads the code block whose '{' is toks[open] and emits it as one
// Block token. It returns the index of the first token after the block.
// When the block is never closed and recover is set, it looks for a
// line that starts a rule; if there is one it ends the block there and
// returns that offset as cut (the caller lexes again from it), else cut
// is -1 and the block runs to the end of the file.
func (p *parser) block(toks []rawToken, open int, recover bool) (next, cut int) {
	start := int(toks[open].start)
	depth := 1
	var forms []rawToken
	var openComments []int
	j := open + 1
	for ; j < len(toks) && depth > 0; j++ {
		switch toks[j].typ {
		case tCodeOpen:
			depth++
		case tCodeClose:
			depth--
		case tForm:
			forms = append(forms, toks[j])
		case tCodeOpenComment:
			openComments = append(openComments, int(toks[j].start))
		}
	}
	end, textEnd := len(p.src), len(p.src)
	cut = -1
	if depth == 0 {
		end = int(toks[j-1].start) + 1
		textEnd = end - 1
	} else {
		p.errs.Errorf(p.lines.span(start, start+1), codeOpenBlock,
			"unterminated code block opened here: add the '}' that closes it")
		if recover {
			cut = findRuleLine(p.src, start)
		}
		if cut >= 0 {
			end, textEnd = cut, cut
		}
	}
	for _, off := range openComments {
		if off < textEnd {
			p.errs.Errorf(p.lines.span(off, off+2), codeOpenComment, "unterminated comment in code: this '/*' has no matching '*/'")
		}
	}
	cb := &CodeBlock{Text: p.src[start+1 : textEnd], Span: p.lines.Span(start, end)}
	p.forms(cb, forms, textEnd)
	p.emit(pBlock, start, end)
	p.toks[len(p.toks)-1].block = int32(len(p.blocks))
	p.blocks = append(p.blocks, cb)
	return j, cut
}

// findRuleLine returns the offset of the first line after the one
// holding offset from that starts like a rule, or -1.
func findRuleLine(src string, from int) int {
	for i := from; ; {
		nl := strings.IndexByte(src[i:], '\n')
		if nl < 0 {
			return -1
		}
		i += nl + 1
		line := src[i:]
		if end := strings.IndexByte(line, '\n'); end >= 0 {
			line = line[:end]
		}
		if ruleStartLine.MatchString(line) {
			return i
		}
	}
}
