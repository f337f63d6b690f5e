package typesdiff

import (
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"sort"
	"strings"
	"testing"
)

// layoutCases are the test headers whose every struct and union the
// probe checks, with the flags they need.
var layoutCases = []Config{
	{Files: []string{"../testdata/types/layout.h"}},
	{Files: []string{"../testdata/types/va.c"}},
	{Files: []string{"../testdata/types/selfref_attr.c"}},
	{Files: []string{"../testdata/types/twice/two.c"}},
	{Files: []string{"../testdata/types/basic/v1.h"}},
	{Files: []string{"../testdata/types/basic/v2.h"}},
	{Files: []string{"../testdata/types/multi/a.c"}},
	{Files: []string{"../testdata/types/multi/b.c"}},
	{Files: []string{"../testdata/types/conflict/x.c"}},
	{Files: []string{"../testdata/types/conflict/y.c"}},
	{Files: []string{"../testdata/types/defines/main.h"}, IncludeDirs: []string{"../testdata/types/defines/inc"}, Defines: []string{"WITH_EXTRA", "NSLOTS=6"}},
}

// TestLayoutAgainstGCC compiles, for each case, a C program that prints
// sizeof, _Alignof and offsetof of every struct and union the model has
// (the user's and the system ones they use) and of their named,
// non-bit-field fields, and compares with the model.
func TestLayoutAgainstGCC(t *testing.T) {
	if _, err := exec.LookPath("gcc"); err != nil {
		t.Skip("gcc not installed")
	}
	dir := t.TempDir()
	for i, c := range layoutCases {
		p, errs := Load(c)
		if len(errs) > 0 {
			t.Fatalf("%v: %s", c.Files, errs.Error())
		}
		var src strings.Builder
		src.WriteString("#include <stdio.h>\n#include <stddef.h>\n")
		abs, _ := filepath.Abs(c.Files[0])
		fmt.Fprintf(&src, "#include %q\nint main(void) {\n", abs)
		var want []string
		var names []string
		for name := range p.Types {
			names = append(names, name)
		}
		sort.Strings(names)
		checked := 0
		for _, name := range names {
			ty := p.Types[name]
			if (ty.Kind != Struct && ty.Kind != Union) || ty.Incomplete {
				continue
			}
			checked++
			fmt.Fprintf(&src, "\tprintf(\"%s size %%zu align %%zu\\n\", sizeof(%s), _Alignof(%s));\n", name, name, name)
			want = append(want, fmt.Sprintf("%s size %d align %d", name, ty.Size, ty.Align))
			for _, f := range ty.Fields {
				if f.Name == "" || f.BitWidth > 0 {
					continue
				}
				fmt.Fprintf(&src, "\tprintf(\"%s.%s %%zu\\n\", offsetof(%s, %s));\n", name, f.Name, name, f.Name)
				want = append(want, fmt.Sprintf("%s.%s %d", name, f.Name, f.Offset))
			}
		}
		src.WriteString("\treturn 0;\n}\n")
		if checked == 0 {
			t.Fatalf("%v: no struct to check", c.Files)
		}
		cfile := filepath.Join(dir, fmt.Sprintf("probe%d.c", i))
		exe := filepath.Join(dir, fmt.Sprintf("probe%d", i))
		if err := os.WriteFile(cfile, []byte(src.String()), 0o644); err != nil {
			t.Fatal(err)
		}
		args := []string{"-w", "-Wl,--unresolved-symbols=ignore-all", "-o", exe, cfile} // .c cases may use symbols they do not define
		for _, d := range c.IncludeDirs {
			a, _ := filepath.Abs(d)
			args = append(args, "-I", a)
		}
		for _, d := range c.Defines {
			args = append(args, "-D", d)
		}
		if out, err := exec.Command("gcc", args...).CombinedOutput(); err != nil {
			t.Fatalf("%v: gcc: %v\n%s\n%s", c.Files, err, out, src.String())
		}
		out, err := exec.Command(exe).Output()
		if err != nil {
			t.Fatalf("%v: probe: %v", c.Files, err)
		}
		got := strings.Split(strings.TrimSpace(string(out)), "\n")
		if len(got) != len(want) {
			t.Fatalf("%v: probe printed %d lines, want %d", c.Files, len(got), len(want))
		}
		for j := range want {
			if got[j] != want[j] {
				t.Errorf("%v: gcc says %q, the model %q", c.Files, got[j], want[j])
			}
		}
	}
}
