package main

import (
	"bytes"
	"strings"
	"testing"
)

// Every command answers -h with its usage and success, and a bad flag
// with its usage and exit 2.
func TestHelpAndBadFlags(t *testing.T) {
	for _, cmd := range [][]string{{}, {"check"}, {"diff"}, {"stubs"}, {"fmt"}} {
		var stdout, stderr bytes.Buffer
		if code := run(append(append([]string(nil), cmd...), "-h"), &stdout, &stderr); code != exitOK {
			t.Errorf("xfgen %v -h: exit %d, want 0", cmd, code)
		}
		if !strings.Contains(stdout.String()+stderr.String(), "usage:") {
			t.Errorf("xfgen %v -h printed no usage: %q", cmd, stderr.String())
		}
		stdout.Reset()
		stderr.Reset()
		if code := run(append(append([]string(nil), cmd...), "--no-such-flag"), &stdout, &stderr); code != exitUsage {
			t.Errorf("xfgen %v --no-such-flag: exit %d, want 2", cmd, code)
		}
	}
}
