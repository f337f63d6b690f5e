package main

import (
	"bytes"
	"encoding/json"
	"flag"
	"fmt"
	"io"
	"os"

	"github.com/xfgen-dev/xfgen/diag"
)

// jsonVersion is the version of the --format json document; it changes
// only when a field is removed or changes meaning.
const jsonVersion = 1

// diagFlags say how a command shows its diagnostics; every command
// takes them.
type diagFlags struct {
	format     string
	color      string
	noCaret    bool
	errorLimit int
}

func (f *diagFlags) register(fs *flag.FlagSet) {
	fs.StringVar(&f.format, "format", "text", "`FORMAT` of the diagnostics and results: text (diagnostics on stderr) or json (one document on stdout)")
	fs.StringVar(&f.color, "color", "auto", "colour the diagnostics: `WHEN` is auto (on a terminal, unless NO_COLOR is set), always or never")
	fs.BoolVar(&f.noCaret, "no-caret", false, "do not show the source line and caret under each diagnostic")
	fs.IntVar(&f.errorLimit, "error-limit", 20, "stop after `N` errors (0: no limit)")
}

// reporter shows a command's diagnostics: as text on stderr at once, or
// gathered into the JSON document that finish writes on stdout.
type reporter struct {
	cmd            string // "generate", "check", ...: in messages and the JSON
	json           bool
	limit          int
	stdout, stderr io.Writer
	files          diag.Files
	printer        diag.Printer
	diags          diag.List // gathered for JSON
}

// newReporter checks the flags; on a bad value it says so and returns
// nil.
func (f *diagFlags) newReporter(cmd string, stdout, stderr io.Writer) *reporter {
	r := &reporter{cmd: cmd, json: f.format == "json", limit: f.errorLimit, stdout: stdout, stderr: stderr}
	if f.format != "text" && f.format != "json" {
		fmt.Fprintf(stderr, "%s: unknown --format %q: use text or json\n", r.prefix(), f.format)
		return nil
	}
	if f.errorLimit < 0 {
		fmt.Fprintf(stderr, "%s: --error-limit %d: give 0 (no limit) or more\n", r.prefix(), f.errorLimit)
		return nil
	}
	var color bool
	switch f.color {
	case "always":
		color = true
	case "never":
	case "auto":
		color = isTerminal(stderr) && os.Getenv("NO_COLOR") == "" && os.Getenv("TERM") != "dumb"
	default:
		fmt.Fprintf(stderr, "%s: unknown --color %q: use auto, always or never\n", r.prefix(), f.color)
		return nil
	}
	r.printer = diag.Printer{W: stderr, Files: &r.files, Color: color, Caret: !f.noCaret, Limit: f.errorLimit, Program: r.prefix()}
	return r
}

func isTerminal(w io.Writer) bool {
	f, ok := w.(*os.File)
	if !ok {
		return false
	}
	fi, err := f.Stat()
	return err == nil && fi.Mode()&os.ModeCharDevice != 0
}

func (r *reporter) prefix() string {
	if r.cmd == "generate" {
		return "xfgen"
	}
	return "xfgen " + r.cmd
}

// report shows l.
func (r *reporter) report(l diag.List) error {
	l = l.Unique()
	if r.json {
		r.diags = append(r.diags, l...)
		return nil
	}
	return r.printer.Print(l)
}

// failf reports a failure that is about no place in a file (a missing
// argument, an output that cannot be written): a line on stderr, or an
// error without a position in the JSON.
func (r *reporter) failf(format string, args ...any) {
	msg := fmt.Sprintf(format, args...)
	if r.json {
		r.diags = append(r.diags, diag.Diagnostic{Severity: diag.Error, Message: msg})
		return
	}
	fmt.Fprintf(r.stderr, "%s: %s\n", r.prefix(), msg)
}

// usage reports a wrong command line, with the command's usage in text.
func (r *reporter) usage(fs *flag.FlagSet, format string, args ...any) int {
	r.failf(format, args...)
	if !r.json {
		fs.Usage()
	}
	return exitUsage
}

// document is the --format json output of every command.
type document struct {
	Version     int       `json:"version"`
	Command     string    `json:"command"`
	Diagnostics diag.List `json:"diagnostics"`
	// Only one of these, by command.
	Output string          `json:"output,omitempty"` // generate, stubs -w: the file written
	Stubs  string          `json:"stubs,omitempty"`  // stubs: the missing rules, as .xf text
	Diff   json.RawMessage `json:"diff,omitempty"`   // diff: the changes
	Files  []fmtResult     `json:"files,omitempty"`  // fmt: each spec
}

// finish writes the JSON document (no-op for text); doc gives the
// command's own fields.
func (r *reporter) finish(doc document) error {
	if !r.json {
		return nil
	}
	doc.Version, doc.Command = jsonVersion, r.cmd
	shown, cut := r.diags.UpToErrors(r.limit)
	doc.Diagnostics = append(diag.List{}, shown...)
	if cut {
		doc.Diagnostics = append(doc.Diagnostics, diag.Diagnostic{Severity: diag.Error, Message: diag.TooManyErrors(r.limit)})
	}
	var b bytes.Buffer
	enc := json.NewEncoder(&b)
	enc.SetEscapeHTML(false) // `->` stays readable
	enc.SetIndent("", "  ")
	if err := enc.Encode(doc); err != nil {
		return err
	}
	_, err := r.stdout.Write(b.Bytes())
	return err
}
