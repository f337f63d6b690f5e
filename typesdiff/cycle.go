package typesdiff

import (
	"bufio"
	"os"
	"path/filepath"
	"regexp"
	"strings"

	"github.com/xfgen-dev/xfgen/diag"
)

// cc/v4 does not limit how deep #include nests, so a header that
// includes itself without an include guard makes it recurse until memory
// runs out (gcc stops at 200 levels). Before cc reads a file, the
// loader follows the user's #include lines itself and refuses such a
// cycle, and a computed #include it cannot resolve.

var (
	directiveRe = regexp.MustCompile(`^\s*#\s*(\w+)\s*(.*)$`)
	guardIfRe   = regexp.MustCompile(`^(?:ifndef\s+(\w+)|if\s+!\s*defined\s*\(?\s*(\w+)\s*\)?)`)
	defineArgRe = regexp.MustCompile(`^(\w+)\s+([<"][^>"]+[>"])`)
)

// includeLine is one #include of a user's file, resolved when it can be.
type includeLine struct {
	pos      diag.Pos
	text     string // the argument as written
	target   string // the user's file it names, "" when none
	computed bool   // #include MACRO that could not be resolved
}

// scanUserIncludes reads a user's file: its #include lines and whether it
// has an include guard.
func (ld *loader) scanUserIncludes(file string, macros map[string]string) (incs []includeLine, guarded bool) {
	f, err := os.Open(file)
	if err != nil {
		return nil, true
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 64<<10), 1<<20)
	var directives []string
	off := 0
	for line := 1; sc.Scan(); line++ {
		text := sc.Text()
		lineOff := off
		off += len(text) + 1
		m := directiveRe.FindStringSubmatch(text)
		if m == nil {
			continue
		}
		directives = append(directives, m[1]+" "+m[2])
		switch m[1] {
		case "pragma":
			if strings.HasPrefix(strings.TrimSpace(m[2]), "once") {
				guarded = true
			}
		case "define":
			if d := defineArgRe.FindStringSubmatch(m[2]); d != nil {
				macros[d[1]] = d[2]
			}
		case "include", "include_next":
			arg := strings.TrimSpace(m[2])
			if i := strings.Index(arg, "//"); i >= 0 && !strings.HasPrefix(arg, "\"") {
				arg = strings.TrimSpace(arg[:i])
			}
			col := strings.Index(text, m[2]) + 1
			il := includeLine{pos: diag.Pos{File: file, Line: line, Col: col, Offset: lineOff + col - 1}, text: arg}
			name := arg
			if fields := strings.Fields(arg); len(fields) > 0 && (fields[0] == "__FILE__") {
				il.target = file
			} else if v, ok := macros[strings.TrimSpace(arg)]; ok {
				name = v
			}
			if il.target == "" {
				if pm := plainIncludeRe.FindStringSubmatch(name); pm != nil {
					il.target = ld.resolveUser(include{name: pm[2], system: pm[1] == "<"}, file)
				} else {
					il.computed = true
				}
			}
			incs = append(incs, il)
		}
	}
	if len(directives) >= 2 {
		if g := guardIfRe.FindStringSubmatch(directives[0]); g != nil {
			name := g[1] + g[2]
			guarded = guarded || strings.HasPrefix(directives[1], "define "+name)
		}
	}
	return incs, guarded
}

// checkIncludes reports a computed #include the loader cannot resolve
// and an #include cycle through a header without a guard; false means
// the file must not be given to cc.
func (ld *loader) checkIncludes(file string) bool {
	macros := map[string]string{}
	for _, d := range ld.defines {
		if name, val, ok := strings.Cut(d, "="); ok {
			macros[name] = val
		}
	}
	type node struct {
		incs    []includeLine
		guarded bool
	}
	nodes := map[string]*node{}
	get := func(f string) *node {
		if n := nodes[f]; n != nil {
			return n
		}
		incs, g := ld.scanUserIncludes(f, macros)
		n := &node{incs, g}
		nodes[f] = n
		return n
	}
	ok := true
	state := map[string]int{} // 1: on the path, 2: done
	var path []string
	var visit func(f string)
	visit = func(f string) {
		state[f] = 1
		path = append(path, f)
		for _, inc := range get(f).incs {
			if inc.computed {
				ld.errs.Errorf(rangeAt(inc.pos), codeInclude, "#include %s: xfgen cannot tell which file this names; write the name as \"file.h\" or <file.h>, or define %s with -D NAME='\"file.h\"'", inc.text, inc.text)
				ok = false
				continue
			}
			t := inc.target
			if t == "" {
				continue
			}
			t = filepath.Clean(t)
			switch state[t] {
			case 1:
				// One guarded header on the cycle ends it: met again,
				// it yields nothing (libxml2's xmlerror.h includes its
				// includer before its own guard).
				cycle := append([]string(nil), path[indexOf(path, t):]...)
				guarded := false
				for _, c := range cycle {
					guarded = guarded || get(c).guarded
				}
				if !guarded {
					fix := cycle[0] + " has no include guard; add #pragma once or an #ifndef guard to it"
					if len(cycle) > 1 {
						fix = "none of these headers has an include guard; add #pragma once or an #ifndef guard to one of them"
					}
					ld.errs.Errorf(rangeAt(inc.pos), codeInclude, "#include %s makes %s include itself (%s -> %s) and %s", inc.text, filepath.Base(t), strings.Join(cycle, " -> "), t, fix)
					ok = false
				}
			case 0:
				if len(path) < 200 {
					visit(t)
				}
			}
		}
		path = path[:len(path)-1]
		state[f] = 2
	}
	visit(filepath.Clean(file))
	return ok
}

func indexOf(list []string, s string) int {
	for i, x := range list {
		if x == s {
			return i
		}
	}
	return 0
}
