// Package pipeline is what both front ends, the xfgen command and the
// xfls language server, call to get from a spec to checked results: it
// reads the configuration (xfgen.toml, command-line flags, an editor's
// settings), loads both versions of the program through a cache, parses
// the spec and runs the checker. It decides nothing about the spec
// itself: that is the compiler's job.
package pipeline

import (
	"github.com/xfgen-dev/xfgen/diag"
	"github.com/xfgen-dev/xfgen/typesdiff"
)

// Options say how to read the two versions of a program and what to
// generate. The same keys are read from xfgen.toml, from an editor's
// settings (JSON) and from the command line's flags.
type Options struct {
	Old        []string `toml:"old" json:"old,omitempty"`
	New        []string `toml:"new" json:"new,omitempty"`
	Include    []string `toml:"include" json:"include,omitempty"`
	Define     []string `toml:"define" json:"define,omitempty"`
	OldInclude []string `toml:"old_include" json:"old_include,omitempty"`
	NewInclude []string `toml:"new_include" json:"new_include,omitempty"`
	OldDefine  []string `toml:"old_define" json:"old_define,omitempty"`
	NewDefine  []string `toml:"new_define" json:"new_define,omitempty"`
	Std        string   `toml:"std" json:"std,omitempty"`
	Prefix     string   `toml:"prefix" json:"prefix,omitempty"`
	Lang       string   `toml:"lang" json:"lang,omitempty"`
	// Preinclude are files read before each file (gcc's -include).
	Preinclude []string `toml:"preinclude" json:"preinclude,omitempty"`
	// OldCompdb and NewCompdb are a build's compile_commands.json (or
	// its folder) per version: every C file in it is read with the
	// flags its command gives it.
	OldCompdb string `toml:"old_compdb" json:"old_compdb,omitempty"`
	NewCompdb string `toml:"new_compdb" json:"new_compdb,omitempty"`
	// Overlay holds texts read instead of files on disk, by
	// typesdiff.OverlayKey: the editor's unsaved headers. Never read
	// from a file or settings.
	Overlay map[string][]byte `toml:"-" json:"-"`
	// ErrorLimit, when above 0, is where the report of the diagnostics
	// stops (the command's --error-limit): a check keeps only what such
	// a report shows (diag.List.Trim). Never read from a file.
	ErrorLimit int `toml:"-" json:"-"`
}

// Override returns o with what over sets: files given in over replace
// o's (per version), include directories and defines come after o's (so
// a later -D wins, as in C), and a scalar set in over wins.
func (o Options) Override(over Options) Options {
	r := o
	if over.Overlay != nil {
		r.Overlay = over.Overlay
	}
	if over.ErrorLimit != 0 {
		r.ErrorLimit = over.ErrorLimit
	}
	if len(over.Old) > 0 {
		r.Old = over.Old
	}
	if len(over.New) > 0 {
		r.New = over.New
	}
	r.Include = cat(o.Include, over.Include)
	r.Define = cat(o.Define, over.Define)
	r.OldInclude = cat(o.OldInclude, over.OldInclude)
	r.NewInclude = cat(o.NewInclude, over.NewInclude)
	r.OldDefine = cat(o.OldDefine, over.OldDefine)
	r.NewDefine = cat(o.NewDefine, over.NewDefine)
	r.Preinclude = cat(o.Preinclude, over.Preinclude)
	for _, s := range []struct {
		dst *string
		src string
	}{{&r.Std, over.Std}, {&r.Prefix, over.Prefix}, {&r.Lang, over.Lang}, {&r.OldCompdb, over.OldCompdb}, {&r.NewCompdb, over.NewCompdb}} {
		if s.src != "" {
			*s.dst = s.src
		}
	}
	return r
}

// Versions returns the loader's configuration of each version.
func (o Options) Versions() (old, new typesdiff.Config) {
	old = typesdiff.Config{Files: o.Old, IncludeDirs: cat(o.Include, o.OldInclude), Defines: cat(o.Define, o.OldDefine), Std: o.Std, Preinclude: o.Preinclude, Overlay: o.Overlay}
	new = typesdiff.Config{Files: o.New, IncludeDirs: cat(o.Include, o.NewInclude), Defines: cat(o.Define, o.NewDefine), Std: o.Std, Preinclude: o.Preinclude, Overlay: o.Overlay}
	return old, new
}

// Configs is Versions with the units of each version's
// compile_commands.json, read now.
func (o Options) Configs() (old, new typesdiff.Config, l diag.List) {
	old, new = o.Versions()
	if o.OldCompdb != "" {
		units, ul := ReadCompdb(o.OldCompdb)
		old.Units = units
		l = append(l, ul...)
	}
	if o.NewCompdb != "" {
		units, ul := ReadCompdb(o.NewCompdb)
		new.Units = units
		l = append(l, ul...)
	}
	return old, new, l
}

// HasVersions says whether o names files of both versions, given or
// from a compilation database.
func (o Options) HasVersions() bool {
	return (len(o.Old) > 0 || o.OldCompdb != "") && (len(o.New) > 0 || o.NewCompdb != "")
}

func cat(a, b []string) []string {
	if len(a)+len(b) == 0 {
		return nil
	}
	return append(append([]string(nil), a...), b...)
}
