package main

import (
	"context"
	"flag"
	"fmt"
	"io"
	"os"

	"github.com/xfgen-dev/xfgen/compiler"
	"github.com/xfgen-dev/xfgen/compiler/gogen"
	"github.com/xfgen-dev/xfgen/diag"
	"github.com/xfgen-dev/xfgen/outfile"
	"github.com/xfgen-dev/xfgen/pipeline"
	"github.com/xfgen-dev/xfgen/typesdiff"
)

// runCheck implements 'xfgen check [flags] OLD NEW SPEC': the checker's
// diagnostics only, as a compiler's on stderr, or with --format json as
// the JSON document on stdout.
func runCheck(args []string, stdout, stderr io.Writer) int {
	fs := newFlagSet("check", stderr)
	var vf versionFlags
	vf.register(fs)
	cc := fs.Bool("cc", false, "also compile the generated code (C with $CC or cc -fsyntax-only; Go with the go command when xfgen.toml says lang = \"go\") and report its errors in the spec's code blocks")
	var df diagFlags
	df.register(fs)
	fs.Usage = func() {
		fmt.Fprintf(fs.Output(), "usage: xfgen check [flags] OLD NEW SPEC\n       xfgen check [flags] --old FILE... --new FILE... SPEC\n\nSPEC '-' is standard input.\n\nflags:\n")
		fs.PrintDefaults()
	}
	pos, err := parseInterleaved(fs, args, stdout)
	if err != nil {
		return parseFailure(err)
	}
	rep := df.newReporter("check", stdout, stderr)
	if rep == nil {
		return exitUsage
	}
	code := check(fs, &vf, rep, pos, *cc)
	if err := rep.finish(document{}); err != nil {
		fmt.Fprintf(stderr, "xfgen check: %v\n", err)
		return exitUsage
	}
	return code
}

func check(fs *flag.FlagSet, vf *versionFlags, rep *reporter, pos []string, cc bool) int {
	opts, rest, cfg, err := vf.options(pos, "")
	if err != nil {
		return rep.usage(fs, "%v", err)
	}
	if len(rest) != 1 {
		return rep.usage(fs, "need exactly one SPEC after OLD and NEW, got %d", len(rest))
	}
	in, code := loadInputs(opts, cfg, rest[0], rep)
	if code != exitOK {
		return code
	}
	if cc && !in.Diags.HasErrors() && in.Plan != nil {
		compile := pipeline.CompileCheck
		if opts.Lang == "go" {
			compile = func(ctx context.Context, plan *compiler.Plan, _ string) (diag.List, error) {
				return gogen.BuildCheck(ctx, plan)
			}
		}
		ds, err := compile(context.Background(), in.Plan, opts.Prefix)
		if err != nil {
			rep.failf("--cc: %v", err)
			return exitUsage
		}
		in.Diags = append(in.Diags, ds...)
		in.Diags.Sort()
	}
	if rep.report(in.Diags) != nil {
		return exitUsage
	}
	if in.Diags.HasErrors() {
		return exitErrors
	}
	return exitOK
}

// stdin is read for a SPEC of "-"; tests replace it.
var stdin io.Reader = os.Stdin

// stdinName names standard input in diagnostics, as gcc does.
const stdinName = "<stdin>"

// readSpec reads the spec at path ("-": standard input) and returns the
// name its diagnostics use.
func readSpec(path string) (name string, src []byte, err error) {
	if name = path; path == "-" {
		name = stdinName
		src, err = io.ReadAll(stdin)
	} else {
		src, err = os.ReadFile(path)
	}
	paceForSpec(len(src))
	return name, src, err
}

// loadInputs reads both versions and the spec (specPath "" for none)
// and checks them, after reporting cfg, the configuration's diagnostics.
// It returns exitUsage when the configuration has errors or a file
// cannot be read.
func loadInputs(opts pipeline.Options, cfg diag.List, specPath string, rep *reporter) (*pipeline.Result, int) {
	if cfg.HasErrors() {
		rep.report(cfg)
		return nil, exitUsage
	}
	var src []byte
	if specPath != "" {
		name, text, err := readSpec(specPath)
		if err != nil {
			rep.report(diag.List{unreadable(name, err)})
			return nil, exitUsage
		}
		specPath, src = name, text
		rep.files.Set(name, src)
	}
	opts.ErrorLimit = rep.limit // what the report cuts need not be kept
	r := newCache().Run(opts, specPath, src)
	r.Diags = append(cfg, r.Diags...)
	if r.OnlyUsage() {
		rep.report(r.Diags)
		return nil, exitUsage
	}
	return r, exitOK
}

// unreadable is the error for a file that cannot be read, in the words
// and code of the C loader's.
func unreadable(name string, err error) diag.Diagnostic {
	return diag.Diagnostic{Range: diag.Range{Start: diag.Pos{File: name}}, Severity: diag.Error, Code: typesdiff.CodeUnreadable,
		Message: fmt.Sprintf("cannot read %s: %v; check the path", name, outfile.Cause(err))}
}

// newCache is the loaded versions' cache of one command: they are kept
// on disk between runs too, unless XFGEN_CACHE=off.
func newCache() *pipeline.Cache {
	c := pipeline.NewCache()
	c.Disk = pipeline.OpenDiskCache()
	return c
}
