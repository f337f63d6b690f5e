package main

import (
	"bytes"
	"fmt"
	"io"
	"os"

	"github.com/xfgen-dev/xfgen/grammar"
)

// runFmt is 'xfgen fmt [-w] FILE...': it prints each spec in canonical
// layout, or with -w rewrites each file that is not already canonical,
// whole or not at all. A file with syntax errors is left alone and its
// errors are printed; the other files are still formatted.
func runFmt(args []string, stdout, stderr io.Writer) int {
	fs := newFlagSet("fmt", stderr)
	write := fs.Bool("w", false, "rewrite the files in place instead of printing them")
	fs.Usage = func() {
		fmt.Fprintln(stderr, "usage: xfgen fmt [-w] SPEC...")
		fs.PrintDefaults()
	}
	files, err := parseInterleaved(fs, args)
	if err != nil {
		return parseFailure(err)
	}
	if len(files) == 0 {
		fmt.Fprintln(stderr, "xfgen fmt: no spec given")
		fs.Usage()
		return exitUsage
	}
	status := exitOK
	worse := func(s int) {
		if s > status {
			status = s
		}
	}
	for _, name := range files {
		src, err := os.ReadFile(name)
		if err != nil {
			fmt.Fprintf(stderr, "xfgen fmt: %v\n", err)
			worse(exitUsage)
			continue
		}
		out, errs := grammar.FormatSource(name, src)
		for _, d := range errs {
			fmt.Fprintln(stderr, d.String())
		}
		if errs.HasErrors() {
			worse(exitErrors)
			continue
		}
		if !*write {
			if _, err := stdout.Write(out); err != nil {
				fmt.Fprintf(stderr, "xfgen fmt: %v\n", err)
				return exitUsage
			}
			continue
		}
		if bytes.Equal(out, src) {
			continue
		}
		if err := writeOutput(name, out, stdout); err != nil {
			fmt.Fprintf(stderr, "xfgen fmt: %v\n", err)
			worse(exitUsage)
		}
	}
	return status
}
