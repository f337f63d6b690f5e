package main

import (
	"flag"
	"fmt"
	"go/token"
	"io"
	"path/filepath"
	"strings"

	"github.com/xfgen-dev/xfgen/compiler/cgen"
	"github.com/xfgen-dev/xfgen/compiler/gogen"
	"github.com/xfgen-dev/xfgen/outfile"
)

// runGenerate implements 'xfgen [flags] OLD NEW [SPEC] [-o OUT]': check,
// infer, and write the migration code whole, or nothing when the inputs
// have errors.
func runGenerate(args []string, stdout, stderr io.Writer) int {
	fs := newFlagSet("xfgen", stderr)
	var vf versionFlags
	vf.register(fs)
	var out onceFlag
	fs.Var(&out, "o", "write the generated code to `FILE` ('-' or absent: stdout)")
	langFlag := fs.String("lang", "c", "generated `LANGUAGE`: c or go")
	prefixFlag := fs.String("prefix", "xf_", "`PREFIX` of every generated symbol")
	pkgFlag := fs.String("package", "", "with --lang go: the generated file's Go `PACKAGE` name")
	var df diagFlags
	df.register(fs)
	fs.Usage = func() {
		fmt.Fprintf(fs.Output(), "usage: xfgen [flags] OLD NEW [SPEC] [-o OUT]\n       xfgen [flags] --old FILE... --new FILE... [SPEC] [-o OUT]\n\nSPEC '-' is standard input. With --format json, -o FILE is needed: the JSON is on stdout.\n\nflags:\n")
		fs.PrintDefaults()
	}
	pos, err := parseInterleaved(fs, args, stdout)
	if err != nil {
		return parseFailure(err)
	}
	rep := df.newReporter("generate", stdout, stderr)
	if rep == nil {
		return exitUsage
	}
	var doc document
	code := generate(fs, &vf, rep, pos, out.value, *langFlag, *prefixFlag, *pkgFlag, &doc)
	if err := rep.finish(doc); err != nil {
		fmt.Fprintf(stderr, "xfgen: %v\n", err)
		return exitUsage
	}
	return code
}

func generate(fs *flag.FlagSet, vf *versionFlags, rep *reporter, pos []string, out, lang, prefix, pkg string, doc *document) int {
	toStdout := out == "" || out == "-"
	if rep.json && toStdout {
		return rep.usage(fs, "--format json writes the JSON document on stdout: give -o FILE for the code")
	}
	opts, rest, cfg, err := vf.options(pos, "")
	if err != nil {
		return rep.usage(fs, "%v", err)
	}
	// xfgen.toml gives the prefix and the language unless a flag does.
	if !flagGiven(fs, "lang") && opts.Lang != "" {
		lang = opts.Lang
	}
	if !flagGiven(fs, "prefix") && opts.Prefix != "" {
		prefix = opts.Prefix
	}
	switch {
	case lang == "go" && pkg == "":
		rep.failf("--lang go needs --package NAME: the Go package the generated file belongs to")
		return exitUsage
	case lang == "go" && !token.IsIdentifier(pkg):
		rep.failf("--package %q is not a Go package name (letters, digits, '_', not starting with a digit)", pkg)
		return exitUsage
	case lang != "c" && lang != "go":
		rep.failf("unknown --lang %q: use c or go", lang)
		return exitUsage
	case pkg != "" && lang != "go":
		rep.failf("--package is for --lang go; the C generator writes no package")
		return exitUsage
	case !validPrefix(prefix):
		rep.failf("--prefix %q is not the start of a C identifier (letters, digits, '_', not starting with a digit)", prefix)
		return exitUsage
	case len(rest) > 1:
		rep.failf("unexpected argument %q: give OLD, NEW and at most one SPEC", rest[1])
		return exitUsage
	}
	spec := ""
	if len(rest) == 1 {
		spec = rest[0]
	}
	if !toStdout {
		inputs := append(append([]string{spec}, opts.Old...), opts.New...)
		if err := outfile.SameAsInput(out, inputs); err != nil {
			rep.failf("%v", err)
			return exitUsage
		}
	}
	in, code := loadInputs(opts, cfg, spec, rep)
	if code != exitOK {
		return code
	}
	if rep.report(in.Diags) != nil {
		return exitUsage
	}
	if in.Diags.HasErrors() || in.Plan == nil {
		return exitErrors
	}
	outName := "xform.c"
	if !toStdout {
		outName = filepath.Base(out)
	}
	var src []byte
	if lang == "go" {
		src, err = gogen.Generate(in.Plan, gogen.Options{Package: pkg, OutName: outName})
	} else {
		src, err = cgen.GenerateC(in.Plan, cgen.Options{Prefix: prefix, OutName: outName})
	}
	if err != nil {
		rep.failf("%v", err)
		return exitErrors
	}
	if err := writeOutput(out, src, rep.stdout); err != nil {
		rep.failf("%v", err)
		return exitUsage
	}
	doc.Output = out
	return exitOK
}

func validPrefix(p string) bool {
	if p == "" || p[0] >= '0' && p[0] <= '9' {
		return false
	}
	return strings.Trim(p, "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_") == ""
}
