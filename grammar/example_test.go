package grammar_test

import (
	"fmt"

	"github.com/xfgen-dev/xfgen/grammar"
)

func ExampleParse() {
	src := "struct conn.fd -> struct conn.sock\nINIT count: { $out = $oldsym(n); }\nINIT x\n"
	f, errs := grammar.Parse("spec.xf", []byte(src))
	for _, r := range f.Rules {
		l := r.Labels[0]
		fmt.Printf("rule at %v: %s", r.Range().Start, l.To.Range().Start)
		if r.Code != nil {
			for _, form := range r.Code.Forms {
				fmt.Printf(", %v at %v", form.Kind, form.Range().Start)
			}
		}
		fmt.Println()
	}
	for _, d := range errs {
		fmt.Println(d)
	}
	// Output:
	// rule at spec.xf:1:1: spec.xf:1:19
	// rule at spec.xf:2:1: spec.xf:2:6, $out at spec.xf:2:15, $oldsym at spec.xf:2:22
	// rule at spec.xf:3:1: spec.xf:3:6
	// spec.xf:3:1: error: INIT needs a code block: write `INIT x: { $out = ...; }` [XF0009]
}

func ExampleFormatSource() {
	out, _ := grammar.FormatSource("spec.xf", []byte("a->b // renamed\nstruct s -> struct s, INIT y:{ $out = 1; }"))
	fmt.Print(string(out))
	// Output:
	// a -> b // renamed
	//
	// struct s -> struct s,
	// INIT y: { $out = 1; }
}
