// Command xfgen checks .xf transformation specs against two versions of a
// C program and generates the code that migrates the old version's state
// into the new one's types.
//
//	xfgen [flags] OLD NEW [SPEC] [-o OUT]    generate (OUT '-' or absent: stdout)
//	xfgen check [flags] OLD NEW SPEC         diagnostics only
//	xfgen diff  [flags] OLD NEW              what changed between the versions
//	xfgen stubs [flags] OLD NEW [SPEC] [-w]  rules that SPEC still lacks, as .xf text
//	xfgen fmt [-w] SPEC...                   canonical formatting
//
// Exit status: 0 success (warnings allowed), 1 the inputs have errors,
// 2 usage or I/O failure.
package main

import (
	"fmt"
	"io"
	"os"

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
	os.Exit(run(os.Args[1:], os.Stdout, os.Stderr))
}

func run(args []string, stdout, stderr io.Writer) int {
	if len(args) > 0 {
		switch args[0] {
		case "help", "-h", "-help", "--help":
			fmt.Fprint(stdout, usage)
			return exitOK
		}
		if cmd, ok := commands[args[0]]; ok {
			return cmd(args[1:], stdout, stderr)
		}
	}
	return runGenerate(args, stdout, stderr)
}

const usage = `usage:
  xfgen [flags] OLD NEW [SPEC] [-o OUT]    generate the migration code (OUT '-' or absent: stdout)
  xfgen check [flags] OLD NEW SPEC         check a spec, print diagnostics only
  xfgen diff  [flags] OLD NEW              what changed between the versions
  xfgen stubs [flags] OLD NEW [SPEC] [-w]  rules that SPEC still lacks, as .xf text (C bodies; --lang go not yet)
  xfgen fmt [-w] SPEC...                   canonical formatting

Run 'xfgen COMMAND -h' for the flags of a command.
`
