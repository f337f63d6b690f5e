package main

import (
	"fmt"
	"io"
	"strings"

	"github.com/xfgen-dev/xfgen/compiler"
	"github.com/xfgen-dev/xfgen/diag"
)

// runStubs implements 'xfgen stubs [flags] OLD NEW [SPEC]': the rules
// SPEC still lacks (all of them without SPEC), as .xf text on stdout,
// or appended to SPEC with -w. compiler.Stubs decides everything.
func runStubs(args []string, stdout, stderr io.Writer) int {
	fs := newFlagSet("stubs", stderr)
	var vf versionFlags
	vf.register(fs)
	write := fs.Bool("w", false, "append the rules to SPEC instead of printing them (SPEC is rewritten whole or not at all)")
	lang := fs.String("lang", "c", "`LANGUAGE` of the rules' code: c (go needs the Go generator, not built yet)")
	fs.Usage = func() {
		fmt.Fprintf(stderr, "usage: xfgen stubs [flags] OLD NEW [SPEC]\n       xfgen stubs [flags] --old FILE... --new FILE... [SPEC]\n\n"+
			"Prints the rules SPEC still lacks (without SPEC, every rule the update needs),\n"+
			"with a TODO where a person must decide; nothing when nothing is missing.\n"+
			"Rule bodies are C; --lang go is refused until the Go generator exists.\n\nflags:\n")
		fs.PrintDefaults()
	}
	pos, err := parseInterleaved(fs, args)
	if err != nil {
		return parseFailure(err)
	}
	opts, rest, cfg, err := vf.options(pos, "")
	if err != nil {
		fmt.Fprintf(stderr, "xfgen stubs: %v\n", err)
		fs.Usage()
		return exitUsage
	}
	if !flagGiven(fs, "lang") && opts.Lang != "" {
		*lang = opts.Lang // from xfgen.toml
	}
	switch *lang {
	case "c":
	case "go":
		fmt.Fprintf(stderr, "xfgen stubs: --lang go: stubs in Go need the Go generator, which is not built yet in this version of xfgen; use --lang c\n")
		return exitUsage
	default:
		fmt.Fprintf(stderr, "xfgen stubs: unknown --lang %q: use c\n", *lang)
		return exitUsage
	}
	if len(rest) > 1 {
		fmt.Fprintf(stderr, "xfgen stubs: unexpected argument %q: give OLD, NEW and at most one SPEC\n", rest[1])
		return exitUsage
	}
	spec := ""
	if len(rest) == 1 {
		spec = rest[0]
	}
	if *write && spec == "" {
		fmt.Fprintf(stderr, "xfgen stubs: -w appends to SPEC: give one\n")
		return exitUsage
	}
	in, code := loadInputs(opts, cfg, spec, stderr, "stubs")
	if code != exitOK {
		return code
	}
	if in.Plan == nil || hasSyntaxErrors(in.Diags, spec) {
		// The headers or the spec could not be read whole: appending
		// to what was understood could lose the rest.
		printDiags(in.Diags, stderr)
		return exitErrors
	}
	text, errs := compiler.Stubs(in.Spec, in.Old, in.New, compiler.StubOptions{Lang: *lang})
	printDiags(errs, stderr)
	if !*write {
		if _, err := io.WriteString(stdout, text); err != nil {
			fmt.Fprintf(stderr, "xfgen stubs: %v\n", err)
			return exitUsage
		}
	} else if text != "" && !errs.HasErrors() {
		if err := writeOutput(spec, append(append([]byte(nil), in.Spec.Src...), text...), stdout); err != nil {
			fmt.Fprintf(stderr, "xfgen stubs: %v\n", err)
			return exitUsage
		}
	}
	if errs.HasErrors() {
		return exitErrors
	}
	return exitOK
}

// hasSyntaxErrors reports whether the spec at path did not parse: the
// grammar's codes are XF00xx.
func hasSyntaxErrors(l diag.List, path string) bool {
	for _, d := range l {
		if d.Severity == diag.Error && d.Range.Start.File == path && strings.HasPrefix(d.Code, "XF00") {
			return true
		}
	}
	return false
}
