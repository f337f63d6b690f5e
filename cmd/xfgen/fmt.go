package main

import (
	"bytes"
	"fmt"
	"io"

	"github.com/xfgen-dev/xfgen/diag"
	"github.com/xfgen-dev/xfgen/grammar"
)

// fmtResult is one spec in the JSON document of fmt.
type fmtResult struct {
	File    string `json:"file"`
	Changed bool   `json:"changed"`        // the file is not in canonical layout
	Written bool   `json:"written"`        // -w rewrote it
	Text    string `json:"text,omitempty"` // without -w: the canonical text
}

// runFmt is 'xfgen fmt [-w] FILE...': it prints each spec in canonical
// layout, or with -w rewrites each file that is not already canonical,
// whole or not at all. A file with syntax errors is left alone and its
// errors are reported; the other files are still formatted.
func runFmt(args []string, stdout, stderr io.Writer) int {
	fs := newFlagSet("fmt", stderr)
	write := fs.Bool("w", false, "rewrite the files in place instead of printing them")
	var df diagFlags
	df.register(fs)
	fs.Usage = func() {
		fmt.Fprintf(fs.Output(), "usage: xfgen fmt [-w] SPEC...\n\nSPEC '-' is standard input (not with -w).\n\nflags:\n")
		fs.PrintDefaults()
	}
	files, err := parseInterleaved(fs, args, stdout)
	if err != nil {
		return parseFailure(err)
	}
	rep := df.newReporter("fmt", stdout, stderr)
	if rep == nil {
		return exitUsage
	}
	var doc document
	code := formatFiles(rep, files, *write, &doc)
	if code == exitUsage && len(files) == 0 && !rep.json {
		fs.Usage()
	}
	if err := rep.finish(doc); err != nil {
		fmt.Fprintf(stderr, "xfgen fmt: %v\n", err)
		return exitUsage
	}
	return code
}

func formatFiles(rep *reporter, files []string, write bool, doc *document) int {
	if len(files) == 0 {
		rep.failf("no spec given")
		return exitUsage
	}
	status := exitOK
	worse := func(s int) { status = max(status, s) }
	for _, path := range files {
		if path == "-" && write {
			rep.failf("-w cannot rewrite standard input: give the spec's file name")
			worse(exitUsage)
			continue
		}
		name, src, err := readSpec(path)
		if err != nil {
			rep.report(diag.List{unreadable(name, err)})
			worse(exitUsage)
			continue
		}
		rep.files.Set(name, src)
		f, errs := grammar.ParseUpTo(name, src, rep.limit)
		if rep.report(errs) != nil {
			return exitUsage
		}
		if errs.HasErrors() {
			worse(exitErrors)
			continue
		}
		out := grammar.Format(f)
		res := fmtResult{File: name, Changed: !bytes.Equal(out, src)}
		switch {
		case !write && rep.json:
			res.Text = string(out)
		case !write:
			if _, err := rep.stdout.Write(out); err != nil {
				rep.failf("%v", err)
				return exitUsage
			}
		case res.Changed:
			if err := writeOutput(path, out, rep.stdout); err != nil {
				rep.failf("%v", err)
				worse(exitUsage)
			} else {
				res.Written = true
			}
		}
		doc.Files = append(doc.Files, res)
	}
	return status
}
