package pipeline

import (
	"bufio"
	"bytes"
	"context"
	"fmt"
	"os"
	"os/exec"
	"regexp"
	"strconv"
	"strings"

	"github.com/xfgen-dev/xfgen/compiler"
	"github.com/xfgen-dev/xfgen/compiler/cgen"
	"github.com/xfgen-dev/xfgen/diag"
)

// CodeCC is the code of a C compiler's message about the generated
// code, placed in the spec through the #line directives.
const CodeCC = "XF0310"

// ccLine is one message of gcc or clang: file:line:col: severity: text.
var ccLine = regexp.MustCompile(`^(.*?):(\d+):(\d+): (error|warning|fatal error): (.*)$`)

// CompileCheck generates the C for plan and runs the host C compiler
// ($CC, else cc) with -fsyntax-only on it, returning its errors and
// warnings. Those in the spec's code blocks land on the spec's lines
// through the generated #line directives; those in code xfgen wrote
// itself are reported at the spec's first line, since they are xfgen's
// fault, with the compiler's text.
func CompileCheck(ctx context.Context, plan *compiler.Plan, prefix string) (diag.List, error) {
	if prefix == "" {
		prefix = "xf_"
	}
	src, err := cgen.GenerateC(plan, cgen.Options{Prefix: prefix, OutName: "xform.c"})
	if err != nil {
		return nil, err
	}
	cc := os.Getenv("CC")
	if cc == "" {
		cc = "cc"
	}
	cmd := exec.CommandContext(ctx, cc, "-fsyntax-only", "-std=c11", "-Wall", "-Wextra", "-fno-diagnostics-color", "-x", "c", "-")
	cmd.Stdin = bytes.NewReader(src)
	var out bytes.Buffer
	cmd.Stderr = &out
	runErr := cmd.Run()
	if ctx.Err() != nil {
		return nil, ctx.Err()
	}
	var l diag.List
	specName := plan.Spec.Name
	sc := bufio.NewScanner(&out)
	for sc.Scan() {
		m := ccLine.FindStringSubmatch(sc.Text())
		if m == nil {
			continue
		}
		line, _ := strconv.Atoi(m[2])
		col, _ := strconv.Atoi(m[3])
		sev := diag.Warning
		if strings.HasSuffix(m[4], "error") {
			sev = diag.Error
		}
		msg := "C compiler: " + m[5]
		pos := diag.Pos{File: m[1], Line: line, Col: col}
		if m[1] != specName || specName == "" {
			pos = diag.Pos{File: specName, Line: 1, Col: 1}
			msg = fmt.Sprintf("C compiler, in code xfgen generated (xform.c:%d:%d): %s", line, col, m[5])
		}
		l.Add(diag.Diagnostic{Range: diag.Range{Start: pos, End: pos}, Severity: sev, Code: CodeCC, Message: msg})
	}
	if runErr != nil && len(l) == 0 {
		if _, ok := runErr.(*exec.ExitError); !ok {
			return nil, fmt.Errorf("cannot run the C compiler %q: %v (set CC to one that works)", cc, runErr)
		}
		l.Errorf(diag.Range{Start: diag.Pos{File: specName, Line: 1, Col: 1}}, CodeCC, "C compiler failed on the generated code: %s", strings.TrimSpace(out.String()))
	}
	return l, nil
}
