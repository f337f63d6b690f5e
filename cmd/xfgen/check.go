package main

import "io"

// runCheck is replaced when 'xfgen check' is built.
func runCheck(args []string, stdout, stderr io.Writer) int {
	return notBuilt("check")(args, stdout, stderr)
}
