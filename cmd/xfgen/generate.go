package main

import (
	"fmt"
	"io"
	"path/filepath"
	"strings"

	"github.com/xfgen-dev/xfgen/compiler"
	"github.com/xfgen-dev/xfgen/outfile"
)

// runGenerate implements 'xfgen [flags] OLD NEW [SPEC] [-o OUT]': check,
// infer, and write the migration code whole, or nothing when the inputs
// have errors.
func runGenerate(args []string, stdout, stderr io.Writer) int {
	fs := newFlagSet("xfgen", stderr)
	var vf versionFlags
	vf.register(fs)
	out := fs.String("o", "", "write the generated code to `FILE` ('-' or absent: stdout)")
	langFlag := fs.String("lang", "c", "generated `LANGUAGE`: c or go")
	prefixFlag := fs.String("prefix", "xf_", "`PREFIX` of every generated symbol")
	format := fs.String("format", "text", "diagnostics `FORMAT`: text (stderr) or json (stderr)")
	fs.Usage = func() {
		fmt.Fprintf(stderr, "usage: xfgen [flags] OLD NEW [SPEC] [-o OUT]\n       xfgen [flags] --old FILE... --new FILE... [SPEC] [-o OUT]\n\nflags:\n")
		fs.PrintDefaults()
	}
	pos, err := parseInterleaved(fs, args)
	if err != nil {
		return parseFailure(err)
	}
	opts, rest, cfg, err := vf.options(pos, "")
	if err != nil {
		fmt.Fprintf(stderr, "xfgen: %v\n", err)
		fs.Usage()
		return exitUsage
	}
	// xfgen.toml gives the prefix and the language unless a flag does.
	lang, prefix := *langFlag, *prefixFlag
	if !flagGiven(fs, "lang") && opts.Lang != "" {
		lang = opts.Lang
	}
	if !flagGiven(fs, "prefix") && opts.Prefix != "" {
		prefix = opts.Prefix
	}
	switch {
	case *format != "text" && *format != "json":
		fmt.Fprintf(stderr, "xfgen: unknown --format %q: use text or json\n", *format)
		return exitUsage
	case lang == "go":
		fmt.Fprintf(stderr, "xfgen: --lang go: the Go generator is not built yet in this version of xfgen\n")
		return exitUsage
	case lang != "c":
		fmt.Fprintf(stderr, "xfgen: unknown --lang %q: use c (or go, later)\n", lang)
		return exitUsage
	case !validPrefix(prefix):
		fmt.Fprintf(stderr, "xfgen: --prefix %q is not the start of a C identifier (letters, digits, '_', not starting with a digit)\n", prefix)
		return exitUsage
	}
	if len(rest) > 1 {
		fmt.Fprintf(stderr, "xfgen: unexpected argument %q: give OLD, NEW and at most one SPEC\n", rest[1])
		return exitUsage
	}
	spec := ""
	if len(rest) == 1 {
		spec = rest[0]
	}
	if *out != "" && *out != "-" {
		inputs := append(append([]string{spec}, opts.Old...), opts.New...)
		if err := outfile.SameAsInput(*out, inputs); err != nil {
			fmt.Fprintf(stderr, "xfgen: %v\n", err)
			return exitUsage
		}
	}
	in, code := loadInputs(opts, cfg, spec, stderr, "generate")
	if code != exitOK {
		return code
	}
	// Diagnostics never go to stdout here: stdout may be the code.
	if err := report(in.Diags, *format, stderr, stderr); err != nil {
		return exitUsage
	}
	if in.Diags.HasErrors() || in.Plan == nil {
		return exitErrors
	}
	outName := "xform.c"
	if *out != "" && *out != "-" {
		outName = filepath.Base(*out)
	}
	src, err := compiler.GenerateC(in.Plan, compiler.Options{Prefix: prefix, OutName: outName})
	if err != nil {
		fmt.Fprintf(stderr, "xfgen: %v\n", err)
		return exitErrors
	}
	if err := writeOutput(*out, src, stdout); err != nil {
		fmt.Fprintf(stderr, "xfgen: %v\n", err)
		return exitUsage
	}
	return exitOK
}

func validPrefix(p string) bool {
	if p == "" || p[0] >= '0' && p[0] <= '9' {
		return false
	}
	return strings.Trim(p, "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_") == ""
}
