package typesdiff

import (
	"bufio"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"regexp"
	"strings"

	"modernc.org/cc/v4"
)

// cc/v4 stops preprocessing at an #include it cannot follow (a file not
// found, a name that is neither "..." nor <...>, too deep a nesting),
// and its parser can then loop forever on the tokens already read (a
// '*' at the start of the next line is enough). When the user's files
// have such an #include, or one this loader cannot resolve by itself,
// the files are first only preprocessed, which cannot loop; its errors
// are reported and the parse is skipped.

var anyIncludeRe = regexp.MustCompile(`^\s*#\s*include(_next)?\b\s*(.*)$`)

var plainIncludeRe = regexp.MustCompile(`^([<"])([^>"]+)[>"]`)

// needsPreflight reports whether file or the user's headers it includes
// have an #include that cc might fail on.
func (ld *loader) needsPreflight(file string) bool {
	files := ld.userFiles(file)
	seen := map[string]bool{}
	for _, f := range files {
		seen[filepath.Clean(f)] = true
	}
	for _, f := range files {
		fh, err := os.Open(f)
		if err != nil {
			return true
		}
		sc := bufio.NewScanner(fh)
		sc.Buffer(make([]byte, 64<<10), 1<<20)
		risky := false
		for sc.Scan() && !risky {
			m := anyIncludeRe.FindStringSubmatch(sc.Text())
			if m == nil {
				continue
			}
			pm := plainIncludeRe.FindStringSubmatch(strings.TrimSpace(m[2]))
			switch {
			case m[1] != "" || pm == nil:
				risky = true // #include_next, or a computed name
			case !ld.resolvable(include{name: pm[2], system: pm[1] == "<"}, f):
				risky = true
			}
		}
		fh.Close()
		if risky || sc.Err() != nil {
			return true
		}
	}
	return false
}

// resolvable reports whether cc will find an #include.
func (ld *loader) resolvable(inc include, from string) bool {
	if filepath.IsAbs(inc.name) {
		return fileExists(inc.name)
	}
	if ld.resolveUser(inc, from) != "" {
		return true
	}
	return ld.resolveSys(inc.name, "") != ""
}

// preprocess runs only cc's preprocessor over srcs.
func preprocess(cfg *cc.Config, srcs []cc.Source) (err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("%s: the C preprocessor failed on this file (%v); please report it with the file", srcs[len(srcs)-1].Name, r)
		}
	}()
	return cc.Preprocess(cfg, srcs, io.Discard)
}
