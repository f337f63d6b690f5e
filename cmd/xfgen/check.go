package main

import (
	"encoding/json"
	"fmt"
	"io"
	"os"

	"github.com/xfgen-dev/xfgen/compiler"
	"github.com/xfgen-dev/xfgen/diag"
	"github.com/xfgen-dev/xfgen/grammar"
	"github.com/xfgen-dev/xfgen/typesdiff"
)

// runCheck implements 'xfgen check [flags] OLD NEW SPEC': the checker's
// diagnostics only. Text goes to stderr as a compiler's would; with
// --format json the diagnostics are a JSON array on stdout.
func runCheck(args []string, stdout, stderr io.Writer) int {
	fs := newFlagSet("check", stderr)
	var vf versionFlags
	vf.register(fs)
	format := fs.String("format", "text", "diagnostics `FORMAT`: text or json")
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
	oldCfg, newCfg, rest, err := vf.configs(pos)
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
	in, code := loadInputs(oldCfg, newCfg, rest[0], stderr, "check")
	if code != exitOK {
		return code
	}
	if err := report(in.diags, *format, stdout, stderr); err != nil {
		fmt.Fprintf(stderr, "xfgen check: %v\n", err)
		return exitUsage
	}
	if in.diags.HasErrors() {
		return exitErrors
	}
	return exitOK
}

// inputs are what a run of the checker read and found.
type inputs struct {
	plan  *compiler.Plan
	diags diag.List // of every stage, sorted
}

// loadInputs reads both versions and the spec (specPath "" for none)
// and checks them. It returns exitUsage when a file cannot be read.
func loadInputs(oldCfg, newCfg typesdiff.Config, specPath string, stderr io.Writer, cmd string) (*inputs, int) {
	var spec *grammar.File
	var all diag.List
	if specPath != "" {
		src, err := os.ReadFile(specPath)
		if err != nil {
			fmt.Fprintf(stderr, "xfgen %s: %v\n", cmd, err)
			return nil, exitUsage
		}
		var pd diag.List
		spec, pd = grammar.Parse(specPath, src)
		all = append(all, pd...)
	}
	oldProg, newProg, oldDiags, newDiags := loadVersions(oldCfg, newCfg)
	all = append(append(all, oldDiags...), newDiags...)
	if onlyUsage(all) && all.HasErrors() {
		for _, d := range all {
			fmt.Fprintln(stderr, d.String())
		}
		return nil, exitUsage
	}
	in := &inputs{}
	if !oldDiags.HasErrors() && !newDiags.HasErrors() {
		var cd diag.List
		in.plan, cd = compiler.Check(spec, oldProg, newProg)
		all = append(all, cd...)
	}
	all.Sort()
	in.diags = all
	return in, exitOK
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
