package grammar

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func parseSpec(t *testing.T, name string) *File {
	t.Helper()
	path := filepath.Join("..", "testdata", "specs", name)
	src, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	f, errs := Parse(path, src)
	if len(errs) > 0 {
		t.Fatalf("%s:\n%s", path, errs.Error())
	}
	return f
}

// formKinds lists the forms of a block as "$in $oldsym(x) ...".
func formsOf(c *CodeBlock) string {
	var s []string
	for _, f := range c.Forms {
		w := f.Kind.String()
		if len(f.Args) > 0 {
			var args []string
			for _, a := range f.Args {
				args = append(args, a.Text)
			}
			w += "(" + strings.Join(args, ", ") + ")"
		}
		s = append(s, w)
	}
	return strings.Join(s, " ")
}

func TestCorpusKitsuneMapping(t *testing.T) {
	f := parseSpec(t, "kitsune_mapping.xf")
	if len(f.Rules) != 1 || f.Preamble != nil || len(f.Comments) != 3 {
		t.Fatalf("rules %d, comments %d", len(f.Rules), len(f.Comments))
	}
	r := f.Rules[0]
	if l := r.Labels[0]; l.From.Key != "mapping" || l.To.Key != "mapping" || r.Code == nil {
		t.Fatalf("rule = %+v", r)
	}
	want := "$out $oldsym(c_size) $in $newtype(struct list) $newtype(struct list) $in $out $out"
	if got := formsOf(r.Code); got != want {
		t.Errorf("forms:\n got %s\nwant %s", got, want)
	}
	if fm := r.Code.Forms[1]; fm.Range().Start.Line != 7 || fm.Args[0].Range().Start.Col != 31 {
		t.Errorf("$oldsym at %s, argument at %s", span(fm.Range()), span(fm.Args[0].Range()))
	}
}

func TestCorpusRenames(t *testing.T) {
	f := parseSpec(t, "renames.xf")
	var got []string
	for _, r := range f.Rules {
		if r.Code != nil || len(r.Labels) != 1 {
			t.Fatalf("rename with code or several labels: %+v", r)
		}
		l := r.Labels[0]
		got = append(got, pathText(l.From)+" => "+pathText(l.To))
	}
	want := []string{
		"old_name => new_name",
		"struct conn => struct connection",
		"struct conn.fd => struct connection.sock",
		"union addr.v4 => union addr.in4",
		"enum state => enum conn_state",
		"typedef cfg_t => typedef config_t",
		"main.c/listeners => main.c/listen_socks",
		"server.c/accept_loop#backlog => server.c/accept_loop#pending",
		"accept_loop#spins => accept_loop#spin_count",
		"struct stats.io.bytes_in => struct stats.io.rx_bytes",
	}
	if strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("renames:\n%s", strings.Join(got, "\n"))
	}
}

func TestCorpusInitLists(t *testing.T) {
	f := parseSpec(t, "init_lists.xf")
	var shape []string
	for _, r := range f.Rules {
		var labels []string
		for _, l := range r.Labels {
			if l.Kind == Init {
				labels = append(labels, "INIT "+pathText(l.To))
			} else {
				labels = append(labels, pathText(l.From)+" -> "+pathText(l.To))
			}
		}
		shape = append(shape, strings.Join(labels, ", ")+" : "+formsOf(r.Code))
	}
	want := []string{
		"INIT connected_count : $out",
		"INIT struct conn.created_at : $out $base",
		"INIT main.c/boot_generation : $out $oldsym(generation)",
		"INIT max_clients, INIT main.c/max_clients_soft : $out",
		"struct list -> struct list, main.c/head -> main.c/head : $out $in",
		"struct conn.timeout_ms -> struct conn.timeout_us, struct server.idle_ms -> struct server.idle_us : $out $in",
	}
	if strings.Join(shape, "\n") != strings.Join(want, "\n") {
		t.Errorf("rules:\n%s", strings.Join(shape, "\n"))
	}
}

func TestCorpusPreambleAndKitsuneBodies(t *testing.T) {
	f := parseSpec(t, "preamble_helpers.xf")
	if f.Preamble == nil || formsOf(f.Preamble) != "$oldtype(struct node)" {
		t.Fatalf("preamble forms: %v", f.Preamble)
	}
	if !strings.Contains(f.Preamble.Text, `"{", "}", "'{'"`) || len(f.Rules) != 2 {
		t.Errorf("preamble or rules cut short: %d rules", len(f.Rules))
	}
	if got := formsOf(f.Rules[1].Code); got != "$out" {
		t.Errorf("forms in strings or comments were read: %s", got)
	}

	f = parseSpec(t, "kitsune_invoke.xf")
	want := []string{
		"$xform(struct buf, struct buf) $in $out",
		"$base $oldtype(struct worker) $newtype(struct worker) $xform(struct worker, struct worker) $in $out",
		"$in $out",
		"$in $out",
		"$gen(t) $in $out",
		"$xform(struct session *, struct session *) $out",
	}
	for i, r := range f.Rules {
		if i >= len(want) || formsOf(r.Code) != want[i] {
			t.Errorf("rule %d forms: %s", i, formsOf(r.Code))
		}
	}
}
