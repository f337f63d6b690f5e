package gogen

import (
	"fmt"
	"math/rand/v2"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	"github.com/xfgen-dev/xfgen/typesdiff"
)

// layoutHeader has a type of every layout the generator must rebuild.
const layoutHeader = `#include <stdint.h>
#include <stddef.h>
typedef enum { RED, GREEN = 5, BLUE } color_t;
enum small { S_A, S_B = 200 };
enum neg { N_MIN = -3, N_MAX = 3 };
struct flags { unsigned a : 3, b : 5; int c : 7; unsigned : 0; unsigned char d : 2; color_t col : 4;
	unsigned long long big : 40; _Bool on : 1; signed char sc : 3; unsigned : 5; short tail : 9; };
struct packed_s { char c; int i; long l; short s; struct flags f; enum small e; } __attribute__((packed));
struct member_packed { char c; int i __attribute__((packed)); void *p __attribute__((packed)); char z; };
struct aligned_s { char c; } __attribute__((aligned(8)));
struct over { char c; _Alignas(16) int x; };
#pragma pack(push, 2)
struct pk2 { char c; int i; long long l; unsigned u : 20; };
#pragma pack(pop)
union val { int i; double d; char s[13]; struct flags f; unsigned bits : 11; };
struct holder {
	int kind;
	union { int n; float f; };
	struct { short x, y; } pt;
	union val v;
	struct aligned_s as[3];
	struct { char tag; struct { long deep; union { char c; short s; }; }; };
	enum neg sign;
};
struct entry { char *key; struct entry *next; void *data; int (*cb)(int); uint32_t hash; int64_t big;
	double w; float f; unsigned char tag[3]; struct entry *(*pair)[2]; size_t n; };
typedef struct entry entry_t;
typedef struct entry entry;
typedef entry_t *entry_ptr;
struct buf { long n; char c; int data[]; };
struct clash { int value; int Value; int set_x; unsigned x : 3; int old_x; };
struct ld { char c; long double d; __int128 wide; };
struct globals { int g; };
struct empty_tail { int a; char b; } __attribute__((aligned(32)));
typedef struct { int id; struct { int x; } inner; } anon_t;

extern struct flags g_flags;
extern struct packed_s g_packed;
extern struct member_packed g_member_packed;
extern struct over g_over;
extern struct pk2 g_pk2;
extern struct holder g_holder[2];
extern entry_t *g_entry;
extern entry_ptr g_entry2;
extern entry g_entry3;
extern struct buf *g_buf;
extern struct clash g_clash;
extern struct ld g_ld;
extern struct globals g_globals;
extern struct empty_tail g_tail;
extern anon_t g_anon;
extern struct { int a; char b; } g_unnamed;
extern color_t g_color;
`

// randomHeader writes n structs of random members: integers of every
// size, bitfields (named, unnamed, zero-width), members packed on their
// own or given _Alignas, arrays, pointers, nested structs and unions,
// some structs packed or under #pragma pack.
func randomHeader(r *rand.Rand, n int) string {
	ints := []string{"char", "unsigned char", "short", "unsigned short", "int", "unsigned int", "long", "unsigned long", "long long", "double", "float"}
	bitTypes := []string{"unsigned char", "unsigned short", "unsigned int", "unsigned long", "int", "signed char"}
	bitMax := map[string]int{"unsigned char": 8, "unsigned short": 16, "unsigned int": 32, "unsigned long": 57, "int": 32, "signed char": 8}
	var b strings.Builder
	kinds := make([]string, n)
	for i := range n {
		pack := r.IntN(6) == 0
		if pack {
			fmt.Fprintf(&b, "#pragma pack(push, %d)\n", []int{1, 2, 4}[r.IntN(3)])
		}
		kw := "struct"
		if r.IntN(8) == 0 {
			kw = "union"
		}
		kinds[i] = kw
		fmt.Fprintf(&b, "%s r%d {\n", kw, i)
		for j := range 1 + r.IntN(8) {
			switch k := r.IntN(11); {
			case k < 3:
				t := bitTypes[r.IntN(len(bitTypes))]
				w := 1 + r.IntN(bitMax[t])
				if r.IntN(4) == 0 && kw == "struct" {
					fmt.Fprintf(&b, "\t%s : %d;\n", t, []int{0, w}[r.IntN(2)])
				} else {
					fmt.Fprintf(&b, "\t%s b%d : %d;\n", t, j, w)
				}
			case k == 3:
				fmt.Fprintf(&b, "\t%s p%d __attribute__((packed));\n", ints[r.IntN(len(ints))], j)
			case k == 4 && !pack:
				fmt.Fprintf(&b, "\t_Alignas(%d) %s a%d;\n", []int{8, 16, 32}[r.IntN(3)], ints[r.IntN(9)], j)
			case k == 5:
				fmt.Fprintf(&b, "\t%s v%d[%d];\n", ints[r.IntN(len(ints))], j, 1+r.IntN(5))
			case k == 6 && i > 0:
				o := r.IntN(i)
				fmt.Fprintf(&b, "\t%s r%d n%d;\n", kinds[o], o, j)
			case k == 7 && i > 0:
				o := r.IntN(i)
				fmt.Fprintf(&b, "\t%s r%d na%d[2];\n", kinds[o], o, j)
			case k == 8:
				fmt.Fprintf(&b, "\t%s r%d *q%d;\n", kw, i, j)
			case k == 9:
				fmt.Fprintf(&b, "\tunion { %s x; char y[%d]; } u%d;\n", ints[r.IntN(len(ints))], 1+r.IntN(9), j)
			default:
				fmt.Fprintf(&b, "\t%s f%d;\n", ints[r.IntN(len(ints))], j)
			}
		}
		b.WriteString("}")
		if !pack && r.IntN(8) == 0 {
			b.WriteString(" __attribute__((packed))")
		} else if !pack && r.IntN(8) == 0 {
			fmt.Fprintf(&b, " __attribute__((aligned(%d)))", []int{4, 8, 16}[r.IntN(3)])
		}
		b.WriteString(";\n")
		if pack {
			b.WriteString("#pragma pack(pop)\n")
		}
		fmt.Fprintf(&b, "extern %s r%d g%d;\n\n", kw, i, i)
	}
	return b.String()
}

// The generated types have the C layout: for every type the globals
// reach, Go's unsafe.Sizeof, Alignof and Offsetof of every member say
// what gcc's sizeof, _Alignof and offsetof say, and every bitfield set
// through its setter leaves the bytes gcc's assignment leaves and reads
// back what gcc reads.
func TestLayoutMatchesGCC(t *testing.T) {
	for _, tool := range []string{"gcc", "go"} {
		if _, err := exec.LookPath(tool); err != nil {
			t.Skipf("%s not found", tool)
		}
	}
	headers := map[string]string{"fixed": layoutHeader}
	for seed := range uint64(12) {
		headers[fmt.Sprintf("random%d", seed)] = randomHeader(rand.New(rand.NewPCG(seed, 7)), 40)
	}
	for name, h := range headers {
		t.Run(name, func(t *testing.T) {
			t.Parallel()
			dir := t.TempDir()
			hpath := filepath.Join(dir, "types.h")
			write(t, hpath, h)
			p, ds := typesdiff.Load(typesdiff.Config{Files: []string{hpath}})
			if ds.HasErrors() {
				t.Fatalf("load: %v", ds)
			}
			old, _ := versions(p, &typesdiff.Program{}, nil, nil)
			src, err := typesFile("main", old)
			if err != nil {
				t.Fatal(err)
			}
			goProg, cProg := layoutPrograms(old)
			write(t, filepath.Join(dir, "go", "types.go"), string(src))
			write(t, filepath.Join(dir, "go", "main.go"), goProg)
			write(t, filepath.Join(dir, "go", "go.mod"), "module layoutcheck\n\ngo 1.26\n")
			write(t, filepath.Join(dir, "check.c"), cProg)
			goOut := run(t, filepath.Join(dir, "go"), "go", "run", ".")
			run(t, dir, "gcc", "-std=gnu11", "-w", "-o", "check", "check.c")
			cOut := run(t, dir, "./check")
			if goOut != cOut {
				diffLines(t, cOut, goOut)
			}
			if strings.Count(cOut, "\n") < 10 {
				t.Fatalf("the check printed almost nothing:\n%s", cOut)
			}
		})
	}
}

// layoutPrograms writes a Go and a C program that print, for every
// named type of v, its size and alignment and every member's offset and
// size, and the bytes and values of its bitfields once set.
//
// Go aligns nothing beyond 8 bytes: the C program prints alignments
// capped at 8, which is what the Go types keep (their sizes and offsets
// stay exact).
func layoutPrograms(v *version) (goSrc, cSrc string) {
	var g, c strings.Builder
	g.WriteString("package main\n\nimport (\n\t\"fmt\"\n\t\"unsafe\"\n)\n\nvar _ = unsafe.Sizeof(0)\n\nfunc dump(p unsafe.Pointer, n uintptr) {\n\tfor _, b := range unsafe.Slice((*byte)(p), n) {\n\t\tfmt.Printf(\"%02x\", b)\n\t}\n\tfmt.Println()\n}\n\nfunc main() {\n")
	c.WriteString("#include <stddef.h>\n#include <stdio.h>\n#include <string.h>\n#include \"types.h\"\n#define CAP(a) ((a) > 8 ? 8 : (a))\n" +
		"static void dump(const void *p, size_t n) { for (size_t i = 0; i < n; i++) printf(\"%02x\", ((const unsigned char *)p)[i]); printf(\"\\n\"); }\nint main(void) {\n")
	typedefOf := map[*typesdiff.Type]string{}
	for _, t := range v.prog.Types {
		if t.Kind == typesdiff.Typedef && t.Elem != nil && t.Elem.Spelling() == "" {
			typedefOf[t.Elem] = t.Name
		}
	}
	for i, t := range v.order {
		cname := t.Spelling()
		if cname == "" {
			cname = typedefOf[t]
		}
		if cname == "" || t.Incomplete || t.Kind == typesdiff.Typedef && t.Underlying().Incomplete {
			continue // no C name to check it by; its parent's offsets do
		}
		gname := v.names[t]
		fmt.Fprintf(&g, "\t{\n\t\tvar x %s\n\t\tfmt.Printf(\"%s size %%d align %%d\\n\", unsafe.Sizeof(x), unsafe.Alignof(x))\n", gname, cname)
		fmt.Fprintf(&c, "\t{\n\t\t%s x; memset(&x, 0, sizeof x);\n\t\tprintf(\"%s size %%zu align %%zu\\n\", sizeof x, CAP(_Alignof(%s)));\n", cname, cname, cname)
		if u := t.Underlying(); u.Kind == typesdiff.Struct || u.Kind == typesdiff.Union {
			var bits [][2]string
			checkMembers(&g, &c, v, cname, u, "", "x.", &bits, i)
			if len(bits) > 0 {
				g.WriteString("\t\tdump(unsafe.Pointer(&x), unsafe.Sizeof(x))\n")
				c.WriteString("\t\tdump(&x, sizeof x);\n")
				for _, b := range bits {
					fmt.Fprintf(&g, "\t\tfmt.Printf(\"%s.%s = %%d\\n\", int64(x.%s()))\n", cname, b[1], b[0])
					fmt.Fprintf(&c, "\t\tprintf(\"%s.%s = %%lld\\n\", (long long)x.%s);\n", cname, b[1], b[1])
				}
			}
		}
		g.WriteString("\t}\n")
		c.WriteString("\t}\n")
	}
	g.WriteString("}\n")
	c.WriteString("}\n")
	return g.String(), c.String()
}

// checkMembers prints the members of struct or union t, reached from x
// through the C path cpath (members of anonymous members are reached
// as C and Go promote them), and sets its bitfields, whose Go getters
// and C paths it appends to bits.
func checkMembers(g, c *strings.Builder, v *version, cname string, t *typesdiff.Type, cpath, gpath string, bits *[][2]string, seed int) {
	l := v.layouts[t]
	for j, f := range t.Fields {
		m := l.members[f]
		cf := cpath + f.Name
		switch m.access {
		case direct:
			fmt.Fprintf(g, "\t\tfmt.Printf(\"%s.%s at %%d size %%d\\n\", unsafe.Offsetof(x.%s), unsafe.Sizeof(x.%s))\n", cname, cf, m.name, m.name)
			fmt.Fprintf(c, "\t\tprintf(\"%s.%s at %%zu size %%zu\\n\", offsetof(%s, %s), sizeof x.%s);\n", cname, cf, cname, cf, cf)
		case embedded:
			checkMembers(g, c, v, cname, f.Type.Underlying(), cpath, gpath+m.name+".", bits, seed+j)
		case viaBytes:
			if f.Name == "" {
				continue // an anonymous member packed below its alignment: its members are not promoted
			}
			at := fmt.Sprintf("unsafe.Offsetof(x.%s)", m.storage)
			if m.storage == "data" {
				// Offsetof is relative to the innermost struct: add the path's.
				at = fmt.Sprintf("uintptr(unsafe.Pointer(&%sdata))-uintptr(unsafe.Pointer(&x))+%d", gpath, f.Offset)
			}
			fmt.Fprintf(g, "\t\tfmt.Printf(\"%s.%s at %%d size %%d\\n\", %s, unsafe.Sizeof(x.%s()))\n", cname, cf, at, m.name)
			fmt.Fprintf(c, "\t\tprintf(\"%s.%s at %%zu size %%zu\\n\", offsetof(%s, %s), sizeof x.%s);\n", cname, cf, cname, cf, cf)
		case viaBits:
			val := (uint64(0x9e3779b97f4a7c15) >> ((seed + j) % 23)) & (1<<f.BitWidth - 1)
			fmt.Fprintf(g, "\t\t{\n\t\t\tp := uint64(%d)\n\t\t\tx.%s(%s(p))\n\t\t}\n", val, m.setter, m.goType)
			fmt.Fprintf(c, "\t\tx.%s = %dULL;\n", cf, val)
			*bits = append(*bits, [2]string{m.name, cf})
		case flexible:
			fmt.Fprintf(g, "\t\tfmt.Printf(\"%s.%s at %%d\\n\", uintptr(unsafe.Pointer(&x.%s(1)[0]))-uintptr(unsafe.Pointer(&x)))\n", cname, cf, m.name)
			fmt.Fprintf(c, "\t\tprintf(\"%s.%s at %%zu\\n\", offsetof(%s, %s));\n", cname, cf, cname, cf)
		}
	}
}

func write(t testing.TB, path, text string) {
	t.Helper()
	if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(path, []byte(text), 0o644); err != nil {
		t.Fatal(err)
	}
}

func run(t testing.TB, dir, name string, args ...string) string {
	t.Helper()
	cmd := exec.Command(name, args...)
	cmd.Dir = dir
	out, err := cmd.Output()
	if err != nil {
		msg := ""
		if ee, ok := err.(*exec.ExitError); ok {
			msg = string(ee.Stderr)
		}
		t.Fatalf("%s %s: %v\n%s%s", name, strings.Join(args, " "), err, out, msg)
	}
	return string(out)
}

// diffLines reports the first lines where want and got differ.
func diffLines(t *testing.T, want, got string) {
	t.Helper()
	w, g := strings.Split(want, "\n"), strings.Split(got, "\n")
	n := 0
	for i := 0; i < max(len(w), len(g)) && n < 12; i++ {
		var a, b string
		if i < len(w) {
			a = w[i]
		}
		if i < len(g) {
			b = g[i]
		}
		if a != b {
			t.Errorf("line %d: gcc says %q, Go says %q", i+1, a, b)
			n++
		}
	}
}
