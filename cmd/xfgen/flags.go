package main

import (
	"errors"
	"flag"
	"fmt"
	"io"
	"strings"

	"github.com/xfgen-dev/xfgen/typesdiff"
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

// parseInterleaved parses flags that may stand before, between or after
// the positional arguments (xfgen old.h new.h spec.xf -o xform.c), and
// returns the positionals. "--" ends flag parsing.
func parseInterleaved(fs *flag.FlagSet, args []string) ([]string, error) {
	var pos []string
	for {
		if err := fs.Parse(args); err != nil {
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
}

// configs takes OLD and NEW from the positionals unless --old/--new were
// given, and returns the two versions' configurations and the remaining
// positionals.
func (v *versionFlags) configs(pos []string) (old, new typesdiff.Config, rest []string, err error) {
	oldFiles, newFiles := []string(v.old), []string(v.new)
	switch {
	case len(oldFiles) == 0 && len(newFiles) == 0:
		if len(pos) < 2 {
			return old, new, nil, fmt.Errorf("need the OLD and NEW C files (or --old FILE and --new FILE)")
		}
		oldFiles, newFiles, pos = pos[:1], pos[1:2], pos[2:]
	case len(oldFiles) == 0 || len(newFiles) == 0:
		return old, new, nil, fmt.Errorf("--old and --new must be given together")
	}
	old = typesdiff.Config{Files: oldFiles, IncludeDirs: cat(v.inc, v.oldInc), Defines: cat(v.def, v.oldDef), Std: v.std}
	new = typesdiff.Config{Files: newFiles, IncludeDirs: cat(v.inc, v.newInc), Defines: cat(v.def, v.newDef), Std: v.std}
	return old, new, pos, nil
}

func cat(a, b []string) []string { return append(append([]string(nil), a...), b...) }
