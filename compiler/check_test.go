package compiler

import (
	"fmt"
	"os"
	"strings"
	"testing"

	"github.com/xfgen-dev/xfgen/diag"
	"github.com/xfgen-dev/xfgen/grammar"
)

const connOld = `struct conn { int fd; int port; struct conn *next; };
extern struct conn *conns;
extern int count;
`

// Each case names the diagnostics its spec and headers must produce,
// with their exact positions; nothing else may be reported.
// twoOld and twoNew: a struct that gains a field, and a new variable.
const (
	twoOld = "struct s { int a; int b; };\nextern struct s g;\nextern int v;\n"
	twoNew = "struct s { int a; int b; int x; };\nextern struct s g;\nextern int v;\nextern int w;\n"
)

var checkCases = []struct {
	name           string
	old, new, spec string
	want           []want
}{
	{
		name: "unknown variable, with suggestion",
		old:  connOld, new: connOld,
		spec: "count -> cuont\n",
		want: []want{w("spec.xf:1:10", "error", "XF0101", "the new version has no variable `cuont`", "did you mean `count`?")},
	},
	{
		name: "unknown old variable",
		old:  connOld, new: connOld,
		spec: "nothing_like_it -> count\n",
		want: []want{w("spec.xf:1:1", "error", "XF0101", "the old version has no variable `nothing_like_it`")},
	},
	{
		name: "unknown type, with suggestion",
		old:  connOld, new: connOld,
		spec: "struct con -> struct conn: { XF_ASSIGN($out, $in); }\n",
		want: []want{w("spec.xf:1:1", "error", "XF0102", "the old version has no type `struct con`", "did you mean `struct conn`?")},
	},
	{
		name: "unknown field, with suggestion",
		old:  connOld, new: connOld,
		spec: "struct conn.fd -> struct conn.prot\n",
		want: []want{w("spec.xf:1:31", "error", "XF0103", "`struct conn` of the new version has no field `prot`", "did you mean `port`?")},
	},
	{
		name: "field of a non-struct",
		old:  connOld, new: connOld,
		spec: "struct conn.fd.x -> struct conn.fd\n",
		want: []want{w("spec.xf:1:16", "error", "XF0103", "is an integer, not a struct or union")},
	},
	{
		name: "INIT of a whole type",
		old:  connOld, new: connOld,
		spec: "INIT struct conn: { $out.fd = 0; }\n",
		want: []want{w("spec.xf:1:1", "error", "XF0104", "INIT applies to a variable or a field")},
	},
	{
		name: "variable mapped to a type",
		old:  connOld, new: connOld,
		spec: "count -> struct conn\n",
		want: []want{w("spec.xf:1:1", "error", "XF0104", "maps a variable to a type")},
	},
	{
		name: "field mapped to a type",
		old:  connOld, new: connOld,
		spec: "struct conn.fd -> struct conn\n",
		want: []want{w("spec.xf:1:1", "error", "XF0104", "maps a field to a type")},
	},
	{
		name: "$in in an INIT",
		old:  connOld, new: connOld + "extern int fresh;\n",
		spec: "INIT fresh: { $out = $in; }\n",
		want: []want{w("spec.xf:1:22", "error", "XF0110", "`$in` has no meaning in an INIT rule")},
	},
	{
		name: "$base outside a field rule",
		old:  connOld, new: connOld,
		spec: "count -> count: { $out = $base.fd; }\n",
		want: []want{w("spec.xf:1:26", "error", "XF0111", "`$base` is the old struct holding a field", "here use `$in` for the old value")},
	},
	{
		// There is no $in to suggest in an INIT rule.
		name: "$base in an INIT of a variable",
		old:  connOld, new: connOld + "extern int added;\n",
		spec: "INIT added: { $out = $base.fd; }\n",
		want: []want{w("spec.xf:1:22", "error", "XF0111", "`$base` is the old struct holding a field", "an INIT rule has no old value: read an old variable with `$oldsym(KEY)`")},
	},
	{
		name: "a field whose old value a rule gives to another",
		old:  twoOld, new: twoNew,
		spec: "struct s.a -> struct s.x\nINIT w: { $out = 0; }\n",
		want: []want{w("new.h:1:16", "error", "XF0131", "field `a` of struct s gets no value: the rule at 1:1 gives the old `a` to `x` instead; add `struct s.a -> struct s.a` to copy it into both")},
	},
	{
		name: "an old field in two new ones, one of which has a field of the same name",
		old:  twoOld, new: twoNew,
		spec: "struct s.a -> struct s.x\nstruct s.a -> struct s.b\nINIT w: { $out = 0; }\nINIT struct s.a: { $out = 0; }\n",
		want: []want{
			w("old.h:1:16", "info", "XF0144", "field `a` of the old struct s fills 2 new fields, `b` and `x`: each gets its own copy of the value"),
			w("old.h:1:23", "warning", "XF0141", "the old values of field `b` of struct s are dropped: the new `b` gets its value from the rule at 2:1"),
		},
	},
	{
		// a -> a is needed once a -> x takes a away: no restatement.
		name: "an old field copied into its namesake and another",
		old:  twoOld, new: twoNew,
		spec: "struct s.a -> struct s.x\nstruct s.a -> struct s.a\nINIT w: { $out = 0; }\n",
		want: []want{w("old.h:1:16", "info", "XF0144", "fills 2 new fields, `a` and `x`")},
	},
	{
		name: "an old variable in two new ones",
		old:  twoOld, new: twoNew,
		spec: "v -> w\nINIT struct s.x: { $out = 0; }\n",
		want: []want{w("old.h:3:12", "warning", "XF0144", "variable `v` of the old version fills 2 new variables, `v` and `w`", "if only one should, give the others an INIT rule")},
	},
	{
		name: "$oldsym and $newsym of missing variables",
		old:  connOld, new: connOld,
		spec: "count -> count: { $out = $oldsym(cuont) + $newsym(nope); }\n",
		want: []want{
			w("spec.xf:1:34", "error", "XF0112", "the old version has no variable `cuont`", "did you mean `count`?"),
			w("spec.xf:1:51", "error", "XF0112", "the new version has no variable `nope`"),
		},
	},
	{
		name: "$oldtype and $newtype of missing types",
		old:  connOld, new: connOld,
		spec: "count -> count: { $oldtype(struct cnn) *a = 0; $newtype(struct list) *b = 0; (void)a; (void)b; $out = $in; }\n",
		want: []want{
			w("spec.xf:1:28", "error", "XF0113", "the old version has no type `struct cnn`", "did you mean `struct conn`?"),
			w("spec.xf:1:57", "error", "XF0113", "the new version has no type `struct list`"),
		},
	},
	{
		name: "$xform of a primitive type",
		old:  connOld, new: connOld,
		spec: "count -> count: { XF_INVOKE($xform(int, int), &$in, &$out); }\n",
		want: []want{w("spec.xf:1:29", "error", "XF0114", "`$xform` of the primitive type `int`")},
	},
	{
		name: "$gen outside a generic rule",
		old:  connOld, new: connOld,
		spec: "count -> count: { XF_INVOKE($gen(t), &$in, &$out); }\n",
		want: []want{w("spec.xf:1:29", "error", "XF0115", "only in a rule on a generic type")},
	},
	{
		name: "$gen of an unknown parameter",
		old: `#include "xfgen/annotations.h"
struct list { void E_T(@t) *data; struct list E_G(@t) *next; } E_GENERIC(@t);
struct item { int id; };
extern struct list E_G(struct item) *items;
`,
		new: `#include "xfgen/annotations.h"
struct list { void E_T(@t) *data; struct list E_G(@t) *next; } E_GENERIC(@t);
struct item { int id; };
extern struct list E_G(struct item) *items;
`,
		spec: "struct list -> struct list: { XF_INVOKE(XF_PTR($gen(u)), &$in.data, &$out.data); }\n",
		want: []want{w("spec.xf:1:53", "error", "XF0115", "`struct list` has no generic parameter `@u`; it has @t")},
	},
	{
		name: "$ forms in the preamble",
		old:  connOld, new: connOld,
		spec: "{ static int f(void) { return $in; } }\n",
		want: []want{w("spec.xf:1:31", "error", "XF0117", "`$in` has no meaning in the preamble")},
	},
	{
		name: "two rules for one target",
		old:  connOld, new: connOld,
		spec: "count -> count: { $out = 1; }\nINIT count: { $out = 2; }\n",
		want: []want{w("spec.xf:2:1", "error", "XF0120", "a second rule for `count`")},
	},
	{
		name: "a rule that matches nothing",
		old:  connOld + "struct unused { int a; };\n", new: connOld + "struct unused { long a; };\n",
		spec: "struct unused.a -> struct unused.a: { $out = $in; }\n",
		want: []want{w("spec.xf:1:1", "warning", "XF0121", "this rule matches nothing", "struct unused")},
	},
	{
		name: "a rule that restates inference",
		old:  connOld, new: connOld,
		spec: "count -> count\n",
		want: []want{w("spec.xf:1:1", "warning", "XF0122", "`count` restates what inference does anyway")},
	},
	{
		name: "added variable",
		old:  connOld, new: connOld + "extern int connected_count;\n",
		want: []want{w("new.h:4:12", "error", "XF0130", "variable `connected_count` is new", "add `INIT connected_count: { $out = 0; }`")},
	},
	{
		name: "renamed variable without a rule",
		old:  connOld + "extern long uptime;\n", new: connOld + "extern long uptim;\n",
		want: []want{
			w("new.h:4:13", "error", "XF0130", "variable `uptim` is new", "or `uptime -> uptim` if it is the old `uptime` renamed"),
			w("old.h:4:13", "warning", "XF0140", "variable `uptime` of the old version is not in the new one", "add `uptime -> uptim`"),
		},
	},
	{
		name: "a removed variable read with $oldsym is not dropped",
		old:  connOld + "extern long uptime;\n", new: connOld + "extern long started;\n",
		spec: "INIT started: { $out = $oldsym(uptime); }\n",
		want: nil,
	},
	{
		name: "added field",
		old:  connOld, new: "struct conn { int fd; int port; struct conn *next; int retries; };\nextern struct conn *conns;\nextern int count;\n",
		want: []want{w("new.h:1:56", "error", "XF0131", "field `retries` of struct conn is new", "add `INIT struct conn.retries: { $out = 0; }`")},
	},
	{
		name: "narrowing and signedness",
		old:  "extern long total; extern int signed_count;\n", new: "extern int total; extern unsigned signed_count;\n",
		want: []want{
			w("new.h:1:12", "error", "XF0132", "variable `total` changes from `long` to the narrower `int`", "`total -> total: { $out = $in; /* check the range */ }`"),
			w("new.h:1:35", "error", "XF0132", "variable `signed_count` changes from `int` to the differently signed `unsigned int`"),
		},
	},
	{
		name: "narrowing through a rule without code",
		old:  "extern long total;\n", new: "extern int sum;\n",
		spec: "total -> sum\n",
		want: []want{w("spec.xf:1:1", "error", "XF0132", "variable `sum` changes from `long` to the narrower `int`", "give this rule code")},
	},
	{
		name: "pointer to integer",
		old:  "extern int *ptr;\n", new: "extern long ptr;\n",
		want: []want{w("new.h:1:13", "error", "XF0133", "changes from `int *` to `long`, a pointer/integer change")},
	},
	{
		name: "changed union",
		old:  "union u { int a; float b; };\nextern union u payload;\n", new: "union u { int a; double b; };\nextern union u payload;\n",
		want: []want{w("new.h:2:16", "error", "XF0134", "variable `payload` is a union whose members changed")},
	},
	{
		name: "union with a member to migrate",
		old:  "union cb { void (*fn)(int); long raw; };\nextern union cb hook;\n", new: "union cb { void (*fn)(int); long raw; };\nextern union cb hook;\n",
		want: []want{w("new.h:2:17", "error", "XF0134", "variable `hook` is a union (`union cb`) whose member `fn` must be migrated")},
	},
	{
		name: "enumerator missing from the new enum",
		old:  "enum color { RED, GREEN, PURPLE };\nextern enum color paint;\n", new: "enum color { GREEN, RED };\nextern enum color paint;\n",
		want: []want{w("new.h:1:6", "error", "XF0135", "the new `enum color` has no enumerator `PURPLE`")},
	},
	{
		name: "an old value with two names that the new enum tells apart",
		old:  "enum st { ST_A, ST_B, ST_OLD = ST_B };\nextern enum st state;\n", new: "enum st { ST_A, ST_B, ST_OLD };\nextern enum st state;\n",
		want: []want{w("new.h:1:23", "error", "XF0145", "the old value 1 of `enum st` has two names, `ST_B` and `ST_OLD`, which the new `enum st` gives different values (1 and 2)", "map ST_OLD (1): to ST_B (1) or ST_OLD (2)")},
	},
	{
		name: "an old value with two names that stay one value",
		old:  "enum st { ST_A, ST_B, ST_OLD = ST_B };\nextern enum st state;\n", new: "enum st { ST_B, ST_A, ST_OLD = ST_B };\nextern enum st state;\n",
		want: []want{},
	},
	{
		name: "an old value with two names that a rule maps",
		old:  "enum st { ST_A, ST_B, ST_OLD = ST_B };\nextern enum st state;\n", new: "enum st { ST_A, ST_B, ST_OLD };\nextern enum st state;\n",
		spec: "enum st -> enum st: { $out = $in == ST_B ? ST_OLD : $in; }\n",
		want: []want{},
	},
	{
		name: "a generic's argument renamed with its type",
		old:  "#include \"xfgen/annotations.h\"\nstruct list { void E_T(@t) *data; struct list E_G(@t) *next; } E_GENERIC(@t);\nstruct a { int x; };\nextern struct list E_G(struct a) *l;\n",
		new:  "#include \"xfgen/annotations.h\"\nstruct list { void E_T(@t) *data; struct list E_G(@t) *next; } E_GENERIC(@t);\nstruct b { int x; };\nextern struct list E_G(struct b) *l;\n",
		spec: "struct a -> struct b\n",
		want: []want{},
	},
	{
		name: "a generic's argument the new version lacks",
		old:  "#include \"xfgen/annotations.h\"\nstruct list { void E_T(@t) *data; struct list E_G(@t) *next; } E_GENERIC(@t);\nstruct a { int x; };\nextern struct list E_G(struct a) *l;\n",
		new:  "#include \"xfgen/annotations.h\"\nstruct list { void E_T(@t) *data; struct list E_G(@t) *next; } E_GENERIC(@t);\nstruct b { int x; };\nextern struct list E_G(struct c) *l;\n",
		spec: "struct a -> struct b\n",
		want: []want{w("new.h:4:35", "error", "XF0137", "E_G(struct c) on variable `l` names a type that the new version lacks"), w("spec.xf:1:1", "warning", "XF0121", "matches nothing")},
	},
	{
		name: "shrunk and grown arrays",
		old:  "extern int slots[8]; extern int more[2];\n", new: "extern int slots[4]; extern int more[3];\n",
		want: []want{
			w("new.h:1:12", "error", "XF0136", "variable `slots` shrinks from 8 to 4 elements"),
			w("new.h:1:33", "warning", "XF0142", "variable `more` grows from 2 to 3 elements"),
		},
	},
	{
		name: "E_G of a type a version lacks",
		old: `#include "xfgen/annotations.h"
struct list { void E_T(@t) *data; struct list E_G(@t) *next; } E_GENERIC(@t);
struct item { int id; };
extern struct list E_G(struct item) *items;
`,
		new: `#include "xfgen/annotations.h"
struct list { void E_T(@t) *data; struct list E_G(@t) *next; } E_GENERIC(@t);
struct thing { int id; };
extern struct list E_G(struct item) *items;
`,
		want: []want{w("new.h:4:38", "error", "XF0137", "E_G(struct item) on variable `items` names a type that the new version lacks")},
	},
	{
		name: "flexible array member in a changed struct",
		old:  "struct msg { int len; char data[]; };\nextern struct msg *m;\n", new: "struct msg { long len; char data[]; };\nextern struct msg *m;\n",
		want: []want{w("new.h:1:29", "error", "XF0138", "field `data` of struct msg is a flexible array member", "`struct msg -> struct msg: {")},
	},
	{
		name: "array variable without a size",
		old:  "extern int table[];\n", new: "extern int table[];\n",
		want: []want{w("new.h:1:12", "error", "XF0139", "variable `table` is an array declared without a size")},
	},
	{
		name: "an automatic local named as a static one",
		old:  "extern int count;\nint handle(void) { int pending = 0; return pending + count; }\n",
		new:  "extern int count;\nextern int seen;\nint handle(void) { int pending = 0; return pending + count; }\n",
		spec: "handle#pending -> count\nINIT seen: { $out = $oldsym(srv.c/handle#pending); }\n",
		want: []want{
			w("spec.xf:1:1", "error", "XF0101", "the old version has no variable `handle#pending`", "only static locals can be named", "declare `pending` `static` in both versions"),
			w("spec.xf:2:29", "error", "XF0112", "no variable `srv.c/handle#pending`", "a `static` local of `handle`, and only static locals can be named"),
		},
	},
	{
		name: "unknown xfgen pragma",
		old:  connOld, new: connOld,
		spec: "{\nstatic int k;\n#pragma xfgen own_names both\n}\n",
		want: []want{w("spec.xf:3:1", "error", "XF0118", "unknown xfgen pragma `own_names both`", "`#pragma xfgen own_names new`")},
	},
	{
		name: "own names for both versions",
		old:  connOld, new: connOld,
		spec: "{\n#pragma xfgen own_names new\n#pragma xfgen own_names old\n}\n",
		want: []want{w("spec.xf:3:1", "error", "XF0118", "only one version's types can keep their own names")},
	},
	{
		name: "xform transformers for a type that is not generic",
		old:  connOld, new: connOld,
		spec: "conns -> conns: { XF_INVOKE(XF_PTR($xform(struct conn, struct conn, XF_RAW(4))), &$in, &$out); }\n",
		want: []want{w("spec.xf:1:69", "error", "XF0116", "`struct conn` is not generic", "remove them")},
	},
	{
		name: "xform transformers fewer than the parameters",
		old:  "#include \"xfgen/annotations.h\"\nstruct pair { void E_T(@k) *k; void E_T(@v) *v; } E_GENERIC(@k, @v);\nextern struct pair *p;\n",
		new:  "#include \"xfgen/annotations.h\"\nstruct pair { void E_T(@k) *k; void E_T(@v) *v; } E_GENERIC(@k, @v);\nextern struct pair *p;\n",
		spec: "p -> p: { XF_INVOKE(XF_PTR($xform(struct pair, struct pair, XF_RAW(4))), &$in, &$out); }\n",
		want: []want{w("spec.xf:1:61", "error", "XF0116", "`struct pair` has 2 generic parameters (@k, @v), so `$xform` takes 2 transformers after the two types, not 1")},
	},
	{
		name: "const globals are no state",
		old:  "extern const char rev[];\nstruct cfg { int port; };\nextern const struct cfg defaults;\n",
		new:  "extern const char rev[];\nstruct cfg { int port; int backlog; };\nextern const struct cfg defaults;\nextern const int build;\n",
	},
	{
		name: "a pointer still needs the const struct's added field",
		old:  "struct cfg { int port; };\nextern const struct cfg defaults;\nextern const struct cfg *cur;\n",
		new:  "struct cfg { int port; int backlog; };\nextern const struct cfg defaults;\nextern const struct cfg *cur;\n",
		want: []want{w("new.h:1:28", "error", "XF0131", "backlog")},
	},
	{
		name: "generic struct used without arguments",
		old:  "#include \"xfgen/annotations.h\"\nstruct list { void E_T(@t) *data; struct list E_G(@t) *next; } E_GENERIC(@t);\nextern struct list *plain;\n",
		new:  "#include \"xfgen/annotations.h\"\nstruct list { void E_T(@t) *data; struct list E_G(@t) *next; } E_GENERIC(@t);\nextern struct list *plain;\n",
		want: []want{w("new.h:3:21", "warning", "XF0143", "variable `plain` uses the generic struct list without E_G(...) arguments")},
	},
	{
		name: "dropped field",
		old:  "struct s { int a; int legacy_flags; };\nextern struct s v;\n", new: "struct s { int a; };\nextern struct s v;\n",
		want: []want{w("old.h:1:23", "warning", "XF0141", "field `legacy_flags` of struct s is gone")},
	},
}

func TestCheckDiagnostics(t *testing.T) {
	for _, tc := range checkCases {
		t.Run(tc.name, func(t *testing.T) {
			spec, old, new, _ := inputs(t, tc.old, tc.new, tc.spec)
			_, ds := Check(spec, old, new)
			expectDiags(t, ds, tc.want...)
		})
	}
}

// Every code of the table in codes.go is exercised by a case above.
func TestEveryCodeTested(t *testing.T) {
	tested := map[string]bool{}
	for _, tc := range checkCases {
		for _, w := range tc.want {
			tested[w.code] = true
		}
	}
	tested[codeFormArgs] = true // TestFormArgCount
	for _, code := range allCodes {
		if !tested[code] {
			t.Errorf("code %s has no test case", code)
		}
	}
}

func TestFixesInsertRules(t *testing.T) {
	spec, old, new, _ := inputs(t, connOld, connOld+"extern int connected_count;\n", "count -> count: { $out = $in; }")
	_, ds := Check(spec, old, new)
	if len(ds) != 1 || len(ds[0].Fixes) != 1 {
		t.Fatalf("want one diagnostic with a fix, got %v", ds)
	}
	e := ds[0].Fixes[0].Edits[0]
	if e.Range.Start.Line != 1 || e.Range.Start.Col != 32 || e.Range.Start.Offset != 31 {
		t.Errorf("fix inserts at %v, want the end of the spec (1:32)", e.Range.Start)
	}
	if e.NewText != "\n\nINIT connected_count: { $out = 0; }\n" { // a blank line between rules
		t.Errorf("fix text %q", e.NewText)
	}
	// Applying the fix makes the spec check clean.
	src := string(spec.Src[:e.Range.Start.Offset]) + e.NewText
	if formatted, _ := grammar.FormatSource("spec.xf", []byte(src)); string(formatted) != src {
		t.Errorf("the fixed spec is not in the formatter's layout:\n%s\nformatted:\n%s", src, formatted)
	}
	spec2, old2, new2, _ := inputs(t, connOld, connOld+"extern int connected_count;\n", src)
	if _, ds := Check(spec2, old2, new2); len(ds) != 0 {
		t.Errorf("after the fix: %v", ds)
	}
}

func TestUnknownNameFix(t *testing.T) {
	spec, old, new, _ := inputs(t, connOld, connOld, "struct conn.fd -> struct conn.prot\n")
	_, ds := Check(spec, old, new)
	if len(ds) != 1 || len(ds[0].Fixes) != 1 || ds[0].Fixes[0].Edits[0].NewText != "port" {
		t.Fatalf("want a fix replacing the name with `port`: %+v", ds)
	}
}

func TestNilSpecAndEmptyPrograms(t *testing.T) {
	plan, ds := Check(nil, nil, nil)
	if plan == nil || len(ds) != 0 {
		t.Fatalf("Check(nil, nil, nil) = %v, %v", plan, ds)
	}
}

func TestDiagnosticsAreSorted(t *testing.T) {
	_, old, new, _ := inputs(t, "extern long a; extern long b;\n", "extern int a; extern int b;\n", "")
	_, ds := Check(nil, old, new)
	if len(ds) != 2 || ds[0].Range.Start.Offset > ds[1].Range.Start.Offset {
		t.Fatalf("not sorted: %v", ds)
	}
	var _ diag.List = ds
	if !strings.Contains(ds[0].String(), "new.h:1:12: error:") {
		t.Errorf("format: %s", ds[0])
	}
}

func TestFieldRuleFromAnotherStruct(t *testing.T) {
	spec, old, new, _ := inputs(t, "struct a { int x; };\nstruct b { int z; };\nextern struct b v;\nextern struct a w;\n",
		"struct a { int x; };\nstruct b { int y; };\nextern struct b v;\nextern struct a w;\n",
		"struct a.x -> struct b.y\n")
	_, ds := Check(spec, old, new)
	expectDiags(t, ds,
		w("spec.xf:1:1", "error", "XF0103", "this rule takes field `x` of the old struct a, but the new struct b is migrated from the old struct b, which has no field `x`"),
		w("old.h:2:16", "warning", "XF0141", "field `z` of struct b is gone"))
}

// The rules that fixes add make the spec check clean, and the code they
// carry compiles.
func TestFixesMakeSpecsWork(t *testing.T) {
	cases := []struct{ old, new string }{
		{"extern long total;\n", "extern int total;\n"},
		{"union u { int a; float b; };\nextern union u payload;\n", "union u { int a; double b; };\nextern union u payload;\n"},
		{"struct s { int a; };\nextern struct s v;\n", "struct s { int a; int b; };\nextern struct s v;\n"},
		{"extern int a;\n", "extern int a;\nextern struct { int x; } fresh;\n"},
		{"enum c { R, G, P };\nextern enum c paint;\n", "enum c { G, R };\nextern enum c paint;\n"},
	}
	for _, tc := range cases {
		src := "// fixed\n"
		spec, old, new, _ := inputs(t, tc.old, tc.new, src)
		_, ds := Check(spec, old, new)
		if !ds.HasErrors() {
			t.Fatalf("%q: no error to fix", tc.new)
		}
		for _, d := range ds {
			for _, f := range d.Fixes {
				for _, e := range f.Edits {
					src += e.NewText
				}
			}
		}
		spec, old, new, dir := inputs(t, tc.old, tc.new, src)
		plan, ds := Check(spec, old, new)
		if ds.HasErrors() {
			t.Errorf("%q with the fixes:\n%s\nstill: %v", tc.new, src, ds)
			continue
		}
		// The rules come out in the formatter's layout.
		if formatted, errs := grammar.FormatSource("spec.xf", []byte(src)); errs.HasErrors() || string(formatted) != src {
			t.Errorf("%q: the fixed spec is not in canonical layout:\n%s\nformatted:\n%s", tc.new, src, formatted)
		}
		compiles(t, plan, dir)
	}
}

// The parser rejects forms with the wrong number of arguments; the
// checker still guards against such an AST (the language server may
// hand it a partial one).
func TestFormArgCount(t *testing.T) {
	spec, old, new, _ := inputs(t, connOld, connOld, "count -> count: { $out = $oldsym(count); }\n")
	f := spec.Rules[0].Code.Forms[1]
	f.Args = append(f.Args, f.Args[0])
	_, ds := Check(spec, old, new)
	expectDiags(t, ds, w("spec.xf:1:26", "error", "XF0116", "`$oldsym` takes 1 argument, not 2"))
}

// Diagnostics at a header declaration span its name, for an editor to
// underline: the added field, and the old variable of a narrowing.
func TestHeaderRangesSpanTheName(t *testing.T) {
	spec, old, new, _ := inputs(t, connOld+"extern long total;\n",
		"struct conn { int fd; int port; struct conn *next; int retries; };\nextern struct conn *conns;\nextern int count;\nextern int total;\n", "")
	_, ds := Check(spec, old, new)
	spans := map[string]string{}
	for _, d := range ds {
		r := d.Range
		if r.End.Line != r.Start.Line || r.End.Offset-r.Start.Offset != r.End.Col-r.Start.Col {
			t.Errorf("%s: inconsistent range %+v", d.Code, r)
		}
		src, err := os.ReadFile(r.Start.File)
		if err != nil {
			t.Fatal(err)
		}
		spans[d.Code] = string(src[r.Start.Offset:r.End.Offset])
		for _, rel := range d.Related {
			rs, _ := os.ReadFile(rel.Range.Start.File)
			spans[d.Code+" related"] = string(rs[rel.Range.Start.Offset:rel.Range.End.Offset])
		}
	}
	for code, want := range map[string]string{"XF0131": "retries", codeNarrowing: "total", codeNarrowing + " related": "total"} {
		if spans[code] != want {
			t.Errorf("%s underlines %q, want %q (all: %q)", code, spans[code], want, spans)
		}
	}
}

// With an error limit the checker keeps what a report stopping there
// shows, however many rules are wrong, and the report is the same.
func TestCheckUpToKeepsWhatTheReportShows(t *testing.T) {
	var spec strings.Builder
	for i := 0; i < 3000; i++ {
		fmt.Fprintf(&spec, "struct conn_%d.fd -> struct conn_%d.sock\nmain.c/var_%d -> main.c/renamed_%d\n", i, i, i, i)
	}
	f, old, new, _ := inputs(t, "struct s { int a; };", "struct s { long a; };", spec.String())
	_, all := Check(f, old, new)
	_, some := CheckUpTo(f, old, new, 20)
	if len(all) < 6000 || len(some) > 100 {
		t.Fatalf("Check reported %d, CheckUpTo(20) kept %d", len(all), len(some))
	}
	want, _ := all.UpToErrors(20)
	got, cut := some.UpToErrors(20)
	if !cut || fmt.Sprint(got) != fmt.Sprint(want) {
		t.Errorf("CheckUpTo(20) shows (cut %v)\n%v\nCheck shows\n%v", cut, got, want)
	}
}
