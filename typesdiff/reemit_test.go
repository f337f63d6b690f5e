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

// emitRecord writes a struct or union of the model as C, with the layout
// attributes the model records, under a new tag.
func emitRecord(t *Type, tag string) (string, bool) {
	var b strings.Builder
	kw := "struct"
	if t.Kind == Union {
		kw = "union"
	}
	fmt.Fprintf(&b, "%s %s {\n", kw, tag)
	for _, f := range t.Fields {
		decl := ""
		switch {
		case f.Type.Spelling() == "" && (f.Type.Kind == Struct || f.Type.Kind == Union):
			inner, ok := emitRecord(f.Type, "")
			if !ok {
				return "", false
			}
			decl = inner + " " + f.Name
		case f.Type.Kind == Enum && f.Type.Spelling() == "":
			return "", false
		default:
			decl = declString(f.Type, f.Name)
		}
		if f.BitWidth > 0 {
			decl += fmt.Sprintf(" : %d", f.BitWidth)
		}
		if f.Aligned > 0 {
			decl += fmt.Sprintf(" __attribute__((aligned(%d)))", f.Aligned)
		}
		b.WriteString("\t" + decl + ";\n")
	}
	b.WriteString("}")
	if t.Packed {
		b.WriteString(" __attribute__((packed))")
	}
	if t.Aligned > 0 {
		fmt.Fprintf(&b, " __attribute__((aligned(%d)))", t.Aligned)
	}
	return b.String(), true
}

// TestReemitLayout emits every struct and union of layout.h again from
// the model alone (fields, Packed, Aligned, Pack, Field.Aligned), as a
// generator would, and checks with gcc that the copy has the original's
// size, alignment and offsets.
func TestReemitLayout(t *testing.T) {
	if _, err := exec.LookPath("gcc"); err != nil {
		t.Skip("gcc not installed")
	}
	p := load(t, "../testdata/types/layout.h")
	abs, _ := filepath.Abs("../testdata/types/layout.h")
	var src strings.Builder
	fmt.Fprintf(&src, "#include <stdio.h>\n#include <stddef.h>\n#include %q\n", abs)
	var names []string
	for name, ty := range p.Types {
		if (ty.Kind == Struct || ty.Kind == Union) && !ty.System && !ty.Incomplete {
			names = append(names, name)
		}
	}
	sort.Strings(names)
	var main strings.Builder
	var want []string
	for i, name := range names {
		ty := p.Types[name]
		tag := fmt.Sprintf("re%d", i)
		def, ok := emitRecord(ty, tag)
		if !ok {
			continue
		}
		if ty.Pack > 0 {
			def = fmt.Sprintf("#pragma pack(push, %d)\n%s;\n#pragma pack(pop)\n", ty.Pack, def)
		} else {
			def += ";\n"
		}
		src.WriteString(def)
		kw := strings.Fields(name)[0]
		fmt.Fprintf(&main, "\tprintf(\"%s size %%zu align %%zu\\n\", sizeof(%s %s), _Alignof(%s %s));\n", name, kw, tag, kw, tag)
		want = append(want, fmt.Sprintf("%s size %d align %d", name, ty.Size, ty.Align))
		for _, f := range ty.Fields {
			if f.Name != "" && f.BitWidth == 0 {
				fmt.Fprintf(&main, "\tprintf(\"%s.%s %%zu\\n\", offsetof(%s %s, %s));\n", name, f.Name, kw, tag, f.Name)
				want = append(want, fmt.Sprintf("%s.%s %d", name, f.Name, f.Offset))
			}
		}
	}
	src.WriteString("int main(void) {\n" + main.String() + "\treturn 0;\n}\n")
	dir := t.TempDir()
	cfile, exe := filepath.Join(dir, "reemit.c"), filepath.Join(dir, "reemit")
	if err := os.WriteFile(cfile, []byte(src.String()), 0o644); err != nil {
		t.Fatal(err)
	}
	if out, err := exec.Command("gcc", "-w", "-o", exe, cfile).CombinedOutput(); err != nil {
		t.Fatalf("gcc: %v\n%s\n%s", err, out, src.String())
	}
	out, err := exec.Command(exe).Output()
	if err != nil {
		t.Fatal(err)
	}
	got := strings.Split(strings.TrimSpace(string(out)), "\n")
	if len(got) != len(want) || len(want) < 20 {
		t.Fatalf("printed %d lines, want %d", len(got), len(want))
	}
	for i := range want {
		if got[i] != want[i] {
			t.Errorf("re-emitted %q, the original %q", got[i], want[i])
		}
	}
}
