package lsp

import (
	"bufio"
	"encoding/json"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"sort"
	"strings"
	"testing"

	"github.com/xfgen-dev/xfgen/diag"
	"go.lsp.dev/protocol"
	"go.lsp.dev/uri"
)

// specCase is one spec of testdata/ with the two versions it is checked
// against.
type specCase struct {
	name     string
	spec     string
	old, new []string
}

// testdataSpecs lists every spec of testdata/: the e2e cases and the
// example with their own headers (and expect's xfgen-old/xfgen-new
// lines), and the grammar corpus against two empty headers.
func testdataSpecs(t *testing.T) []specCase {
	root, _ := filepath.Abs("../testdata")
	var out []specCase
	empty := filepath.Join(t.TempDir(), "empty.h")
	if err := os.WriteFile(empty, nil, 0o644); err != nil {
		t.Fatal(err)
	}
	specs, _ := filepath.Glob(filepath.Join(root, "*", "*.xf"))
	more, _ := filepath.Glob(filepath.Join(root, "*", "*", "*.xf"))
	for _, s := range append(specs, more...) {
		dir := filepath.Dir(s)
		c := specCase{name: strings.TrimPrefix(s, root+"/"), spec: s}
		// A spec beside old.h (kvserver's sources.xf too) is checked
		// against the headers, as the xfgen.toml there says.
		if _, err := os.Stat(filepath.Join(dir, "old.h")); err == nil {
			c.old, c.new = []string{filepath.Join(dir, "old.h")}, []string{filepath.Join(dir, "new.h")}
			if f, err := os.Open(filepath.Join(dir, "expect")); err == nil && filepath.Base(s) == "spec.xf" {
				var xo, xn []string
				sc := bufio.NewScanner(f)
				for sc.Scan() {
					if v, ok := strings.CutPrefix(sc.Text(), "xfgen-old: "); ok {
						xo = append(xo, filepath.Join(dir, v))
					}
					if v, ok := strings.CutPrefix(sc.Text(), "xfgen-new: "); ok {
						xn = append(xn, filepath.Join(dir, v))
					}
				}
				f.Close()
				if len(xo) > 0 {
					c.old, c.new = xo, xn
				}
			}
		} else {
			c.old, c.new = []string{empty}, []string{empty}
		}
		out = append(out, c)
	}
	if len(out) < 30 {
		t.Fatalf("found only %d specs under %s", len(out), root)
	}
	return out
}

// key is what both front ends must agree on for a diagnostic.
func key(file string, line, col int, sev, code, msg string) string {
	return fmt.Sprintf("%s:%d:%d %s %s %s", filepath.Base(file), line, col, sev, code, msg)
}

// TestServerAgreesWithCheck runs the server and `xfgen check --format
// json` on every spec of testdata/ and compares their diagnostics.
func TestServerAgreesWithCheck(t *testing.T) {
	if testing.Short() {
		t.Skip("builds xfgen and checks every spec of testdata/")
	}
	bin := filepath.Join(t.TempDir(), "xfgen")
	if out, err := exec.Command("go", "build", "-o", bin, "../cmd/xfgen").CombinedOutput(); err != nil {
		t.Fatalf("go build: %v\n%s", err, out)
	}
	include, _ := filepath.Abs("../include")
	cacheDir := t.TempDir()
	compared, inHeaders := 0, 0
	for _, sc := range testdataSpecs(t) {
		args := []string{"check", "--format", "json", "--error-limit", "0", "-I", include}
		for _, f := range sc.old {
			args = append(args, "--old", f)
		}
		for _, f := range sc.new {
			args = append(args, "--new", f)
		}
		cmd := exec.Command(bin, append(args, sc.spec)...)
		cmd.Env = append(os.Environ(), "XFGEN_CACHE="+cacheDir) // not the user's cache folder
		out, _ := cmd.Output()
		var cli []diag.Diagnostic
		if err := decodeCheckJSON(out, &cli); err != nil {
			t.Errorf("%s: xfgen check output: %v\n%s", sc.name, err, out)
			continue
		}
		want := map[string]bool{}
		for _, d := range cli {
			want[key(d.Range.Start.File, d.Range.Start.Line, d.Range.Start.Col, d.Severity.String(), d.Code, d.Message)] = true
		}

		c := startServer(t, map[string]any{"old": sc.old, "new": sc.new, "include": []string{include}}, `{"general":{"positionEncodings":["utf-8"]}}`)
		text, err := os.ReadFile(sc.spec)
		if err != nil {
			t.Fatal(err)
		}
		u := c.open(sc.spec, string(text))
		c.waitDiags(u, 1)
		got := map[string]bool{}
		c.mu.Lock()
		for fu, ps := range c.diags {
			path := uri.URI(fu).Path()
			for _, d := range ps[len(ps)-1].diags {
				if codeOf(d) == "XF0310" {
					continue // the C compiler's, which check gives only with --cc
				}
				line := int(d.Range.Start.Line) + 1
				col := int(d.Range.Start.Character) + 1
				got[key(path, line, col, sevWord(d.Severity), codeOf(d), messageOf(d))] = true
			}
		}
		c.mu.Unlock()
		compared += len(want)
		for k := range want {
			if strings.Contains(k, ".h:") {
				inHeaders++
			}
		}
		if diff := setDiff(want, got); diff != "" {
			t.Errorf("%s: server and xfgen check differ:\n%s", sc.name, diff)
		}
	}
	// The specs of testdata/ have diagnostics of their own and in their
	// headers: a comparison of empty lists would prove nothing.
	if compared < 20 || inHeaders == 0 {
		t.Errorf("compared only %d diagnostics (%d in headers)", compared, inHeaders)
	}
	t.Logf("compared %d diagnostics, %d in headers", compared, inHeaders)
}

// decodeCheckJSON reads check's JSON: a list of diagnostics, or an
// object holding them under "diagnostics".
func decodeCheckJSON(b []byte, out *[]diag.Diagnostic) error {
	if err := json.Unmarshal(b, out); err == nil {
		return nil
	}
	var env struct {
		Diagnostics []diag.Diagnostic `json:"diagnostics"`
	}
	if err := json.Unmarshal(b, &env); err != nil {
		return err
	}
	*out = env.Diagnostics
	return nil
}

func sevWord(s protocol.DiagnosticSeverity) string {
	switch s {
	case protocol.DiagnosticSeverityError:
		return "error"
	case protocol.DiagnosticSeverityWarning:
		return "warning"
	}
	return "info"
}

func setDiff(want, got map[string]bool) string {
	var out []string
	for k := range want {
		if !got[k] {
			out = append(out, "  only in check:  "+k)
		}
	}
	for k := range got {
		if !want[k] {
			out = append(out, "  only in server: "+k)
		}
	}
	sort.Strings(out)
	return strings.Join(out, "\n")
}
