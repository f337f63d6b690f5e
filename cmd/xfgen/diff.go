package main

import (
	"fmt"
	"io"

	"github.com/xfgen-dev/xfgen/pipeline"
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
	opts, rest, cfg, err := vf.options(pos, ".")
	if err != nil {
		fmt.Fprintf(stderr, "xfgen diff: %v\n", err)
		fs.Usage()
		return exitUsage
	}
	if len(rest) > 0 {
		fmt.Fprintf(stderr, "xfgen diff: unexpected argument %q: diff takes only OLD and NEW\n", rest[0])
		return exitUsage
	}
	if cfg.HasErrors() {
		printDiags(cfg, stderr)
		return exitUsage
	}
	oldCfg, newCfg, dbDiags := opts.Configs()
	if dbDiags.HasErrors() {
		printDiags(dbDiags, stderr)
		return exitUsage
	}
	oldProg, newProg, oldDiags, newDiags := pipeline.NewCache().Versions(oldCfg, newCfg)
	var shared map[string]bool
	if len(oldDiags)+len(newDiags) > 0 {
		shared = pipeline.SharedFiles(oldCfg, newCfg)
	}
	all := append(cfg, pipeline.VersionDiags(oldDiags, newDiags, shared)...)
	printDiags(all, stderr)
	if all.HasErrors() {
		if pipeline.OnlyUsage(all) {
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
