package typesdiff

import (
	"bytes"
	"crypto/sha256"
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"sort"
	"strings"
)

// InputDigest sums up everything Load(c) depends on: the flags, the
// host compiler's configuration, the unsaved texts of c.Overlay, and the
// path and content of every file reading c may open (the user's files
// and headers, and every system header their #include lines can reach,
// #if or not), with the #include names found nowhere. Two configurations
// with the same digest load the same program. ok is false when that
// cannot be told from the files: an #include of a computed name, or a
// __has_include, whose answer depends on files not listed.
func InputDigest(c Config) (digest [sha256.Size]byte, ok bool) {
	h := sha256.New()
	fmt.Fprintf(h, "files %q\nI %q\nD %q\nstd %q\ninclude %q\n", c.Files, c.IncludeDirs, c.Defines, c.Std, c.Preinclude)
	for _, u := range c.Units {
		fmt.Fprintf(h, "unit %q I %q D %q include %q std %q\n", u.File, u.IncludeDirs, u.Defines, u.Preinclude, u.Std)
	}
	overlaid := make([]string, 0, len(c.Overlay))
	for k := range c.Overlay {
		overlaid = append(overlaid, k)
	}
	sort.Strings(overlaid)
	for _, k := range overlaid {
		fmt.Fprintf(h, "overlay %q %x\n", k, sha256.Sum256(c.Overlay[k]))
	}
	files := map[string]bool{}
	var missing []string
	configs := []Config{c}
	for _, u := range c.Units {
		configs = append(configs, c.unitConfig(u))
	}
	var searchDirs []string // where an #include or a probe may look
	for _, uc := range configs {
		host, err := hostFor(uc.Std)
		if err != nil {
			return digest, false
		}
		searchDirs = append(append(searchDirs, uc.IncludeDirs...), host.HostSysIncludePaths...)
		fmt.Fprintf(h, "host %q %q %q\n", host.Predefined, host.IncludePaths, host.SysIncludePaths)
		cfg, _, err := ccConfig(uc)
		if err != nil {
			return digest, false
		}
		ld := &loader{}
		ld.use(unitSettings{cfg: cfg, incDirs: uc.IncludeDirs})
		var roots []string
		for _, f := range uc.AllFiles() {
			for _, p := range append(append([]string(nil), uc.Preinclude...), f) {
				for _, u := range ld.userFiles(p) {
					files[u] = true
					for _, inc := range includesOf(u, false) {
						if ld.resolveUser(inc, u) != "" {
							continue
						}
						q := ld.resolveSys(inc.name, "")
						if filepath.IsAbs(inc.name) && fileExists(inc.name) {
							q = inc.name
						}
						if q == "" {
							missing = append(missing, inc.name)
							continue
						}
						roots = append(roots, q)
					}
				}
			}
		}
		for s := range ld.systemClosure(roots) {
			files[s] = true
		}
	}
	sorted := make([]string, 0, len(files))
	for f := range files {
		sorted = append(sorted, f)
	}
	sort.Strings(sorted)
	for _, f := range sorted {
		text, over := c.Overlay[OverlayKey(f)]
		if !over {
			var err error
			if text, err = os.ReadFile(f); err != nil {
				fmt.Fprintf(h, "unreadable %q\n", f)
				continue
			}
		}
		probes, ok := knownIncludes(text)
		if !ok {
			return digest, false
		}
		fmt.Fprintf(h, "file %q %x\n", f, sha256.Sum256(text))
		for _, p := range probes {
			// Every place the probe could find its file: one appearing
			// in any of them may change the answer.
			fmt.Fprintf(h, "probe %q %q:", f, p.name)
			for _, d := range append([]string{filepath.Dir(f)}, searchDirs...) {
				if q := filepath.Join(d, p.name); fileExists(q) {
					fmt.Fprintf(h, " %q", q)
				}
			}
			h.Write([]byte("\n"))
		}
	}
	sort.Strings(missing)
	fmt.Fprintf(h, "missing %q\n", missing)
	copy(digest[:], h.Sum(nil))
	return digest, true
}

// hasIncludeRe matches a __has_include probe with a plain name.
var hasIncludeRe = regexp.MustCompile(`__has_include\s*\(\s*([<"])([^>"]+)[>"]\s*\)`)

// knownIncludes reports whether every #include of text names its file
// plainly, and returns the files text probes with __has_include (which
// must also be plain names).
func knownIncludes(text []byte) (probes []include, ok bool) {
	s := withoutComments(text)
	if strings.Contains(s, "__has_include") {
		if strings.Contains(s, "__has_include_next") {
			return nil, false
		}
		n := strings.Count(s, "__has_include")
		ms := hasIncludeRe.FindAllStringSubmatch(s, -1)
		if len(ms) != n-strings.Count(s, "ifdef __has_include")-strings.Count(s, "defined __has_include")-strings.Count(s, "defined(__has_include)") {
			return nil, false
		}
		for _, m := range ms {
			probes = append(probes, include{name: m[2], system: m[1] == "<"})
		}
	}
	for rest := s; ; {
		i := strings.Index(rest, "include")
		if i < 0 {
			return probes, true
		}
		lineStart := strings.LastIndexByte(rest[:i], '\n') + 1
		end := strings.IndexByte(rest[i:], '\n')
		if end < 0 {
			end = len(rest) - i
		}
		line := rest[lineStart : i+end]
		rest = rest[i+end:]
		m := anyIncludeRe.FindStringSubmatch(line)
		if m != nil && plainIncludeRe.FindStringSubmatch(strings.TrimSpace(m[2])) == nil {
			return nil, false
		}
	}
}

// withoutComments returns text with its comments blanked, lines kept.
func withoutComments(text []byte) string {
	if !bytes.Contains(text, []byte("/*")) && !bytes.Contains(text, []byte("//")) {
		return string(text)
	}
	b := bytes.Clone(text)
	for i := 0; i+1 < len(b); i++ {
		switch {
		case b[i] == '"' || b[i] == '\'':
			q := b[i]
			for i++; i < len(b) && b[i] != q && b[i] != '\n'; i++ {
				if b[i] == '\\' {
					i++
				}
			}
		case b[i] == '/' && b[i+1] == '/':
			for ; i < len(b) && b[i] != '\n'; i++ {
				b[i] = ' '
			}
		case b[i] == '/' && b[i+1] == '*':
			b[i], b[i+1] = ' ', ' '
			for i += 2; i < len(b) && !(b[i] == '*' && i+1 < len(b) && b[i+1] == '/'); i++ {
				if b[i] != '\n' {
					b[i] = ' '
				}
			}
			if i+1 < len(b) {
				b[i], b[i+1] = ' ', ' '
				i++
			}
		}
	}
	return string(b)
}
