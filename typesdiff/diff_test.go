package typesdiff

import (
	"bytes"
	"encoding/json"
	"strings"
	"testing"
)

func basicReport(t *testing.T) *Report {
	t.Helper()
	return Diff(load(t, "../testdata/types/basic/v1.h"), load(t, "../testdata/types/basic/v2.h"))
}

func fieldChange(tc *TypeChange, name string, k FieldChangeKind) *FieldChange {
	for _, fc := range tc.Fields {
		if fc.Name == name && fc.Kind == k {
			return fc
		}
	}
	return nil
}

func TestDiffStruct(t *testing.T) {
	r := basicReport(t)
	conn := r.Type("struct conn")
	if conn == nil || conn.Kind != Changed || !conn.Affected {
		t.Fatalf("struct conn: %+v", conn)
	}
	if fc := fieldChange(conn, "fd", FieldRetyped); fc == nil || fc.OldType != "int" || fc.NewType != "long" {
		t.Errorf("fd not retyped int -> long: %+v", fc)
	}
	for name, k := range map[string]FieldChangeKind{"retries": FieldAdded, "label": FieldAdded, "name": FieldRemoved, "mode": FieldReordered, "st": FieldMoved} {
		if fieldChange(conn, name, k) == nil {
			t.Errorf("field %s: want %s", name, k)
		}
	}
	if fieldChange(conn, "flags", FieldReordered) != nil {
		t.Errorf("flags reported reordered: only mode moved before it")
	}
	if len(conn.Renames) != 1 || conn.Renames[0].OldName != "name" || conn.Renames[0].NewName != "label" {
		t.Errorf("renames = %+v, want name -> label", conn.Renames)
	}
	if strings.Join(conn.Through, ",") != "enum state,struct item" {
		t.Errorf("through = %v", conn.Through)
	}
	if conn.OldSize != 120 || conn.NewSize != 136 {
		t.Errorf("size %d -> %d", conn.OldSize, conn.NewSize)
	}
	for _, name := range []string{"struct list", "struct buf", "uint64_t", "pthread_mutex_t"} {
		if tc := r.Type(name); tc == nil || tc.Kind != Unchanged {
			t.Errorf("%s: want unchanged, got %+v", name, tc)
		}
	}
	if tc := r.Type("struct stats"); tc == nil || tc.Kind != Added {
		t.Errorf("struct stats not added")
	}
}

func TestDiffEnum(t *testing.T) {
	st := basicReport(t).Type("enum state")
	got := map[string]string{}
	for _, e := range st.Enumerators {
		got[e.Name] = e.Kind.String()
	}
	want := map[string]string{"BUSY": "changed", "DONE": "removed", "CLOSING": "added"}
	for k, v := range want {
		if got[k] != v {
			t.Errorf("enumerator %s: %q, want %q", k, got[k], v)
		}
	}
	if len(got) != len(want) {
		t.Errorf("enumerators %v, want only %v", got, want)
	}
}

func TestDiffVars(t *testing.T) {
	r := basicReport(t)
	if v := r.Var("nconns"); v == nil || v.Kind != Changed || !v.Retyped {
		t.Errorf("nconns: %+v", v)
	}
	if v := r.Var("conns"); v == nil || v.Kind != Changed || v.Retyped || !v.Affected {
		t.Errorf("conns (same type, changed struct behind it): %+v", v)
	}
	// items is a struct list (unchanged) instantiated with struct item,
	// which changed: E_G makes it affected.
	if v := r.Var("items"); v == nil || !v.Affected || strings.Join(v.Through, ",") != "struct item" {
		t.Errorf("items: %+v", v)
	}
	if v := r.Var("stats"); v == nil || v.Kind != Added {
		t.Errorf("stats: %+v", v)
	}
	if r.Var("nope") != nil {
		t.Errorf("Var of an unknown key is not nil")
	}
}

func TestDiffSameVersionIsUnchanged(t *testing.T) {
	r := Diff(load(t, "../testdata/types/basic/v1.h"), load(t, "../testdata/types/basic/v1.h"))
	if r.HasChanges() {
		var b bytes.Buffer
		r.WriteText(&b)
		t.Errorf("a version diffed with itself has changes:\n%s", b.String())
	}
	var b bytes.Buffer
	r.WriteText(&b)
	if b.String() != "no changes\n" {
		t.Errorf("text = %q", b.String())
	}
}

func TestReportFormats(t *testing.T) {
	r := basicReport(t)
	var text, js bytes.Buffer
	if err := r.WriteText(&text); err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{
		"struct conn: changed (../testdata/types/basic/v1.h:16:8 -> ../testdata/types/basic/v2.h:18:8)",
		"  field fd: retyped int -> long",
		"  rename? name -> label",
		"  enumerator BUSY: renumbered 4 -> 5",
		"variable nconns: changed, retyped int -> long",
	} {
		if !strings.Contains(text.String(), want) {
			t.Errorf("text lacks %q:\n%s", want, text.String())
		}
	}
	if strings.Contains(text.String(), "struct list") {
		t.Errorf("unchanged struct list is listed")
	}
	if err := r.WriteJSON(&js); err != nil {
		t.Fatal(err)
	}
	var out struct {
		Types []struct {
			Name   string
			Change string
			Fields []struct{ Name, Change string }
		}
		Vars []struct{ Key, Change string }
	}
	if err := json.Unmarshal(js.Bytes(), &out); err != nil {
		t.Fatal(err)
	}
	names := map[string]bool{}
	for _, tc := range out.Types {
		names[tc.Name] = true
		if tc.Change == "unchanged" {
			t.Errorf("JSON lists unchanged %s", tc.Name)
		}
	}
	if !names["struct conn"] || !names["enum state"] || names["struct list"] || len(out.Vars) != 5 {
		t.Errorf("JSON types %v vars %v", names, out.Vars)
	}
}

func TestDiffTypedefUnionFuncPtr(t *testing.T) {
	r := basicReport(t)
	if c := r.Type("conn_t"); c == nil || strings.Join(c.Through, ",") != "struct conn" {
		t.Errorf("conn_t is affected through struct conn: %+v", c)
	}
	if c := r.Type("counter_t"); c == nil || c.Kind != Changed || c.Aliased == nil || c.Aliased[0] != "int" || c.Aliased[1] != "long" {
		t.Errorf("counter_t: %+v", c)
	}
	u := r.Type("union val")
	if u == nil || u.Kind != Changed || fieldChange(u, "f", FieldRemoved) == nil || fieldChange(u, "d", FieldAdded) == nil {
		t.Errorf("union val: %+v", u)
	}
	h := r.Type("struct hooks")
	if fc := fieldChange(h, "on_read", FieldRetyped); fc == nil || fc.NewType != "long (*)(int, char *, unsigned long)" {
		t.Errorf("on_read: %+v", fc)
	}
	if fieldChange(h, "reads", FieldRetyped) != nil || strings.Join(h.Through, ",") != "counter_t" {
		t.Errorf("reads keeps its spelling and is affected through counter_t: fields %+v through %v", h.Fields, h.Through)
	}
	if v := r.Var("hooks"); v == nil || v.Retyped || !v.Affected {
		t.Errorf("hooks: %+v", v)
	}
}
