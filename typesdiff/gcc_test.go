package typesdiff

import (
	"os/exec"
	"testing"
)

// gccSyntaxOnly fails t unless gcc accepts file with flags.
func gccSyntaxOnly(t *testing.T, file string, flags ...string) {
	t.Helper()
	if _, err := exec.LookPath("gcc"); err != nil {
		t.Skip("gcc not installed")
	}
	args := append(append([]string{"-fsyntax-only"}, flags...), file)
	if out, err := exec.Command("gcc", args...).CombinedOutput(); err != nil {
		t.Fatalf("gcc %v: %v\n%s", args, err, out)
	}
}
