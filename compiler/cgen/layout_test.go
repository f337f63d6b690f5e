package cgen

import (
	"fmt"
	"github.com/xfgen-dev/xfgen/compiler"
	"math/rand/v2"
	"strings"
	"testing"
)

// randomStructs writes n structs of random members: integers of every
// size, bitfields (named, unnamed, zero-width), members packed on their
// own or given _Alignas, arrays, pointers, nested structs, some structs
// packed or under #pragma pack. Each ends in `tail`, of type tailType,
// so a new version can change every struct by changing tailType.
func randomStructs(r *rand.Rand, n int, tailType string) string {
	ints := []string{"char", "unsigned char", "short", "unsigned short", "int", "unsigned int", "long", "unsigned long", "long long"}
	bitTypes := []string{"unsigned char", "unsigned short", "unsigned int", "unsigned long", "int"}
	bitMax := map[string]int{"unsigned char": 8, "unsigned short": 16, "unsigned int": 32, "unsigned long": 57, "int": 32} // cc/v4 lays out no bitfield over 8 bytes
	var b strings.Builder
	for i := range n {
		pack := r.IntN(8) == 0
		if pack {
			fmt.Fprintf(&b, "#pragma pack(push, %d)\n", []int{1, 2, 4}[r.IntN(3)])
		}
		fmt.Fprintf(&b, "struct s%d {\n", i)
		for j := range 1 + r.IntN(7) {
			switch k := r.IntN(10); {
			case k < 3:
				t := bitTypes[r.IntN(len(bitTypes))]
				w := 1 + r.IntN(bitMax[t])
				if r.IntN(4) == 0 {
					fmt.Fprintf(&b, "\t%s : %d;\n", t, []int{0, w}[r.IntN(2)])
				} else {
					fmt.Fprintf(&b, "\t%s b%d : %d;\n", t, j, w)
				}
			case k == 3:
				fmt.Fprintf(&b, "\t%s p%d __attribute__((packed));\n", ints[r.IntN(len(ints))], j)
			case k == 4 && !pack:
				fmt.Fprintf(&b, "\t_Alignas(%d) %s a%d;\n", []int{8, 16, 32}[r.IntN(3)], ints[r.IntN(len(ints))], j)
			case k == 5:
				fmt.Fprintf(&b, "\t%s v%d[%d];\n", ints[r.IntN(len(ints))], j, 1+r.IntN(5))
			case k == 6 && i > 0:
				fmt.Fprintf(&b, "\tstruct s%d n%d;\n", r.IntN(i), j)
			case k == 7:
				fmt.Fprintf(&b, "\tstruct s%d *q%d;\n", i, j)
			default:
				fmt.Fprintf(&b, "\t%s f%d;\n", ints[r.IntN(len(ints))], j)
			}
		}
		fmt.Fprintf(&b, "\t%s tail;\n}", tailType)
		if !pack && r.IntN(8) == 0 {
			b.WriteString(" __attribute__((packed))")
		}
		b.WriteString(";\n")
		if pack {
			b.WriteString("#pragma pack(pop)\n")
		}
		fmt.Fprintf(&b, "extern struct s%d g%d;\n\n", i, i)
	}
	return b.String()
}

// Whatever the layout of the program's structs, the generated file
// rebuilds it: its _Static_asserts of every size and member offset hold
// under gcc.
func TestRandomLayoutsCompile(t *testing.T) {
	needGCC(t)
	for seed := range uint64(30) {
		t.Run(fmt.Sprint(seed), func(t *testing.T) {
			oldH := randomStructs(rand.New(rand.NewPCG(seed, 1)), 60, "int")
			newH := randomStructs(rand.New(rand.NewPCG(seed, 1)), 60, "long")
			spec, old, new, dir := inputs(t, oldH, newH, "")
			plan, ds := compiler.Check(spec, old, new)
			if ds.HasErrors() {
				t.Fatalf("check: %v", ds)
			}
			compiles(t, plan, dir)
		})
	}
}
