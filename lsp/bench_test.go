package lsp

import (
	"fmt"
	"os"
	"path/filepath"
	"runtime"
	"sort"
	"strings"
	"testing"
	"time"
)

// benchProgram writes a program of n structs per version, each reached
// from a global, where every struct gained a field and renamed one, and
// a spec of 2n rules that covers it, into dir; it returns the spec.
func benchProgram(tb testing.TB, dir string, n int) string {
	var o, nw, spec strings.Builder
	o.WriteString("#include <stddef.h>\n#include <pthread.h>\n")
	nw.WriteString("#include <stddef.h>\n#include <pthread.h>\n")
	for i := 0; i < n; i++ {
		next := fmt.Sprintf("struct s%d *next;", (i+1)%n)
		fmt.Fprintf(&o, "struct s%d { int a; long b; char *name; %s };\nextern struct s%d *g%d;\n", i, next, i, i)
		fmt.Fprintf(&nw, "struct s%d { long a; long b2; char *name; int c; %s };\nextern struct s%d *g%d;\n", i, next, i, i)
		fmt.Fprintf(&spec, "struct s%d.b -> struct s%d.b2\n\nINIT struct s%d.c: { $out = $base->a > 0; }\n\n", i, i, i)
	}
	for name, text := range map[string]string{"old.h": o.String(), "new.h": nw.String(), "xfgen.toml": toml} {
		if err := os.WriteFile(filepath.Join(dir, name), []byte(text), 0o644); err != nil {
			tb.Fatal(err)
		}
	}
	return spec.String()
}

// BenchmarkChangeToDiagnostics measures, through the real transport,
// the time from a change of a 2,000-rule spec (against headers of 1,000
// structs per version) to the publication of its diagnostics. The
// debounce is set to 1 ms so that the figure is the server's own work;
// an editor adds the debounce (100 ms by default) on top.
func BenchmarkChangeToDiagnostics(b *testing.B) {
	dir := b.TempDir()
	spec := benchProgram(b, dir, 1000)
	c := startServer(b, nil, "", func(s *session) { s.opts.Debounce = time.Millisecond })
	u := c.open(filepath.Join(dir, "spec.xf"), spec)
	start := time.Now()
	if ds := c.waitDiags(u, 1); len(ds) != 0 {
		b.Fatalf("the bench spec has diagnostics: %v", messageOf(ds[0]))
	}
	b.ReportMetric(float64(time.Since(start).Milliseconds()), "first-ms")
	// The constant of the last rule's code: a one-character edit.
	lines := strings.Split(spec, "\n")
	line := len(lines) - 3
	char := strings.LastIndex(lines[line], "0")
	var lat []time.Duration
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		v := int32(i + 2)
		edit := map[string]any{"textDocument": map[string]any{"uri": u, "version": v},
			"contentChanges": []any{map[string]any{"range": map[string]any{"start": pos(uint32(line), uint32(char)), "end": pos(uint32(line), uint32(char+1))}, "text": fmt.Sprint(i % 10)}}}
		t0 := time.Now()
		c.notify("textDocument/didChange", edit)
		if ds := c.waitDiags(u, v); len(ds) != 0 {
			b.Fatalf("the edit made diagnostics: %s", messageOf(ds[0]))
		}
		lat = append(lat, time.Since(t0))
	}
	b.StopTimer()
	sort.Slice(lat, func(i, j int) bool { return lat[i] < lat[j] })
	b.ReportMetric(float64(lat[len(lat)/2].Microseconds())/1000, "median-ms")
	b.ReportMetric(float64(lat[len(lat)*99/100].Microseconds())/1000, "p99-ms")
	runtime.GC()
	var ms runtime.MemStats
	runtime.ReadMemStats(&ms)
	b.ReportMetric(float64(ms.HeapInuse)/(1<<20), "heap-MiB")
}

// multiFileProgram writes a program of files translation units per
// version, each including system headers and a shared header, with an
// xfgen.toml naming them by glob; it returns the spec's text.
func multiFileProgram(tb testing.TB, dir string, files int) string {
	sys := "#include <stdio.h>\n#include <stdlib.h>\n#include <string.h>\n#include <pthread.h>\n#include <sys/socket.h>\n#include <netinet/in.h>\n#include <sys/epoll.h>\n#include <time.h>\n"
	for _, v := range []string{"v1", "v2"} {
		var common strings.Builder
		common.WriteString("#pragma once\n" + sys)
		for i := 0; i < files; i++ {
			extra := ""
			if v == "v2" {
				extra = " long added;"
			}
			fmt.Fprintf(&common, "struct rec%d { int id; pthread_mutex_t lock; struct sockaddr_in addr; struct rec%d *next;%s };\n", i, (i+1)%files, extra)
		}
		must(tb, os.MkdirAll(filepath.Join(dir, v), 0o755))
		must(tb, os.WriteFile(filepath.Join(dir, v, "common.h"), []byte(common.String()), 0o644))
		for i := 0; i < files; i++ {
			src := fmt.Sprintf("#include \"common.h\"\nstruct rec%d *head%d;\nstatic int count%d;\nint touch%d(void) { return count%d++; }\n", i, i, i, i, i)
			must(tb, os.WriteFile(filepath.Join(dir, v, fmt.Sprintf("unit%03d.c", i)), []byte(src), 0o644))
		}
	}
	must(tb, os.WriteFile(filepath.Join(dir, "xfgen.toml"), []byte("old = [\"v1/*.c\"]\nnew = [\"v2/*.c\"]\n"), 0o644))
	var spec strings.Builder
	for i := 0; i < files; i++ {
		fmt.Fprintf(&spec, "INIT struct rec%d.added: { $out = $base->id; }\n\n", i)
	}
	return spec.String()
}

func must(tb testing.TB, err error) {
	if err != nil {
		tb.Fatal(err)
	}
}

// BenchmarkFirstDiagnostics measures the time from opening a spec to its
// first diagnostics on a program of 100 translation units per version
// with system headers, with a new server each time (the process's cache
// of system headers is warm after the first), and then the time of a
// later change, which reuses the loaded versions.
func BenchmarkFirstDiagnostics(b *testing.B) {
	dir := b.TempDir()
	spec := multiFileProgram(b, dir, 100)
	var first, later []time.Duration
	for i := 0; i < b.N; i++ {
		c := startServer(b, nil, "", func(s *session) { s.opts.Debounce = time.Millisecond })
		c.wait = 10 * time.Minute
		t0 := time.Now()
		u := c.open(filepath.Join(dir, "spec.xf"), spec)
		if ds := c.waitDiags(u, 1); len(ds) != 0 {
			b.Fatalf("diagnostics: %s", messageOf(ds[0]))
		}
		first = append(first, time.Since(t0))
		t0 = time.Now()
		c.notify("textDocument/didChange", map[string]any{"textDocument": map[string]any{"uri": u, "version": 2},
			"contentChanges": []any{map[string]any{"text": spec + "\n"}}})
		c.waitDiags(u, 2)
		later = append(later, time.Since(t0))
		c.conn.Close()
	}
	b.ReportMetric(float64(first[0].Milliseconds()), "cold-first-ms")
	b.ReportMetric(float64(median(first).Milliseconds()), "first-ms")
	b.ReportMetric(float64(median(later).Microseconds())/1000, "change-ms")
}

func median(d []time.Duration) time.Duration {
	s := append([]time.Duration(nil), d...)
	sort.Slice(s, func(i, j int) bool { return s[i] < s[j] })
	return s[len(s)/2]
}

// BenchmarkMemoryAfterEdits edits the kvserver example's spec 1,000
// times (each edit checked and published) and reports the heap in use
// before and after: what a long editing session keeps.
func BenchmarkMemoryAfterEdits(b *testing.B) {
	for i := 0; i < b.N; i++ {
		c, u, text := openKV(b, "")
		heap := func() float64 {
			runtime.GC()
			var ms runtime.MemStats
			runtime.ReadMemStats(&ms)
			return float64(ms.HeapInuse) / (1 << 20)
		}
		before := heap()
		for e := 0; e < 1000; e++ {
			v := int32(e + 2)
			c.notify("textDocument/didChange", map[string]any{"textDocument": map[string]any{"uri": u, "version": v},
				"contentChanges": []any{map[string]any{"text": text + strings.Repeat(" ", e%7)}}})
			c.waitDiags(u, v)
		}
		b.ReportMetric(before, "heap-before-MiB")
		b.ReportMetric(heap(), "heap-after-MiB")
	}
}
