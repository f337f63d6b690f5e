package typesdiff

import (
	"bytes"
	"os"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"

	"github.com/xfgen-dev/xfgen/diag"
)

// CodeUnreadable is the code of the diagnostic for an input file that
// cannot be read.
const CodeUnreadable = codeRead

// IsUsageError reports whether d is about how the loader was called (no
// files, an unreadable file, a bad -D or --std) rather than about the C
// code: front ends exit with their usage status for these.
func IsUsageError(d diag.Diagnostic) bool {
	return d.Code == codeRead || d.Code == codeConfig || d.Code == codeNoFiles
}

// Diagnostic codes of the C loader.
const (
	codeRead       = "XF0200" // an input file cannot be read
	codeConfig     = "XF0201" // bad -D, --std or host compiler setup
	codeNoFiles    = "XF0202" // no input files
	codeC          = "XF0210" // the C front end rejected the code
	codeInclude    = "XF0211" // an #include file was not found
	codeUndeclared = "XF0212" // an unknown type or identifier
	codeNesting    = "XF0213" // brackets nested too deep for the C reader
	codeConflict   = "XF0220" // one type name, two different definitions
	codeVarClash   = "XF0221" // one variable key, two different types
	codeAnnot      = "XF0230" // a malformed annotation
	codeAnnotPlace = "XF0231" // an annotation where it has no meaning
	codeAnnotLen   = "XF0232" // E_PTRARRAY/E_ARRAY length is wrong
)

// ccErrRe matches one line of a cc/v4 error: "file:line:col: message".
var ccErrRe = regexp.MustCompile(`^(.+?):(\d+):(\d+): (.*)$`)

var includeRe = regexp.MustCompile(`include file not found: (.+)$`)

var undefinedRe = regexp.MustCompile(`^undefined: (\S+)$`)

var eofRe = regexp.MustCompile(`unexpected (EOF|<EOF>)`)

var unexpectedRe = regexp.MustCompile(`^unexpected ('\*'|identifier)`)

// identBeforeRe finds "name" followed by spaces at the end of a line's
// text: with cc's "unexpected '*'" after it, name was not a type.
var identBeforeRe = regexp.MustCompile(`(?:^|[;{(,]\s*|^\s*)((?:const\s+|volatile\s+)*)([A-Za-z_][A-Za-z0-9_]*)\s+$`)

// cKeywords are not type names that can be unknown.
var cKeywords = map[string]bool{"int": true, "char": true, "long": true, "short": true, "unsigned": true, "signed": true,
	"float": true, "double": true, "void": true, "_Bool": true, "struct": true, "union": true, "enum": true,
	"const": true, "volatile": true, "static": true, "extern": true, "typedef": true, "return": true}

// unknownTypeBefore looks at the source before an "unexpected" error: a
// declaration starting with an identifier that is not a type, like
// "widget_t *w;", means an unknown type name.
func unknownTypeBefore(p diag.Pos) (string, diag.Pos, bool) {
	b, err := os.ReadFile(p.File)
	if err != nil || p.Offset <= 0 || p.Offset > len(b) {
		return "", p, false
	}
	start := bytes.LastIndexByte(b[:p.Offset], '\n') + 1
	m := identBeforeRe.FindSubmatchIndex(b[start:p.Offset])
	if m == nil {
		return "", p, false
	}
	name := string(b[start+m[4] : start+m[5]])
	if cKeywords[name] {
		return "", p, false
	}
	at := p
	at.Offset = start + m[4]
	at.Col = m[4] + 1
	return name, at, true
}

// addCCErrors turns the text of a cc/v4 error into diagnostics, one per
// line, each at its file:line:col.
func (ld *loader) addCCErrors(err error, file string, userFiles []string) {
	seen := map[string]bool{}
	lines := strings.Split(err.Error(), "\n")
	others := 0
	for _, line := range lines {
		l := strings.TrimSpace(line)
		if l != "" && !strings.HasPrefix(l, "<xfgen-end>:") && (ccErrRe.MatchString(l) || !eofRe.MatchString(l)) {
			others++
		}
	}
	endReported := false
	for _, line := range lines {
		line = strings.TrimSpace(line)
		if line == "" || seen[line] {
			continue
		}
		seen[line] = true
		if !ccErrRe.MatchString(line) && eofRe.MatchString(line) {
			line = "<xfgen-end>: " + line // EOF without a position: the same case
		}
		if strings.HasPrefix(line, "<xfgen-end>:") {
			// The text after the user's file (see endSentinel) only
			// fails when the file stopped in the middle of something.
			if others == 0 && !endReported {
				endReported = true
				end := endOf(file)
				ld.errs.Errorf(rangeAt(end), codeC, "C: the file ends in the middle of a declaration; finish it (a missing ';' or '}'?)")
			}
			continue
		}
		pos := diag.Pos{File: file}
		msg := line
		if m := ccErrRe.FindStringSubmatch(line); m != nil {
			l, _ := strconv.Atoi(m[2])
			c, _ := strconv.Atoi(m[3])
			pos = diag.Pos{File: m[1], Line: l, Col: c, Offset: offsetOf(m[1], l, c)}
			msg = m[4]
		}
		if strings.Contains(msg, missingMarker) {
			if d, ok := ld.missingInclude(pos.File, userFiles); ok {
				ld.errs.Add(d)
				continue
			}
		}
		code := codeC
		switch {
		case includeRe.MatchString(msg):
			code = codeInclude
			msg = ld.includeMessage(includeRe.FindStringSubmatch(msg)[1], pos.File)
		case undefinedRe.MatchString(msg):
			code = codeUndeclared
			name := undefinedRe.FindStringSubmatch(msg)[1]
			msg = "unknown type or identifier " + name + ": declare it, or include the header that declares it"
		case unexpectedRe.MatchString(msg):
			if name, at, ok := unknownTypeBefore(pos); ok {
				code, pos = codeUndeclared, at
				msg = "unknown type name " + name + ": declare it (typedef or struct), or include the header that declares it"
				break
			}
			msg = "C syntax error: " + msg + "; fix the C so that a C compiler accepts it"
		case ld.isSystemFile(pos.File, file):
			msg = "the C reader (cc/v4) cannot read this system header: " + msg + "; xfgen cannot work around it, please report it with the header"
		default:
			var related []diag.Related
			var drop bool
			if msg, pos, related, drop = ccMessage(msg, pos); drop {
				continue
			}
			if msg == "" {
				msg = "C: the C reader could not check this declaration; check the file with gcc -fsyntax-only"
			}
			ld.errs.Add(diag.Diagnostic{Range: rangeAt(pos), Severity: diag.Error, Code: code, Message: msg, Related: related})
			continue
		}
		ld.errs.Errorf(rangeAt(pos), code, "%s", msg)
	}
}

// includeMessage says which include file is missing and where it was
// looked for, with the flag that adds a directory.
func (ld *loader) includeMessage(raw, from string) string {
	raw = strings.TrimSpace(raw)
	var dirs []string
	list := ld.cfg.IncludePaths
	if strings.HasPrefix(raw, "<") {
		list = ld.cfg.SysIncludePaths
	}
	for _, d := range list {
		switch d {
		case "", "@":
			d = filepath.Dir(from)
		case "/", missingDir:
			continue
		}
		dirs = append(dirs, d)
	}
	return "cannot find include file " + raw + " (searched " + strings.Join(dirs, ", ") +
		"); add the directory that holds it with -I DIR, or fix the name"
}

func rangeAt(p diag.Pos) diag.Range { return diag.Range{Start: p, End: p} }

// offsetOf computes the byte offset of line:col in file, or 0 when the
// file cannot be read (positions stay usable through Line and Col).
func offsetOf(file string, line, col int) int {
	b, err := os.ReadFile(file)
	if err != nil || line < 1 {
		return 0
	}
	off := 0
	for i := 1; i < line; i++ {
		j := bytes.IndexByte(b[off:], '\n')
		if j < 0 {
			return len(b)
		}
		off += j + 1
	}
	return min(off+col-1, len(b))
}

// endOf is the position of the end of file.
func endOf(file string) diag.Pos {
	b, err := os.ReadFile(file)
	if err != nil {
		return diag.Pos{File: file}
	}
	line := 1 + bytes.Count(b, []byte("\n"))
	col := len(b) - bytes.LastIndexByte(b, '\n')
	return diag.Pos{File: file, Line: line, Col: col, Offset: len(b)}
}
