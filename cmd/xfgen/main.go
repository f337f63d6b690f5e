// Command xfgen checks .xf transformation specs against two versions of a
// C program and generates the code that migrates the old version's state
// into the new one's types.
//
//	xfgen [flags] OLD NEW [SPEC] [-o OUT]    generate (OUT '-' or absent: stdout)
//	xfgen check [flags] OLD NEW SPEC         diagnostics only
//	xfgen diff  [flags] OLD NEW              what changed between the versions
//	xfgen stubs [flags] OLD NEW [SPEC] [-w]  rules that SPEC still lacks, as .xf text
//	xfgen fmt [-w] SPEC...                   canonical formatting
//	xfgen version                            version and commit
//
// Exit status: 0 success (warnings allowed), 1 the inputs have errors,
// 2 usage or I/O failure.
package main

import (
	"fmt"
	"io"
	"os"
	"runtime/debug"

	"github.com/xfgen-dev/xfgen/outfile"
)

// Exit codes shared by every subcommand.
const (
	exitOK     = 0
	exitErrors = 1 // the inputs have errors
	exitUsage  = 2 // usage or I/O failure
)

// A command runs one subcommand with its arguments (the subcommand name
// removed) and returns the exit status.
type command func(args []string, stdout, stderr io.Writer) int

var commands = map[string]command{
	"check": runCheck,
	"diff":  runDiff,
	"stubs": runStubs,
	"fmt":   runFmt,
}

func main() {
	outfile.CleanUpOnSignal()
	tuneGC()
	os.Exit(run(os.Args[1:], os.Stdout, os.Stderr))
}

// tuneGC lets the heap grow to five times what is live between
// collections, unless GOGC or GOMEMLIMIT say otherwise: reading C makes
// much short-lived garbage, and collecting it at Go's default pace took
// a fifth of a check's time (BENCHMARKS.md). Past 1 GiB the collector
// works harder again, so that a huge input (a 50 MB spec) costs not
// much more than what it keeps live.
func tuneGC() {
	if os.Getenv("GOGC") == "" {
		debug.SetGCPercent(400)
	}
	if os.Getenv("GOMEMLIMIT") == "" {
		debug.SetMemoryLimit(1 << 30)
	}
}

// largeSpec is the size past which a spec sets the collector's pace.
const largeSpec = 4 << 20

// paceForSpec returns the collector to Go's default pace (unless GOGC
// says otherwise) once a spec of several megabytes is read: what it
// makes is a large AST that stays live, not the C loader's garbage, and
// at five times the live heap the peak was five times the AST.
func paceForSpec(size int) {
	if size > largeSpec && os.Getenv("GOGC") == "" {
		debug.SetGCPercent(100)
	}
}

func run(args []string, stdout, stderr io.Writer) int {
	if len(args) > 0 {
		switch args[0] {
		case "help", "-h", "-help", "--help":
			// 'xfgen help CMD' is 'xfgen CMD -h'; plain help adds the
			// flags of generate, the command without a name.
			if len(args) > 1 && commands[args[1]] != nil {
				return commands[args[1]]([]string{"-h"}, stdout, stderr)
			}
			fmt.Fprint(stdout, usage)
			fmt.Fprintln(stdout)
			return runGenerate([]string{"-h"}, stdout, stderr)
		case "version", "-version", "--version":
			fmt.Fprintln(stdout, versionLine())
			return exitOK
		}
		if cmd, ok := commands[args[0]]; ok {
			return cmd(args[1:], stdout, stderr)
		}
	}
	return runGenerate(args, stdout, stderr)
}

// versionLine says which xfgen this is: the module version (a tag, or
// "(devel)" when built from a clone) and the commit it was built from.
func versionLine() string {
	bi, ok := debug.ReadBuildInfo()
	if !ok {
		return "xfgen version unknown (built without module information)"
	}
	line := "xfgen version " + bi.Main.Version
	var rev, at, modified string
	for _, s := range bi.Settings {
		switch s.Key {
		case "vcs.revision":
			rev = s.Value
		case "vcs.time":
			at = s.Value
		case "vcs.modified":
			if s.Value == "true" {
				modified = ", with uncommitted changes"
			}
		}
	}
	if rev != "" {
		line += fmt.Sprintf(", commit %s (%s%s)", rev, at, modified)
	}
	return line + ", " + bi.GoVersion
}

const usage = `usage:
  xfgen [flags] OLD NEW [SPEC] [-o OUT]    generate the migration code (OUT '-' or absent: stdout)
  xfgen check [flags] OLD NEW SPEC         check a spec, print diagnostics only
  xfgen diff  [flags] OLD NEW              what changed between the versions
  xfgen stubs [flags] OLD NEW [SPEC] [-w]  rules that SPEC still lacks, as .xf text (C bodies)
  xfgen fmt [-w] SPEC...                   canonical formatting
  xfgen version                            the version of xfgen and the commit it was built from

Run 'xfgen help COMMAND' or 'xfgen COMMAND -h' for the flags of a command.
`
