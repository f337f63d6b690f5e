package typesdiff

import (
	"bytes"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"sync"
)

// isSystemFile reports whether name, a file cc read for unit, is part of
// the system rather than the program: the compiler's built-in sources
// and headers found in the host's system include directories (unless an
// -I directory of the user's holds them).
func (ld *loader) isSystemFile(name, unit string) bool {
	if name == "" || strings.HasPrefix(name, "<") {
		return true
	}
	if name == unit {
		return false
	}
	if v, ok := ld.sysSeen[name]; ok {
		return v
	}
	v := false
	clean := filepath.Clean(name)
	for _, d := range ld.hostSysDirs() {
		if under(clean, d) {
			v = true
			break
		}
	}
	for _, d := range ld.incDirs {
		if under(clean, filepath.Clean(d)) {
			v = false
		}
	}
	ld.sysSeen[name] = v
	return v
}

func under(path, dir string) bool {
	return strings.HasPrefix(path, dir+string(filepath.Separator))
}

// hostSysDirs are the system include directories of the host compiler,
// without the user's -I directories and the loader's own.
func (ld *loader) hostSysDirs() []string {
	if ld.cfg == nil {
		return nil
	}
	return ld.cfg.HostSysIncludePaths
}

var includeLineRe = regexp.MustCompile(`^\s*#\s*include(_next)?\s*([<"])([^>"]+)[>"]`)

// includeCache keeps the #include lines of system headers per process:
// they do not change under us (the user's files may, and are reread).
var includeCache sync.Map // path -> []include

type include struct {
	name   string
	system bool // <...>
	next   bool // #include_next
}

// includesOf lists the #include directives of a file as written.
func includesOf(path string, system bool) []include {
	if v, ok := includeCache.Load(path); ok && system {
		return v.([]include)
	}
	var r []include
	if text, err := os.ReadFile(path); err == nil {
		for len(text) > 0 {
			line := text
			if i := bytes.IndexByte(text, '\n'); i >= 0 {
				line, text = text[:i], text[i+1:]
			} else {
				text = nil
			}
			if !bytes.Contains(line, []byte("include")) {
				continue
			}
			if m := includeLineRe.FindSubmatch(line); m != nil {
				r = append(r, include{name: string(m[3]), system: string(m[2]) == "<", next: len(m[1]) > 0})
			}
		}
	}
	if system {
		includeCache.Store(path, r)
	}
	return r
}

// userFiles lists file and the user's headers it includes, transitively.
func (ld *loader) userFiles(file string) []string {
	out := []string{file}
	seen := map[string]bool{file: true}
	for i := 0; i < len(out) && i < 1000; i++ {
		for _, inc := range includesOf(out[i], false) {
			if p := ld.resolveUser(inc, out[i]); p != "" && !seen[p] {
				seen[p] = true
				out = append(out, p)
			}
		}
	}
	return out
}

// systemIncludes returns the system headers that file and the user's
// headers it includes (transitively, through "..." includes) name with
// #include <...>, in first-seen order, and adds them to the program's.
func (ld *loader) systemIncludes(file string) []string {
	var out []string
	seen := map[string]bool{}
	visited := map[string]bool{}
	var visit func(path string, depth int)
	visit = func(path string, depth int) {
		if visited[path] || depth > 64 {
			return
		}
		visited[path] = true
		for _, inc := range includesOf(path, false) {
			if p := ld.resolveUser(inc, path); p != "" {
				visit(p, depth+1)
				continue
			}
			if !seen[inc.name] {
				seen[inc.name] = true
				out = append(out, inc.name)
			}
		}
	}
	visit(file, 0)
	for _, h := range out {
		dup := false
		for _, g := range ld.prog.SystemHeaders {
			dup = dup || g == h
		}
		if !dup {
			ld.prog.SystemHeaders = append(ld.prog.SystemHeaders, h)
		}
	}
	return out
}

// resolveUser finds an included file among the user's files ("..."
// relative to the includer, then -I directories), or returns "".
func (ld *loader) resolveUser(inc include, from string) string {
	if filepath.IsAbs(inc.name) {
		// An absolute path names the file itself: the user's, unless it
		// lies in a system directory.
		if fileExists(inc.name) && !ld.isSystemFile(inc.name, "") {
			return inc.name
		}
		return ""
	}
	var dirs []string
	if !inc.system {
		dirs = append(dirs, filepath.Dir(from))
	}
	dirs = append(dirs, ld.incDirs...)
	for _, d := range dirs {
		p := filepath.Join(d, inc.name)
		if st, err := os.Stat(p); err == nil && !st.IsDir() {
			return p
		}
	}
	return ""
}

// resolveSys finds an included file in the host's system directories.
func (ld *loader) resolveSys(name string, after string) string {
	dirs := ld.hostSysDirs()
	if after != "" {
		for i, d := range dirs {
			if under(after, d) {
				dirs = dirs[i+1:]
				break
			}
		}
	}
	for _, d := range dirs {
		p := filepath.Join(d, name)
		if st, err := os.Stat(p); err == nil && !st.IsDir() {
			return p
		}
	}
	return ""
}

// closures caches, per system header path, every file it may include.
var closures sync.Map // path -> map[string]bool

// closure is the set of files path includes, directly or not, read from
// the #include lines without evaluating #if: enough to tell which of the
// user's includes brings a system type in.
func (ld *loader) closure(path string) map[string]bool {
	if v, ok := closures.Load(path); ok {
		return v.(map[string]bool)
	}
	set := ld.systemClosure([]string{path})
	closures.Store(path, set)
	return set
}

// systemClosure is the set of the files roots are and include, directly
// or not, as closure reads them.
func (ld *loader) systemClosure(roots []string) map[string]bool {
	set := map[string]bool{}
	var stack []string
	for _, r := range roots {
		if !set[r] {
			set[r] = true
			stack = append(stack, r)
		}
	}
	found := map[string]string{} // <name> -> path, for this walk
	resolve := func(name string) string {
		p, ok := found[name]
		if !ok {
			p = ld.resolveSys(name, "")
			found[name] = p
		}
		return p
	}
	for len(stack) > 0 && len(set) < 5000 {
		p := stack[len(stack)-1]
		stack = stack[:len(stack)-1]
		for _, inc := range includesOf(p, true) {
			var q string
			switch {
			case inc.next:
				q = ld.resolveSys(inc.name, p)
			case !inc.system:
				if c := filepath.Join(filepath.Dir(p), inc.name); fileExists(c) {
					q = c
				} else {
					q = resolve(inc.name)
				}
			default:
				q = resolve(inc.name)
			}
			if q != "" && !set[q] {
				set[q] = true
				stack = append(stack, q)
			}
		}
	}
	return set
}

func fileExists(p string) bool {
	st, err := os.Stat(p)
	return err == nil && !st.IsDir()
}

// headerFor names the header a program would include to get what file
// defines: the first of the unit's system includes that brings file in,
// else file's path relative to its system directory.
func (ld *loader) headerFor(file string, u *tu) string {
	if strings.HasPrefix(file, "<") || file == "" {
		return ""
	}
	clean := filepath.Clean(file)
	for _, h := range u.sysIncludes {
		if p := ld.resolveSys(h, ""); p != "" && ld.closure(p)[clean] {
			return h
		}
	}
	for _, d := range ld.hostSysDirs() {
		if under(clean, d) {
			rel, _ := filepath.Rel(d, clean)
			return filepath.ToSlash(rel)
		}
	}
	return filepath.Base(file)
}
