package pipeline

import (
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"

	"github.com/xfgen-dev/xfgen/diag"
	"github.com/xfgen-dev/xfgen/typesdiff"
)

// CompdbName is the file name of a build's JSON compilation database,
// the one clangd reads; a folder given for one is searched for it.
const CompdbName = "compile_commands.json"

// CodeCompdb marks an unreadable or malformed compile_commands.json.
const CodeCompdb = "XF0306"

// compdbEntry is one command of the database.
type compdbEntry struct {
	Directory string   `json:"directory"`
	File      string   `json:"file"`
	Command   string   `json:"command"`
	Arguments []string `json:"arguments"`
}

// ReadCompdb reads the compile_commands.json at path (or in the folder
// path) into the units of one version: each C file with the include
// directories, defines, -include files and -std its command gives it,
// paths made absolute against the entry's directory (a relative
// directory is taken from the database's folder). A file built twice
// keeps its first command.
func ReadCompdb(path string) ([]typesdiff.Unit, diag.List) {
	var l diag.List
	if st, err := os.Stat(path); err == nil && st.IsDir() {
		path = filepath.Join(path, CompdbName)
	}
	src, err := os.ReadFile(path)
	if err != nil {
		l.Errorf(diag.Range{Start: diag.Pos{File: path}}, CodeConfigUnread, "cannot read the compilation database: %v; give the folder that holds %s, or the file", unwrapPath(err), CompdbName)
		return nil, l
	}
	base, _ := filepath.Abs(filepath.Dir(path))
	dec := json.NewDecoder(strings.NewReader(string(src)))
	at := func(off int64) diag.Range {
		row, col := lineCol(src, off)
		return spanAt(path, src, row, col, 1)
	}
	// next skips from the end of the last token to the next value.
	next := func(off int64) int64 {
		for off < int64(len(src)) && strings.IndexByte(" \t\r\n,", src[off]) >= 0 {
			off++
		}
		return off
	}
	if tok, err := dec.Token(); err != nil || tok != json.Delim('[') {
		l.Errorf(at(0), CodeCompdb, "%s must be a JSON array of commands ({\"directory\", \"file\", \"command\" or \"arguments\"})", CompdbName)
		return nil, l
	}
	var units []typesdiff.Unit
	seen := map[string]bool{}
	for dec.More() {
		off := next(dec.InputOffset())
		var e compdbEntry
		if err := dec.Decode(&e); err != nil {
			var se *json.SyntaxError
			if errors.As(err, &se) {
				off += se.Offset - 1 // the offending byte, counted from the entry
			}
			l.Errorf(at(off), CodeCompdb, "%s: %v", CompdbName, err)
			return units, l
		}
		r := at(off)
		if e.File == "" || e.Command == "" && len(e.Arguments) == 0 {
			l.Errorf(r, CodeCompdb, "a command without \"file\" or without \"command\"/\"arguments\": each entry names its file and how it is compiled")
			continue
		}
		dir := e.Directory
		if !filepath.IsAbs(dir) {
			dir = filepath.Join(base, dir)
		}
		args := e.Arguments
		if len(args) == 0 {
			if args, err = shellSplit(e.Command); err != nil {
				l.Errorf(r, CodeCompdb, "the command of %s: %v", e.File, err)
				continue
			}
		}
		u, err := unitOf(dir, e.File, args)
		if err != nil {
			l.Errorf(r, CodeCompdb, "the command of %s: %v", e.File, err)
			continue
		}
		if !isCFile(u.File) || seen[u.File] {
			continue // C++ or assembly of the same build, or built twice
		}
		seen[u.File] = true
		units = append(units, u)
	}
	return units, l
}

func isCFile(p string) bool {
	switch filepath.Ext(p) {
	case ".c", ".h", ".i":
		return true
	}
	return false
}

// unitOf reads the flags xfgen needs from a compiler's arguments.
func unitOf(dir, file string, args []string) (typesdiff.Unit, error) {
	abs := func(p string) string {
		if filepath.IsAbs(p) {
			return filepath.Clean(p)
		}
		return filepath.Join(dir, p)
	}
	u := typesdiff.Unit{File: abs(file)}
	// Flags whose value may be the next argument: what they do.
	takes := map[string]func(string){
		"-I":         func(v string) { u.IncludeDirs = append(u.IncludeDirs, abs(v)) },
		"-isystem":   func(v string) { u.IncludeDirs = append(u.IncludeDirs, abs(v)) },
		"-iquote":    func(v string) { u.IncludeDirs = append(u.IncludeDirs, abs(v)) },
		"-idirafter": func(v string) { u.IncludeDirs = append(u.IncludeDirs, abs(v)) },
		"-D":         func(v string) { u.Defines = append(u.Defines, v) },
		"-include":   func(v string) { u.Preinclude = append(u.Preinclude, abs(v)) },
	}
	skipsValue := map[string]bool{"-o": true, "-MF": true, "-MT": true, "-MQ": true, "-x": true, "-U": true, "-Xclang": true, "-Xpreprocessor": true, "-imacros": true}
	for i := 1; i < len(args); i++ {
		a := args[i]
		if f := takes[a]; f != nil {
			if i+1 >= len(args) {
				return u, fmt.Errorf("%s needs a value", a)
			}
			i++
			f(args[i])
			continue
		}
		if skipsValue[a] {
			i++
			continue
		}
		switch {
		case strings.HasPrefix(a, "-std="):
			u.Std = a[len("-std="):]
		case strings.HasPrefix(a, "--std="):
			u.Std = a[len("--std="):]
		case strings.HasPrefix(a, "-D") || strings.HasPrefix(a, "-I"):
			takes[a[:2]](a[2:])
		case strings.HasPrefix(a, "-isystem"):
			takes["-isystem"](a[len("-isystem"):])
		}
	}
	return u, nil
}

// shellSplit splits a command line as a POSIX shell does: blanks
// separate words, quotes group, a backslash escapes.
func shellSplit(s string) ([]string, error) {
	var out []string
	var w strings.Builder
	inWord := false
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch {
		case c == ' ' || c == '\t' || c == '\n':
			if inWord {
				out = append(out, w.String())
				w.Reset()
				inWord = false
			}
		case c == '\\' && i+1 < len(s):
			i++
			w.WriteByte(s[i])
			inWord = true
		case c == '\'':
			j := strings.IndexByte(s[i+1:], '\'')
			if j < 0 {
				return nil, io.ErrUnexpectedEOF
			}
			w.WriteString(s[i+1 : i+1+j])
			i += j + 1
			inWord = true
		case c == '"':
			i++
			for ; i < len(s) && s[i] != '"'; i++ {
				if s[i] == '\\' && i+1 < len(s) && strings.IndexByte("\"\\$`", s[i+1]) >= 0 {
					i++
				}
				w.WriteByte(s[i])
			}
			if i >= len(s) {
				return nil, fmt.Errorf("unclosed '\"'")
			}
			inWord = true
		default:
			w.WriteByte(c)
			inWord = true
		}
	}
	if inWord {
		out = append(out, w.String())
	}
	return out, nil
}

// lineCol is the 1-based line and column of byte off of src.
func lineCol(src []byte, off int64) (int, int) {
	if off > int64(len(src)) {
		off = int64(len(src))
	}
	line, col := 1, 1
	for _, c := range src[:off] {
		if c == '\n' {
			line, col = line+1, 1
		} else {
			col++
		}
	}
	return line, col
}
