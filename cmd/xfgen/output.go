package main

import (
	"io"

	"github.com/xfgen-dev/xfgen/outfile"
)

// writeOutput writes data to path (see package outfile: whole or not at
// all, links, devices and modes kept). Path "-" or "" is stdout.
func writeOutput(path string, data []byte, stdout io.Writer) error {
	if path == "" || path == "-" {
		_, err := stdout.Write(data)
		return err
	}
	return outfile.Write(path, data)
}
