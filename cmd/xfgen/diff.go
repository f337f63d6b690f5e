package main

import "io"

// runDiff is replaced when 'xfgen diff' is built.
func runDiff(args []string, stdout, stderr io.Writer) int {
	return notBuilt("diff")(args, stdout, stderr)
}
