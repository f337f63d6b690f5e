package main

import "io"

// runFmt is replaced when 'xfgen fmt' is built.
func runFmt(args []string, stdout, stderr io.Writer) int {
	return notBuilt("fmt")(args, stdout, stderr)
}
