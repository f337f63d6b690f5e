package typesdiff

import (
	"io/fs"
	"path/filepath"
	"testing/fstest"
	"time"
)

// overlayFS serves the texts of Config.Overlay in place of the files on
// disk (the language server's unsaved header edits), then the stand-in
// headers of missingFS; cc opens everything else with os.Open.
type overlayFS struct {
	over map[string][]byte // by absolute, cleaned path
}

func (o overlayFS) Open(name string) (fs.File, error) {
	if len(o.over) > 0 {
		abs, err := filepath.Abs(filepath.FromSlash(name))
		if err == nil {
			if text, ok := o.over[abs]; ok {
				base := filepath.Base(abs)
				m := fstest.MapFS{base: &fstest.MapFile{Data: text, Mode: 0o644, ModTime: time.Now()}}
				return m.Open(base)
			}
		}
	}
	return missingFS{}.Open(name)
}

// OverlayKey is the key under which Config.Overlay holds path's text.
func OverlayKey(path string) string {
	abs, err := filepath.Abs(path)
	if err != nil {
		return filepath.Clean(path)
	}
	return abs
}
