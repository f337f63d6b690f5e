package typesdiff

import (
	"crypto/sha256"
	"fmt"
	"os"
	"path/filepath"
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
	for _, uc := range configs {
		host, err := hostFor(uc.Std)
		if err != nil {
			return digest, false
		}
		fmt.Fprintf(h, "host %q %q %q\n", host.Predefined, host.IncludePaths, host.SysIncludePaths)
		cfg, _, err := ccConfig(uc)
		if err != nil {
			return digest, false
		}
		ld := &loader{}
		ld.use(unitSettings{cfg: cfg, incDirs: uc.IncludeDirs})
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
						for s := range ld.closure(q) {
							files[s] = true
						}
					}
				}
			}
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
		if !knownIncludes(text) {
			return digest, false
		}
		fmt.Fprintf(h, "file %q %x\n", f, sha256.Sum256(text))
	}
	sort.Strings(missing)
	fmt.Fprintf(h, "missing %q\n", missing)
	copy(digest[:], h.Sum(nil))
	return digest, true
}

// knownIncludes reports whether every #include of text names its file
// plainly and text asks no __has_include.
func knownIncludes(text []byte) bool {
	s := string(text)
	if strings.Contains(s, "__has_include") {
		return false
	}
	for rest := s; ; {
		i := strings.Index(rest, "include")
		if i < 0 {
			return true
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
			return false
		}
	}
}
