package main

import (
	"flag"
	"fmt"
	"io"
	"strings"

	"github.com/xfgen-dev/xfgen/compiler"
	"github.com/xfgen-dev/xfgen/diag"
	"github.com/xfgen-dev/xfgen/grammar"
)

// runStubs implements 'xfgen stubs [flags] OLD NEW [SPEC]': the rules
// SPEC still lacks (all of them without SPEC), as .xf text on stdout,
// or appended to SPEC with -w. compiler.Stubs decides everything.
func runStubs(args []string, stdout, stderr io.Writer) int {
	fs := newFlagSet("stubs", stderr)
	var vf versionFlags
	vf.register(fs)
	write := fs.Bool("w", false, "append the rules to SPEC instead of printing them (SPEC is rewritten whole or not at all)")
	lang := fs.String("lang", "c", "`LANGUAGE` of the rules' code: c, or go for the Go generator (xfgen --lang go)")
	var df diagFlags
	df.register(fs)
	fs.Usage = func() {
		fmt.Fprintf(fs.Output(), "usage: xfgen stubs [flags] OLD NEW [SPEC]\n       xfgen stubs [flags] --old FILE... --new FILE... [SPEC]\n\n"+
			"Prints the rules SPEC still lacks (without SPEC, every rule the update needs),\n"+
			"with a TODO where a person must decide; nothing when nothing is missing.\n"+
			"Rule bodies are C, or with --lang go Go, for xfgen --lang go.\n\nflags:\n")
		fs.PrintDefaults()
	}
	pos, err := parseInterleaved(fs, args, stdout)
	if err != nil {
		return parseFailure(err)
	}
	rep := df.newReporter("stubs", stdout, stderr)
	if rep == nil {
		return exitUsage
	}
	var doc document
	code := stubs(fs, &vf, rep, pos, *write, *lang, &doc)
	if err := rep.finish(doc); err != nil {
		fmt.Fprintf(stderr, "xfgen stubs: %v\n", err)
		return exitUsage
	}
	return code
}

func stubs(fs *flag.FlagSet, vf *versionFlags, rep *reporter, pos []string, write bool, lang string, doc *document) int {
	opts, rest, cfg, err := vf.options(pos, "")
	if err != nil {
		return rep.usage(fs, "%v", err)
	}
	if !flagGiven(fs, "lang") && opts.Lang != "" {
		lang = opts.Lang // from xfgen.toml
	}
	switch lang {
	case "c", "go":
	default:
		rep.failf("unknown --lang %q: use c or go", lang)
		return exitUsage
	}
	if len(rest) > 1 {
		rep.failf("unexpected argument %q: give OLD, NEW and at most one SPEC", rest[1])
		return exitUsage
	}
	spec := ""
	if len(rest) == 1 {
		spec = rest[0]
	}
	if write && (spec == "" || spec == "-") {
		rep.failf("-w appends to SPEC: give its file name")
		return exitUsage
	}
	in, code := loadInputs(opts, cfg, spec, rep)
	if code != exitOK {
		return code
	}
	if in.Plan == nil || hasSyntaxErrors(in.Diags, in.Spec) {
		// The headers or the spec could not be read whole: appending
		// to what was understood could lose the rest.
		rep.report(in.Diags)
		return exitErrors
	}
	text, errs := compiler.Stubs(in.Spec, in.Old, in.New, compiler.StubOptions{Lang: lang})
	if rep.report(errs) != nil {
		return exitUsage
	}
	switch {
	case !write && rep.json:
		doc.Stubs = text
	case !write:
		if _, err := io.WriteString(rep.stdout, text); err != nil {
			rep.failf("%v", err)
			return exitUsage
		}
	case text != "" && !errs.HasErrors():
		if err := writeOutput(spec, append(append([]byte(nil), in.Spec.Src...), text...), rep.stdout); err != nil {
			rep.failf("%v", err)
			return exitUsage
		}
		doc.Output = spec
	}
	if errs.HasErrors() {
		return exitErrors
	}
	return exitOK
}

// hasSyntaxErrors reports whether the spec did not parse: the grammar's
// codes are XF00xx.
func hasSyntaxErrors(l diag.List, spec *grammar.File) bool {
	if spec == nil {
		return false
	}
	for _, d := range l {
		if d.Severity == diag.Error && d.Range.Start.File == spec.Name && strings.HasPrefix(d.Code, "XF00") {
			return true
		}
	}
	return false
}
