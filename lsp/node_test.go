package lsp

import (
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
)

// TestNodeClient runs lsp/testdata/client/client_test.js: the real xfls
// binary driven over stdio by vscode-jsonrpc and
// vscode-languageserver-protocol, the libraries VS Code's client is made
// of. Its packages come from `npm ci` in that folder (.ci/run does it
// and sets XFGEN_REQUIRE_NODE=1, so that there a missing install fails
// instead of skipping).
func TestNodeClient(t *testing.T) {
	dir, _ := filepath.Abs("testdata/client")
	required := os.Getenv("XFGEN_REQUIRE_NODE") == "1"
	node, err := exec.LookPath("node")
	if err == nil {
		_, err = os.Stat(filepath.Join(dir, "node_modules", "vscode-languageserver-protocol"))
	}
	if err != nil {
		if required {
			t.Fatalf("node or the client's packages are missing (run npm ci in %s): %v", dir, err)
		}
		t.Skipf("node or the client's packages are missing (npm ci in %s): %v", dir, err)
	}
	bin := filepath.Join(t.TempDir(), "xfls")
	if out, err := exec.Command("go", "build", "-o", bin, "../cmd/xfls").CombinedOutput(); err != nil {
		t.Fatalf("go build: %v\n%s", err, out)
	}
	kv, _ := filepath.Abs("../testdata/kvserver")
	cacheDir := t.TempDir()
	cmd := exec.Command(node, filepath.Join(dir, "client_test.js"), bin, kv)
	cmd.Env = append(os.Environ(), "XFGEN_CACHE="+cacheDir) // not the user's cache folder
	out, err := cmd.CombinedOutput()
	t.Logf("%s", out)
	if err != nil || !strings.Contains(string(out), " passed, 0 failed") {
		t.Fatalf("the node client's checks failed: %v", err)
	}
	// xfls keeps the versions it loaded, for its next start.
	if m, _ := filepath.Glob(filepath.Join(cacheDir, "*.model")); len(m) == 0 {
		t.Errorf("xfls left no loaded version in XFGEN_CACHE=%s", cacheDir)
	}
}
