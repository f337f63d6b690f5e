package typesdiff

import (
	"os"
	"strconv"
	"strings"
	"testing"
)

// load reads files as one version and fails the test on diagnostics.
func load(t *testing.T, files ...string) *Program {
	t.Helper()
	p, errs := Load(Config{Files: files})
	if len(errs) > 0 {
		t.Fatalf("Load(%v):\n%s", files, errs.Error())
	}
	return p
}

func mustType(t *testing.T, p *Program, name string) *Type {
	t.Helper()
	ty := p.Types[name]
	if ty == nil {
		t.Fatalf("type %q missing; have %d types", name, len(p.Types))
	}
	return ty
}

func mustField(t *testing.T, ty *Type, name string) *Field {
	t.Helper()
	f := ty.Field(name)
	if f == nil {
		t.Fatalf("%s has no field %q", ty, name)
	}
	return f
}

func TestLoadModel(t *testing.T) {
	p := load(t, "../testdata/types/basic/v1.h")
	conn := mustType(t, p, "struct conn")
	if conn.Kind != Struct || conn.Pos.Line != 16 || conn.Pos.Col != 8 || !strings.HasSuffix(conn.Pos.File, "basic/v1.h") {
		t.Errorf("struct conn: kind %v at %v, want struct at basic/v1.h:16:8", conn.Kind, conn.Pos)
	}
	td := mustType(t, p, "conn_t")
	if td.Kind != Typedef || td.Elem != conn {
		t.Errorf("conn_t = %v %v, want a typedef of the shared struct conn", td.Kind, td.Elem)
	}
	next := mustField(t, conn, "next")
	if next.Type.Kind != Pointer || next.Type.Elem != td {
		t.Errorf("conn.next is %v, want pointer to the conn_t typedef node", next.Type)
	}
	bytes := mustField(t, conn, "bytes").Type
	if bytes.Kind != Typedef || !bytes.System || bytes.Header != "stdint.h" || bytes.Elem.Kind != Int || bytes.Elem.Signed || bytes.Elem.Size != 8 {
		t.Errorf("uint64_t: %+v", bytes)
	}
	flags, mode := mustField(t, conn, "flags"), mustField(t, conn, "mode")
	if flags.BitWidth != 3 || flags.BitOff != 0 || mode.BitWidth != 5 || mode.BitOff != 3 || flags.Offset != mode.Offset {
		t.Errorf("bit-fields: flags %d+%d@%d, mode %d+%d@%d", flags.BitOff, flags.BitWidth, flags.Offset, mode.BitOff, mode.BitWidth, mode.Offset)
	}
	var anon *Field
	for _, f := range conn.Fields {
		if f.Name == "" {
			anon = f
		}
	}
	if anon == nil || anon.Type.Kind != Union || anon.Type.Name != "" || anon.Type.Field("f") == nil || anon.Type.System {
		t.Errorf("anonymous union member missing or wrong: %+v", anon)
	}
	fp := mustField(t, conn, "on_close").Type
	if fp.Kind != Pointer || fp.Elem.Kind != Func || len(fp.Elem.Params) != 2 || fp.Elem.Elem.Kind != Void {
		t.Errorf("on_close: %v", fp)
	}
	lock := mustField(t, conn, "lock").Type
	if !lock.System || lock.Header != "pthread.h" || lock.Name != "pthread_mutex_t" {
		t.Errorf("pthread_mutex_t: system %v header %q", lock.System, lock.Header)
	}
	st := mustType(t, p, "enum state")
	var vals []string
	for _, e := range st.Enumerators {
		vals = append(vals, e.Name+"="+strconv.FormatInt(e.Value, 10))
	}
	if strings.Join(vals, ",") != "IDLE=0,BUSY=4,DONE=5" || st.Size != 4 {
		t.Errorf("enum state: %v size %d", vals, st.Size)
	}
	buf := mustType(t, p, "struct buf")
	if d := mustField(t, buf, "data").Type; d.Kind != Array || d.Len != -1 {
		t.Errorf("flexible array: %v len %d", d, d.Len)
	}
	list := mustType(t, p, "struct list")
	if n := mustField(t, list, "next").Type; n.Elem != list {
		t.Errorf("struct list is not a pointer cycle")
	}
	if got := strings.Join(p.SystemHeaders, " "); got != "stdint.h pthread.h sys/socket.h stdio.h" {
		t.Errorf("SystemHeaders = %q", got)
	}
	for _, k := range []string{"conns", "items", "nconns"} {
		if p.Vars[k] == nil {
			t.Errorf("variable %s missing", k)
		}
	}
	if p.Vars["stdin"] != nil {
		t.Errorf("a system header's variable is in Vars")
	}
}

func TestLoadDefinesAndIncludes(t *testing.T) {
	p := load(t, "../testdata/types/basic/v1.h")
	if p.Types["struct extra"] != nil {
		t.Fatalf("struct extra without -D")
	}
	p, errs := Load(Config{Files: []string{"../testdata/types/defines/main.h"}, IncludeDirs: []string{"../testdata/types/defines/inc"}, Defines: []string{"WITH_EXTRA", "NSLOTS=6"}, Std: "c11"})
	if len(errs) > 0 {
		t.Fatal(errs.Error())
	}
	ex := mustType(t, p, "struct extra")
	if f := mustField(t, ex, "slots"); f.Type.Len != 6 {
		t.Errorf("NSLOTS=6 gave slots[%d]", f.Type.Len)
	}
	if mustField(t, ex, "v").Type.Name != "c11_only" {
		t.Errorf("--std c11 did not select the C11 branch")
	}
	if p.Types["struct from_inc"] == nil || p.Types["struct from_inc"].System {
		t.Errorf("struct from -I dir missing or marked system")
	}
}

// TestLoadConcurrent: front ends load the two versions at once.
func TestLoadConcurrent(t *testing.T) {
	files := []string{"../testdata/types/basic/v1.h", "../testdata/types/basic/v2.h", "../testdata/types/layout.h", "../testdata/types/multi/a.c"}
	progs := make([]*Program, len(files))
	done := make(chan int)
	for i, f := range files {
		go func() {
			p, errs := Load(Config{Files: []string{f}})
			if len(errs) > 0 {
				t.Errorf("%s: %s", f, errs.Error())
			}
			progs[i] = p
			done <- i
		}()
	}
	for range files {
		<-done
	}
	for i, f := range files {
		seq := load(t, f)
		for name, ty := range seq.Types {
			if !Identical(ty, progs[i].Types[name]) {
				t.Errorf("%s: %s differs when loaded concurrently", f, name)
			}
		}
	}
}

// Const objects are marked, so the checker leaves them to the new
// version; a pointer to const is not itself const.
func TestLoadConstVars(t *testing.T) {
	dir := t.TempDir()
	src := "struct s { int a; };\nextern const char rev[];\nextern const struct s defaults;\ntypedef const int cint;\nextern cint table[2][3];\nextern const int *p;\nextern int n;\n"
	path := dir + "/c.h"
	if err := os.WriteFile(path, []byte(src), 0o644); err != nil {
		t.Fatal(err)
	}
	p := load(t, path)
	for key, want := range map[string]bool{"rev": true, "defaults": true, "table": true, "p": false, "n": false} {
		if v := p.Vars[key]; v == nil || v.Const != want {
			t.Errorf("%s: %+v, want Const %v", key, v, want)
		}
	}
}

// Each unit is read with its own flags after the version's, and
// -include files come before every file, as gcc reads them.
func TestLoadUnitsAndPreinclude(t *testing.T) {
	dir := t.TempDir()
	for name, src := range map[string]string{
		"inc/width.h": "#pragma once\n#ifdef WIDE\ntypedef long count_t;\n#else\ntypedef int count_t;\n#endif\n",
		"pre.h":       "#define STATE(name) name##_state\n",
		"a.c":         "#include \"width.h\"\ncount_t STATE(conn);\n",
		"b.c":         "#ifdef WIDE\n#error only a.c is built with -DWIDE\n#endif\nstatic int STATE(pool);\n",
	} {
		path := dir + "/" + name
		if err := os.MkdirAll(path[:strings.LastIndex(path, "/")], 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(path, []byte(src), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	p, errs := Load(Config{Preinclude: []string{dir + "/pre.h"}, Units: []Unit{
		{File: dir + "/a.c", IncludeDirs: []string{dir + "/inc"}, Defines: []string{"WIDE"}},
		{File: dir + "/b.c", IncludeDirs: []string{dir + "/inc"}, Std: "gnu99"},
	}})
	if len(errs) > 0 {
		t.Fatalf("Load:\n%s", errs.Error())
	}
	if v := p.Vars["conn_state"]; v == nil || v.Type.Underlying().Size != 8 {
		t.Errorf("conn_state (a.c with -DWIDE) = %+v, want a long", v)
	}
	if v := p.Vars["b.c/pool_state"]; v == nil || v.Type.Underlying().Size != 4 {
		t.Errorf("b.c/pool_state (b.c without it) = %+v, want an int", v)
	}
	if len(p.Files) != 2 {
		t.Errorf("Files = %v, want both units", p.Files)
	}
}
