package typesdiff

import (
	"bytes"
	"io/fs"
	"os"
	"path"
	"regexp"
	"strings"
	"testing/fstest"
	"time"

	"github.com/xfgen-dev/xfgen/diag"
)

// missingDir is searched last for every #include. cc/v4 stops reading a
// file at an include it cannot find, and its parser can then loop
// forever (on a following line starting with '*'). A file under this
// directory always "exists" and holds only an #error naming itself, so
// cc reads on; the loader turns that error into "include file not found"
// at the #include line.
const missingDir = "/__xfgen_missing_include__"

const missingMarker = "xfgen: include file not found"

// missingFS serves the stand-in headers and nothing else (cc then opens
// real files with os.Open).
type missingFS struct{}

func (missingFS) Open(name string) (fs.File, error) {
	if !strings.HasPrefix(name, missingDir+"/") {
		return nil, &fs.PathError{Op: "open", Path: name, Err: fs.ErrNotExist}
	}
	base := path.Base(name)
	m := fstest.MapFS{base: &fstest.MapFile{Data: []byte("#error " + missingMarker + "\n"), ModTime: time.Time{}}}
	return m.Open(base)
}

// missingInclude turns cc's #error from a stand-in header into the
// diagnostic of the #include that named it, found in the user's files.
func (ld *loader) missingInclude(file string, userFiles []string) (diag.Diagnostic, bool) {
	rel, ok := strings.CutPrefix(file, missingDir+"/")
	if !ok {
		return diag.Diagnostic{}, false
	}
	pos := diag.Pos{File: userFiles[0]}
	raw := `"` + rel + `"`
	re := regexp.MustCompile(`^\s*#\s*include\s*([<"])` + regexp.QuoteMeta(rel) + `[>"]`)
	for _, f := range userFiles {
		b, err := os.ReadFile(f)
		if err != nil {
			continue
		}
		for i, line := range bytes.Split(b, []byte("\n")) {
			if m := re.FindSubmatchIndex(line); m != nil {
				off := bytes.Index(b, line) // first occurrence; lines are scanned in order
				pos = diag.Pos{File: f, Line: i + 1, Col: m[2] + 1, Offset: off + m[2]}
				if line[m[2]] == '<' {
					raw = "<" + rel + ">"
				}
				goto found
			}
		}
	}
found:
	return diag.Diagnostic{Range: rangeAt(pos), Severity: diag.Error, Code: codeInclude, Message: ld.includeMessage(raw, pos.File)}, true
}
