package pipeline

import (
	"bytes"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"reflect"
	"regexp"
	"strings"

	"github.com/pelletier/go-toml/v2"
	"github.com/xfgen-dev/xfgen/diag"
)

// ConfigName is the configuration file's name, looked for in a spec's
// folder and then in each ancestor.
const ConfigName = "xfgen.toml"

// Diagnostic codes of the configuration.
const (
	CodeNoConfig      = "XF0300" // nothing names the versions of a spec (the language server's warning)
	CodeConfigSyntax  = "XF0301" // xfgen.toml is not valid TOML, or a value has the wrong type
	CodeConfigKey     = "XF0302" // an unknown key
	CodeConfigMissing = "XF0303" // a file or glob that matches nothing
	CodeConfigUnread  = "XF0304" // xfgen.toml cannot be read
	CodeConfigValue   = "XF0305" // a value out of its range (lang)
)

// keys lists the keys of xfgen.toml, for did-you-mean.
var keys = []string{"old", "new", "include", "define", "old_include", "new_include", "old_define", "new_define", "std", "prefix", "lang", "preinclude", "old_compdb", "new_compdb"}

// FindConfig returns the xfgen.toml of the spec at specPath: the one in
// its folder or the nearest ancestor's; "" when there is none.
func FindConfig(specPath string) string {
	dir, err := filepath.Abs(filepath.Dir(specPath))
	if err != nil {
		return ""
	}
	for {
		p := filepath.Join(dir, ConfigName)
		if st, err := os.Stat(p); err == nil && !st.IsDir() {
			if rel, err := filepath.Rel(mustWd(), p); err == nil && !strings.HasPrefix(rel, "..") {
				return rel
			}
			return p
		}
		up := filepath.Dir(dir)
		if up == dir {
			return ""
		}
		dir = up
	}
}

func mustWd() string {
	wd, err := os.Getwd()
	if err != nil {
		return "/"
	}
	return wd
}

// ReadConfigFile reads and decodes the xfgen.toml at path.
func ReadConfigFile(path string) (Options, diag.List) {
	src, err := os.ReadFile(path)
	if err != nil {
		var l diag.List
		l.Errorf(diag.Range{Start: diag.Pos{File: path}, End: diag.Pos{File: path}}, CodeConfigUnread, "cannot read %s: %v", path, unwrapPath(err))
		return Options{}, l
	}
	return ParseConfig(path, src)
}

func unwrapPath(err error) error {
	var pe *os.PathError
	if errors.As(err, &pe) {
		return pe.Err
	}
	return err
}

// ParseConfig decodes the text of an xfgen.toml read from path. Relative
// paths are taken from path's folder and globs are expanded; every
// unknown key, wrongly typed value, and file or glob that matches nothing
// is a diagnostic at its line and column in path.
func ParseConfig(path string, src []byte) (Options, diag.List) {
	var o Options
	var l diag.List
	dec := toml.NewDecoder(bytes.NewReader(src))
	dec.DisallowUnknownFields()
	err := dec.Decode(&o)
	var strict *toml.StrictMissingError
	var de *toml.DecodeError
	switch {
	case errors.As(err, &strict):
		for _, e := range strict.Errors {
			key := strings.Join(e.Key(), ".")
			msg := fmt.Sprintf("unknown key `%s` in %s", key, ConfigName)
			last := e.Key()[len(e.Key())-1]
			if s := diag.Closest(last, keys); s != "" {
				msg += fmt.Sprintf(" (did you mean `%s`?)", s)
			} else {
				msg += "; the keys are " + strings.Join(keys, ", ")
			}
			row, col := e.Position()
			l.Errorf(spanAt(path, src, row, col, len(last)), CodeConfigKey, "%s", msg)
		}
	case errors.As(err, &de):
		row, col := de.Position()
		msg := strings.TrimPrefix(de.Error(), "toml: ")
		if m := fieldRe.FindStringSubmatch(msg); m != nil {
			if f, ok := reflect.TypeFor[Options]().FieldByName(m[1]); ok {
				msg = wantType(f.Tag.Get("toml"))
			}
		} else if strings.Contains(msg, "document ended") {
			row, col = endOf(src)
		}
		l.Errorf(spanAt(path, src, row, col, 1), CodeConfigSyntax, "%s: %s", ConfigName, msg)
		return Options{}, l
	case err != nil:
		l.Errorf(spanAt(path, src, 1, 1, 0), CodeConfigSyntax, "%s: %v", ConfigName, err)
		return Options{}, l
	}
	if o.Lang != "" && o.Lang != "c" && o.Lang != "go" {
		row, col := valuePos(src, "lang", o.Lang)
		l.Errorf(spanAt(path, src, row, col, len(o.Lang)+2), CodeConfigValue, "lang = %q: use \"c\" or \"go\"", o.Lang)
	}
	dir := filepath.Dir(path)
	expand := func(key string, pats []string) []string {
		var out []string
		for _, p := range pats {
			full := p
			if !filepath.IsAbs(p) {
				full = filepath.Join(dir, p)
			}
			matches, err := filepath.Glob(full)
			if err != nil || len(matches) == 0 {
				row, col := valuePos(src, key, p)
				what := "no file"
				if strings.ContainsAny(p, "*?[") {
					what = "the glob matches no file"
					if err != nil {
						what = "the glob is malformed"
					}
				}
				l.Errorf(spanAt(path, src, row, col, len(p)+2), CodeConfigMissing, "%s = %q: %s %s (paths are relative to %s's folder)", key, p, what, full, ConfigName)
				continue
			}
			out = append(out, matches...)
		}
		return out
	}
	o.Old = expand("old", o.Old)
	o.New = expand("new", o.New)
	o.Preinclude = expand("preinclude", o.Preinclude)
	for _, c := range []struct {
		key string
		p   *string
	}{{"old_compdb", &o.OldCompdb}, {"new_compdb", &o.NewCompdb}} {
		if *c.p != "" && !filepath.IsAbs(*c.p) {
			*c.p = filepath.Join(dir, *c.p)
		}
	}
	dirs := func(key string, ds []string) []string {
		var out []string
		for _, d := range ds {
			full := d
			if !filepath.IsAbs(d) {
				full = filepath.Join(dir, d)
			}
			if st, err := os.Stat(full); err != nil || !st.IsDir() {
				row, col := valuePos(src, key, d)
				l.Errorf(spanAt(path, src, row, col, len(d)+2), CodeConfigMissing, "%s = %q: no folder %s (paths are relative to %s's folder)", key, d, full, ConfigName)
				continue
			}
			out = append(out, full)
		}
		return out
	}
	o.Include = dirs("include", o.Include)
	o.OldInclude = dirs("old_include", o.OldInclude)
	o.NewInclude = dirs("new_include", o.NewInclude)
	return o, l
}

// fieldRe finds the Go field in the decoder's type errors.
var fieldRe = regexp.MustCompile(`cannot decode .* into struct field \w+\.Options\.(\w+) `)

// wantType says what a key's value must look like.
func wantType(key string) string {
	switch key {
	case "std", "prefix", "lang", "old_compdb", "new_compdb":
		return fmt.Sprintf("`%s` must be a string, like %s = %q", key, key, map[string]string{"std": "c11", "prefix": "xf_", "lang": "c", "old_compdb": "build-v1", "new_compdb": "build-v2"}[key])
	}
	return fmt.Sprintf("`%s` must be a list of strings, like %s = [\"%s\"]", key, key, map[bool]string{true: "v1/server.h", false: "NAME=1"}[!strings.HasSuffix(key, "define")])
}

// endOf is the 1-based line and column just past the end of src.
func endOf(src []byte) (row, col int) {
	row = 1 + bytes.Count(src, []byte("\n"))
	return row, len(src) - bytes.LastIndexByte(src, '\n')
}

// valuePos finds where value is written as a string after key: the
// decoder gives positions only for its errors.
func valuePos(src []byte, key, value string) (row, col int) {
	lines := strings.Split(string(src), "\n")
	inKey := false
	for i, line := range lines {
		t := strings.TrimSpace(line)
		if k, _, ok := strings.Cut(t, "="); ok && strings.TrimSpace(k) == key {
			inKey = true
		}
		if !inKey {
			continue
		}
		for _, q := range []string{`"` + value + `"`, `'` + value + `'`} {
			if c := strings.Index(line, q); c >= 0 {
				return i + 1, c + 1
			}
		}
		if k, _, ok := strings.Cut(t, "="); ok && i > 0 && strings.TrimSpace(k) != key && !strings.HasPrefix(t, "\"") {
			inKey = false
		}
	}
	for i, line := range lines {
		if k, _, ok := strings.Cut(strings.TrimSpace(line), "="); ok && strings.TrimSpace(k) == key {
			return i + 1, strings.Index(line, key) + 1
		}
	}
	return 1, 1
}

// spanAt is the range of n bytes at 1-based row and col of src.
func spanAt(path string, src []byte, row, col, n int) diag.Range {
	off := 0
	for i := 1; i < row && off < len(src); i++ {
		j := bytes.IndexByte(src[off:], '\n')
		if j < 0 {
			off = len(src)
			break
		}
		off += j + 1
	}
	start := diag.Pos{File: path, Line: row, Col: col, Offset: min(off+col-1, len(src))}
	end := start
	end.Col += n
	end.Offset = min(start.Offset+n, len(src))
	return diag.Range{Start: start, End: end}
}
