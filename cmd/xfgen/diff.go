package main

import (
	"fmt"
	"io"

	"github.com/xfgen-dev/xfgen/diag"
	"github.com/xfgen-dev/xfgen/typesdiff"
)

// runDiff implements 'xfgen diff [flags] OLD NEW': what changed between
// the two versions' types and variables, as text or JSON.
func runDiff(args []string, stdout, stderr io.Writer) int {
	fs := newFlagSet("diff", stderr)
	var vf versionFlags
	vf.register(fs)
	format := fs.String("format", "text", "output `FORMAT`: text or json")
	fs.Usage = func() {
		fmt.Fprintf(stderr, "usage: xfgen diff [flags] OLD NEW\n       xfgen diff [flags] --old FILE... --new FILE...\n\nflags:\n")
		fs.PrintDefaults()
	}
	pos, err := parseInterleaved(fs, args)
	if err != nil {
		return parseFailure(err)
	}
	if *format != "text" && *format != "json" {
		fmt.Fprintf(stderr, "xfgen diff: unknown --format %q: use text or json\n", *format)
		return exitUsage
	}
	oldCfg, newCfg, rest, err := vf.configs(pos)
	if err != nil {
		fmt.Fprintf(stderr, "xfgen diff: %v\n", err)
		fs.Usage()
		return exitUsage
	}
	if len(rest) > 0 {
		fmt.Fprintf(stderr, "xfgen diff: unexpected argument %q: diff takes only OLD and NEW\n", rest[0])
		return exitUsage
	}
	oldProg, newProg, oldDiags, newDiags := loadVersions(oldCfg, newCfg)
	all := append(append(diag.List(nil), oldDiags...), newDiags...)
	for _, d := range all {
		fmt.Fprintln(stderr, d.String())
	}
	if all.HasErrors() {
		if onlyUsage(all) {
			return exitUsage
		}
		return exitErrors
	}
	rep := typesdiff.Diff(oldProg, newProg)
	if *format == "json" {
		err = rep.WriteJSON(stdout)
	} else {
		err = rep.WriteText(stdout)
	}
	if err != nil {
		fmt.Fprintf(stderr, "xfgen diff: %v\n", err)
		return exitUsage
	}
	return exitOK
}

// loadVersions reads the old and the new version. They are independent,
// so they are read at once.
func loadVersions(oldCfg, newCfg typesdiff.Config) (oldProg, newProg *typesdiff.Program, oldDiags, newDiags diag.List) {
	done := make(chan struct{})
	go func() {
		defer close(done)
		newProg, newDiags = typesdiff.Load(newCfg)
	}()
	oldProg, oldDiags = typesdiff.Load(oldCfg)
	<-done
	return oldProg, newProg, oldDiags, newDiags
}

// onlyUsage reports whether every error is about the command line or an
// unreadable file (exit 2) rather than about the C code (exit 1).
func onlyUsage(l diag.List) bool {
	for _, d := range l {
		if d.Severity == diag.Error && !typesdiff.IsUsageError(d) {
			return false
		}
	}
	return true
}
