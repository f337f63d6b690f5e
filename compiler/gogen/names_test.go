package gogen

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/xfgen-dev/xfgen/typesdiff"
)

func TestCamel(t *testing.T) {
	for in, want := range map[string]string{
		"value": "Value", "c_size": "CSize", "conn_t": "ConnT", "entry": "Entry", "ST_IDLE": "StIdle",
		"httpServer": "HttpServer", "HTTPServer": "HTTPServer", "__x__": "X", "_": "X", "x86_64": "X8664", "_2d": "X2d",
	} {
		if got := camel(in); got != want {
			t.Errorf("camel(%q) = %q, want %q", in, got, want)
		}
	}
}

// The names the documentation promises, clashes included.
func TestNames(t *testing.T) {
	dir := t.TempDir()
	files := map[string]string{
		"types.h": layoutHeader,
		"conn.c": `#include "types.h"
static int count;
int serve(void) { static long hits; return (int)hits + count; }
struct flags g_flags;
int Count;
`,
	}
	for name, text := range files {
		if err := os.WriteFile(filepath.Join(dir, name), []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	p, ds := typesdiff.Load(typesdiff.Config{Files: []string{filepath.Join(dir, "conn.c"), filepath.Join(dir, "types.h")}})
	if ds.HasErrors() {
		t.Fatalf("load: %v", ds)
	}
	old, _ := versions(p, &typesdiff.Program{}, nil, nil)
	src, err := typesFile("x", old)
	if err != nil {
		t.Fatal(err)
	}
	// gofmt aligns columns: compare with runs of blanks as one space.
	squash := func(s string) string {
		return strings.Join(strings.FieldsFunc(s, func(r rune) bool { return r == ' ' || r == '\t' }), " ")
	}
	text := strings.ReplaceAll(squash(string(src)), "\n ", "\n")
	for _, want := range []string{
		"type OldClash struct {\n\tValue int32\n\tValue_2 int32\n\tSetX int32\n", // value, Value, set_x
		"func (s *OldClash) X() uint32",
		"func (s *OldClash) SetX_2(v uint32)", // SetX is the field set_x
		"type OldGlobals_2 struct",            // struct globals: OldGlobals is the globals' own
		"type OldEntryT = OldEntry\n",         // typedef struct entry entry_t
		"type OldEntryPtr = *OldEntryT\n",
		"type OldAnonT struct",      // typedef struct { ... } anon_t
		"type OldAnonTInner struct", // its member inner's anonymous type
		"type OldHolderPt struct",
		"type OldHolderAnon1 struct", // holder's anonymous union, member 1
		"\tOldHolderAnon1\n",         // embedded, its members promoted
		"type OldColorT uint32",
		"OldGreen OldColorT = 5 // GREEN",
		"OldNMin OldNeg = -3 // N_MIN",
		"ConnC_Count int32 // conn.c/count",
		"ConnC_Serve_Hits int64 // conn.c/serve#hits",
		"\tCount int32 // Count\n",
		"\tGUnnamed OldGUnnamed // g_unnamed\n",
	} {
		if !strings.Contains(text, strings.ReplaceAll(squash(want), "\n ", "\n")) {
			t.Errorf("the generated types lack %q", want)
		}
	}
	if strings.Contains(text, "type OldEntry = ") {
		t.Errorf("typedef struct entry entry made an alias of the same name")
	}
	if t.Failed() {
		t.Logf("generated:\n%s", text)
	}
}
