package main

import (
	"context"
	"encoding/json"
	"fmt"
	"io"
	"os"

	"github.com/xfgen-dev/xfgen/diag"
	"github.com/xfgen-dev/xfgen/pipeline"
)

// runCheck implements 'xfgen check [flags] OLD NEW SPEC': the checker's
// diagnostics only. Text goes to stderr as a compiler's would; with
// --format json the diagnostics are a JSON array on stdout.
func runCheck(args []string, stdout, stderr io.Writer) int {
	fs := newFlagSet("check", stderr)
	var vf versionFlags
	vf.register(fs)
	format := fs.String("format", "text", "diagnostics `FORMAT`: text or json")
	cc := fs.Bool("cc", false, "also compile the generated C with the host compiler ($CC or cc, -fsyntax-only) and report its errors in the spec's code blocks")
	fs.Usage = func() {
		fmt.Fprintf(stderr, "usage: xfgen check [flags] OLD NEW SPEC\n       xfgen check [flags] --old FILE... --new FILE... SPEC\n\nflags:\n")
		fs.PrintDefaults()
	}
	pos, err := parseInterleaved(fs, args)
	if err != nil {
		return parseFailure(err)
	}
	if *format != "text" && *format != "json" {
		fmt.Fprintf(stderr, "xfgen check: unknown --format %q: use text or json\n", *format)
		return exitUsage
	}
	opts, rest, cfg, err := vf.options(pos, "")
	if err != nil {
		fmt.Fprintf(stderr, "xfgen check: %v\n", err)
		fs.Usage()
		return exitUsage
	}
	if len(rest) != 1 {
		fmt.Fprintf(stderr, "xfgen check: need exactly one SPEC after OLD and NEW, got %d\n", len(rest))
		fs.Usage()
		return exitUsage
	}
	in, code := loadInputs(opts, cfg, rest[0], stderr, "check")
	if code != exitOK {
		return code
	}
	if *cc && !in.Diags.HasErrors() && in.Plan != nil {
		ds, err := pipeline.CompileCheck(context.Background(), in.Plan, opts.Prefix)
		if err != nil {
			fmt.Fprintf(stderr, "xfgen check: --cc: %v\n", err)
			return exitUsage
		}
		in.Diags = append(in.Diags, ds...)
		in.Diags.Sort()
	}
	if err := report(in.Diags, *format, stdout, stderr); err != nil {
		fmt.Fprintf(stderr, "xfgen check: %v\n", err)
		return exitUsage
	}
	if in.Diags.HasErrors() {
		return exitErrors
	}
	return exitOK
}

// loadInputs reads both versions and the spec (specPath "" for none)
// and checks them, after printing cfg, the configuration's diagnostics.
// It returns exitUsage when the configuration has errors or a file
// cannot be read.
func loadInputs(opts pipeline.Options, cfg diag.List, specPath string, stderr io.Writer, cmd string) (*pipeline.Result, int) {
	if cfg.HasErrors() {
		printDiags(cfg, stderr)
		return nil, exitUsage
	}
	var src []byte
	if specPath != "" {
		var err error
		if src, err = os.ReadFile(specPath); err != nil {
			fmt.Fprintf(stderr, "xfgen %s: %v\n", cmd, err)
			return nil, exitUsage
		}
	}
	r := pipeline.NewCache().Run(opts, specPath, src)
	r.Diags = append(cfg, r.Diags...)
	if r.OnlyUsage() {
		printDiags(r.Diags, stderr)
		return nil, exitUsage
	}
	return r, exitOK
}

func printDiags(l diag.List, w io.Writer) {
	for _, d := range l {
		fmt.Fprintln(w, d.String())
	}
}

// report prints diagnostics: text lines on stderr, or a JSON array on
// stdout.
func report(l diag.List, format string, stdout, stderr io.Writer) error {
	if format == "json" {
		if l == nil {
			l = diag.List{}
		}
		b, err := json.MarshalIndent(l, "", "  ")
		if err != nil {
			return err
		}
		_, err = fmt.Fprintf(stdout, "%s\n", b)
		return err
	}
	for _, d := range l {
		if _, err := fmt.Fprintln(stderr, d.String()); err != nil {
			return err
		}
	}
	return nil
}
