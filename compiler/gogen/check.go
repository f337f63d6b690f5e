package gogen

import (
	"bufio"
	"bytes"
	"context"
	"errors"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strconv"

	"github.com/xfgen-dev/xfgen/compiler"
	"github.com/xfgen-dev/xfgen/diag"
	"github.com/xfgen-dev/xfgen/pipeline"
)

// SpecError is Go of a code block that does not parse, at its place in
// the spec.
type SpecError struct {
	Pos diag.Pos
	Msg string
}

func (e *SpecError) Error() string {
	return fmt.Sprintf("%s:%d:%d: %s", e.Pos.File, e.Pos.Line, e.Pos.Col, e.Msg)
}

// goLine is one message of the Go compiler: file:line:col: text.
var goLine = regexp.MustCompile(`^(.*?):(\d+):(\d+): (.*)$`)

// BuildCheck generates the Go package of plan and builds it with the go
// command, returning the compiler's errors: those in the spec's code
// blocks at their lines of the spec (through the //line directives),
// those in code xfgen wrote at the spec's first line, since they are
// xfgen's fault. It is the Go counterpart of pipeline.CompileCheck.
func BuildCheck(ctx context.Context, plan *compiler.Plan) (diag.List, error) {
	spec := plan.Spec.Name
	first := diag.Pos{File: spec, Line: 1, Col: 1}
	var l diag.List
	src, err := Generate(plan, Options{Package: "xfcheck", OutName: "xform.go"})
	var se *SpecError
	switch {
	case errors.As(err, &se):
		l.Errorf(diag.Range{Start: se.Pos, End: se.Pos}, pipeline.CodeCC, "Go compiler: %s", se.Msg)
		return l, nil
	case err != nil:
		return nil, err
	}
	dir, err := os.MkdirTemp("", "xfgen-gocheck-")
	if err != nil {
		return nil, err
	}
	defer os.RemoveAll(dir)
	if err := os.WriteFile(filepath.Join(dir, "go.mod"), []byte("module xfcheck\n\ngo 1.26\n"), 0o644); err != nil {
		return nil, err
	}
	if err := os.WriteFile(filepath.Join(dir, "xform.go"), src, 0o644); err != nil {
		return nil, err
	}
	cmd := exec.CommandContext(ctx, "go", "build", "-o", os.DevNull, ".")
	cmd.Dir = dir
	cmd.Env = append(os.Environ(), "GOFLAGS=", "GOWORK=off")
	var out bytes.Buffer
	cmd.Stdout, cmd.Stderr = &out, &out
	runErr := cmd.Run()
	if ctx.Err() != nil {
		return nil, ctx.Err()
	}
	absSpec, _ := filepath.Abs(spec)
	sc := bufio.NewScanner(&out)
	for sc.Scan() {
		m := goLine.FindStringSubmatch(sc.Text())
		if m == nil {
			continue
		}
		line, _ := strconv.Atoi(m[2])
		col, _ := strconv.Atoi(m[3])
		file := m[1]
		if !filepath.IsAbs(file) {
			file = filepath.Join(dir, file)
		}
		pos, msg := diag.Pos{File: spec, Line: line, Col: col}, "Go compiler: "+m[4]
		if file != absSpec {
			pos, msg = first, fmt.Sprintf("Go compiler, in code xfgen generated (xform.go:%d:%d): %s", line, col, m[4])
		}
		l.Add(diag.Diagnostic{Range: diag.Range{Start: pos, End: pos}, Severity: diag.Error, Code: pipeline.CodeCC, Message: msg})
	}
	if runErr != nil && len(l) == 0 {
		if _, ok := runErr.(*exec.ExitError); !ok {
			return nil, fmt.Errorf("cannot run the go command: %v", runErr)
		}
		l.Errorf(diag.Range{Start: first, End: first}, pipeline.CodeCC, "the go command failed on the generated code: %s", bytes.TrimSpace(out.Bytes()))
	}
	return l, nil
}
