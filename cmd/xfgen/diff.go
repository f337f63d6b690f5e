package main

import (
	"bytes"
	"flag"
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
	var df diagFlags
	df.register(fs)
	fs.Usage = func() {
		fmt.Fprintf(fs.Output(), "usage: xfgen diff [flags] OLD NEW\n       xfgen diff [flags] --old FILE... --new FILE...\n\nflags:\n")
		fs.PrintDefaults()
	}
	pos, err := parseInterleaved(fs, args, stdout)
	if err != nil {
		return parseFailure(err)
	}
	rep := df.newReporter("diff", stdout, stderr)
	if rep == nil {
		return exitUsage
	}
	var doc document
	code := diff(fs, &vf, rep, pos, &doc)
	if err := rep.finish(doc); err != nil {
		fmt.Fprintf(stderr, "xfgen diff: %v\n", err)
		return exitUsage
	}
	return code
}

func diff(fs *flag.FlagSet, vf *versionFlags, rep *reporter, pos []string, doc *document) int {
	opts, rest, cfg, err := vf.options(pos, ".")
	if err != nil {
		return rep.usage(fs, "%v", err)
	}
	if len(rest) > 0 {
		rep.failf("unexpected argument %q: diff takes only OLD and NEW", rest[0])
		return exitUsage
	}
	if cfg.HasErrors() {
		rep.report(cfg)
		return exitUsage
	}
	oldCfg, newCfg, dbDiags := opts.Configs()
	if dbDiags.HasErrors() {
		rep.report(dbDiags)
		return exitUsage
	}
	oldProg, newProg, oldDiags, newDiags := newCache().Versions(oldCfg, newCfg)
	var shared map[string]bool
	if len(oldDiags)+len(newDiags) > 0 {
		shared = pipeline.SharedFiles(oldCfg, newCfg)
	}
	all := append(cfg, pipeline.VersionDiags(oldDiags, newDiags, shared)...)
	if rep.report(all) != nil {
		return exitUsage
	}
	if all.HasErrors() {
		if pipeline.OnlyUsage(all) {
			return exitUsage
		}
		return exitErrors
	}
	changes := typesdiff.Diff(oldProg, newProg)
	if !rep.json {
		if err := changes.WriteText(rep.stdout); err != nil {
			rep.failf("%v", err)
			return exitUsage
		}
		return exitOK
	}
	var b bytes.Buffer
	if err := changes.WriteJSON(&b); err != nil {
		rep.failf("%v", err)
		return exitUsage
	}
	doc.Diff = b.Bytes()
	return exitOK
}
