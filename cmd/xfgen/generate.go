package main

import "io"

// runGenerate is replaced when generation is built.
func runGenerate(args []string, stdout, stderr io.Writer) int {
	return notBuilt("generate")(args, stdout, stderr)
}
