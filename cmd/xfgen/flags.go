package main

import (
	"bytes"
	"errors"
	"flag"
	"fmt"
	"io"
	"path/filepath"
	"strings"

	"github.com/xfgen-dev/xfgen/diag"
	"github.com/xfgen-dev/xfgen/pipeline"
)

// listFlag collects a flag given several times (-I a -I b).
type listFlag []string

func (l *listFlag) String() string     { return strings.Join(*l, ",") }
func (l *listFlag) Set(v string) error { *l = append(*l, v); return nil }

// newFlagSet makes a flag set that reports to stderr and never exits.
func newFlagSet(name string, stderr io.Writer) *flag.FlagSet {
	fs := flag.NewFlagSet(name, flag.ContinueOnError)
	fs.SetOutput(stderr)
	return fs
}

// onceFlag is a flag that may be given only once (-o).
type onceFlag struct {
	value string
	set   bool
}

func (o *onceFlag) String() string { return o.value }
func (o *onceFlag) Set(v string) error {
	if o.set {
		return fmt.Errorf("given twice (%q and %q): give it once", o.value, v)
	}
	o.value, o.set = v, true
	return nil
}

// parseInterleaved parses flags that may stand before, between or after
// the positional arguments (xfgen old.h new.h spec.xf -o xform.c), and
// returns the positionals. "--" ends flag parsing. The usage asked for
// with -h goes to stdout; a usage error's to the flag set's output.
func parseInterleaved(fs *flag.FlagSet, args []string, stdout io.Writer) ([]string, error) {
	out := fs.Output()
	var usage bytes.Buffer
	fs.SetOutput(&usage)
	defer func() { fs.SetOutput(out) }()
	var pos []string
	args = splitJoined(args)
	for {
		if err := fs.Parse(args); err != nil {
			if errors.Is(err, flag.ErrHelp) {
				stdout.Write(usage.Bytes())
			} else {
				out.Write(usage.Bytes())
			}
			return nil, err
		}
		rest := fs.Args()
		if len(rest) == 0 {
			return pos, nil
		}
		if len(args) > len(rest) && args[len(args)-len(rest)-1] == "--" {
			return append(pos, rest...), nil
		}
		pos = append(pos, rest[0])
		args = rest[1:]
	}
}

// splitJoined spells gcc's joined -DNAME, -DNAME=VALUE and -IDIR as the
// flag package reads them (-D NAME, -I DIR), so a build's flags can be
// passed as they are. "--" ends the flags.
func splitJoined(args []string) []string {
	var out []string
	for i, a := range args {
		if a == "--" {
			return append(out, args[i:]...)
		}
		if len(a) > 2 && (strings.HasPrefix(a, "-D") || strings.HasPrefix(a, "-I")) && a[2] != '=' {
			out = append(out, a[:2], a[2:])
			continue
		}
		out = append(out, a)
	}
	return out
}

// parseFailure is the exit status after parseInterleaved failed: -h
// asked for the usage, which the flag set printed; anything else is a
// usage error, which it reported.
func parseFailure(err error) int {
	if errors.Is(err, flag.ErrHelp) {
		return exitOK
	}
	return exitUsage
}

// versionFlags are the flags that say how to read the old and new
// versions of the program, shared by generate, check, diff and stubs.
type versionFlags struct {
	old, new       listFlag // --old FILE, --new FILE
	inc, def       listFlag // -I, -D for both
	oldInc, newInc listFlag
	oldDef, newDef listFlag
	std            string
	preinclude     listFlag // -include FILE
	oldDB, newDB   string   // --old-compdb, --new-compdb
}

func (v *versionFlags) register(fs *flag.FlagSet) {
	fs.Var(&v.old, "old", "a C `FILE` of the old version (repeatable; instead of the OLD positional)")
	fs.Var(&v.new, "new", "a C `FILE` of the new version (repeatable; instead of the NEW positional)")
	fs.Var(&v.inc, "I", "add `DIR` to the include path of both versions")
	fs.Var(&v.def, "D", "define `NAME[=VALUE]` for both versions")
	fs.Var(&v.oldInc, "old-I", "add `DIR` to the old version's include path")
	fs.Var(&v.newInc, "new-I", "add `DIR` to the new version's include path")
	fs.Var(&v.oldDef, "old-D", "define `NAME[=VALUE]` for the old version")
	fs.Var(&v.newDef, "new-D", "define `NAME[=VALUE]` for the new version")
	fs.StringVar(&v.std, "std", "", "C `STANDARD` to read the files as (c99, c11, gnu11, ...)")
	fs.Var(&v.preinclude, "include", "read `FILE` before each file of both versions, as gcc's -include (repeatable)")
	fs.StringVar(&v.oldDB, "old-compdb", "", "the old version's compile_commands.json, or the build `DIR` holding it: its C files, each with its flags")
	fs.StringVar(&v.newDB, "new-compdb", "", "the new version's compile_commands.json, or the build `DIR` holding it")
}

// options returns how to read the two versions: OLD and NEW from the
// first two positionals unless --old/--new were given, then what the
// spec's xfgen.toml says (found from the spec's folder up; for a command
// without a spec, from the current folder), with the flags winning. It
// returns the positionals left after OLD and NEW. configDir is where to
// look for xfgen.toml when rest holds no spec ("" not to look).
func (v *versionFlags) options(pos []string, configDir string) (opts pipeline.Options, rest []string, cfg diag.List, err error) {
	flags := pipeline.Options{
		Old: v.old, New: v.new,
		Include: v.inc, Define: v.def,
		OldInclude: v.oldInc, NewInclude: v.newInc,
		OldDefine: v.oldDef, NewDefine: v.newDef,
		Std: v.std, Preinclude: v.preinclude,
		OldCompdb: v.oldDB, NewCompdb: v.newDB,
	}
	switch {
	case len(v.old) == 0 && len(v.new) == 0 && v.oldDB == "" && v.newDB == "":
		if len(pos) >= 2 {
			flags.Old, flags.New, pos = pos[:1], pos[1:2], pos[2:]
		}
	case (len(v.old) == 0 && v.oldDB == "") != (len(v.new) == 0 && v.newDB == ""):
		return opts, nil, nil, fmt.Errorf("the old and new versions are given together: --old FILE or --old-compdb DIR with --new FILE or --new-compdb DIR")
	}
	lookFrom := ""
	switch {
	case len(pos) > 0:
		lookFrom = pos[0]
	case configDir != "" && len(flags.Old) == 0:
		lookFrom = filepath.Join(configDir, pipeline.ConfigName)
	}
	opts, _, cfg = pipeline.Resolve(lookFrom, flags)
	if cfg.HasErrors() {
		return opts, pos, cfg, nil
	}
	if !opts.HasVersions() {
		return opts, nil, cfg, fmt.Errorf("need the OLD and NEW C files (or --old FILE and --new FILE, or --old-compdb DIR and --new-compdb DIR for builds' compile_commands.json, or an %s beside the spec that names them with old = [...] and new = [...])", pipeline.ConfigName)
	}
	return opts, pos, cfg, nil
}

// flagGiven reports whether the flag name was set on the command line.
func flagGiven(fs *flag.FlagSet, name string) bool {
	given := false
	fs.Visit(func(f *flag.Flag) { given = given || f.Name == name })
	return given
}
