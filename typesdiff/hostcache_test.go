package typesdiff

import (
	"os"
	"path/filepath"
	"reflect"
	"slices"
	"strings"
	"testing"
	"time"

	"modernc.org/cc/v4"
)

// TestHostConfigFromFile checks that the configuration read back from
// the file is the one cc.NewConfig gives, and that the file is named by
// the compiler: a compiler replaced (here a wrapper script rewritten) or
// another directory variable is asked again, never served the old answer.
func TestHostConfigFromFile(t *testing.T) {
	dir := t.TempDir()
	wrapper := filepath.Join(t.TempDir(), "mycc")
	writeWrapper := func(extra string) {
		if err := os.WriteFile(wrapper, []byte("#!/bin/sh\nexec gcc "+extra+"\"$@\"\n"), 0o755); err != nil {
			t.Fatal(err)
		}
	}
	writeWrapper("")
	t.Setenv("CC", wrapper)
	SetHostConfigDir(dir)
	defer SetHostConfigDir("")
	opts := []string{"-std=c11"}

	want, err := cc.NewConfig("", "", opts...)
	if err != nil {
		t.Skip("no host C compiler:", err)
	}
	file := hostConfigFile(opts)
	if file == "" {
		t.Fatal("no file name for the host configuration")
	}
	first, err := newHostConfig(opts)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := os.Stat(file); err != nil {
		t.Fatalf("the configuration was not kept: %v", err)
	}
	fromFile, err := readHostConfig(file, opts)
	if err != nil {
		t.Fatal(err)
	}
	for name, got := range map[string]*cc.Config{"probed": first, "read back": fromFile} {
		if !reflect.DeepEqual(got, want) {
			t.Errorf("%s configuration differs from cc.NewConfig's:\n%+v\nwant\n%+v", name, got, want)
		}
	}

	// A damaged file is asked again and written anew.
	if err := os.WriteFile(file, []byte("{\"CC\": 1"), 0o644); err != nil {
		t.Fatal(err)
	}
	if got, err := newHostConfig(opts); err != nil || !reflect.DeepEqual(got, want) {
		t.Errorf("after a damaged file: %v, %v", got, err)
	}
	if _, err := readHostConfig(file, opts); err != nil {
		t.Errorf("the damaged file was not written anew: %v", err)
	}

	// Another compiler: the wrapper now defines a macro; its content,
	// size and time changed, so the answer is asked for again.
	writeWrapper("-DXF_WRAPPED=1 ")
	later := time.Now().Add(time.Minute)
	os.Chtimes(wrapper, later, later)
	if hostConfigFile(opts) == file {
		t.Fatal("a changed compiler keeps the name of the old one's configuration")
	}
	got, err := newHostConfig(opts)
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(got.Predefined, "#define XF_WRAPPED 1") {
		t.Error("the changed compiler's macros were not asked for")
	}

	t.Setenv("CPATH", t.TempDir())
	withCPATH := hostConfigFile(opts)
	t.Setenv("CPATH", "")
	if withCPATH == hostConfigFile(opts) {
		t.Error("CPATH does not change the configuration's name")
	}
	if hostConfigFile([]string{"-std=c99"}) == hostConfigFile(opts) {
		t.Error("--std does not change the configuration's name")
	}
}

// TestProbeHostIsNewConfig checks that the one run of the compiler gives
// the configuration cc.NewConfig gets from its two, for several
// standards and with an extra directory in CPATH, and that a compiler
// refusing the combined run is still asked the way cc.NewConfig asks.
func TestProbeHostIsNewConfig(t *testing.T) {
	if _, err := cc.NewConfig("", ""); err != nil {
		t.Skip("no host C compiler:", err)
	}
	same := func(opts []string) {
		t.Helper()
		want, err := cc.NewConfig("", "", opts...)
		if err != nil {
			t.Fatal(err)
		}
		s, ok := probeHost(opts)
		if !ok {
			t.Fatalf("%q: the one probe failed", opts)
		}
		got, err := s.config(opts)
		if err != nil {
			t.Fatal(err)
		}
		if !reflect.DeepEqual(got, want) {
			t.Errorf("%q: the one probe gives\n%+v\nwant\n%+v", opts, got, want)
		}
	}
	for _, opts := range [][]string{nil, {"-std=c99"}, {"-std=gnu11"}, {"-std=c17"}} {
		same(opts)
	}
	extra := t.TempDir()
	t.Setenv("CPATH", extra)
	same(nil)
	if s, _ := probeHost(nil); !slices.Contains(s.SysIncludePaths, extra) && !slices.Contains(s.HostIncludePaths, extra) {
		t.Errorf("CPATH's %s is not among the directories %q", extra, s.SysIncludePaths)
	}
	t.Setenv("CPATH", "")

	// A compiler that fails when -v and -dM come together.
	wrapper := filepath.Join(t.TempDir(), "picky-cc")
	script := "#!/bin/sh\ncase \"$*\" in *-dM*-v*|*-v*-dM*) echo 'picky-cc: -v with -dM' >&2; exit 1;; esac\nexec gcc \"$@\"\n"
	if err := os.WriteFile(wrapper, []byte(script), 0o755); err != nil {
		t.Fatal(err)
	}
	t.Setenv("CC", wrapper)
	if _, ok := probeHost(nil); ok {
		t.Fatal("the picky compiler's failure was taken for an answer")
	}
	want, err := cc.NewConfig("", "")
	if err != nil {
		t.Fatal(err)
	}
	got, err := newHostConfig(nil)
	if err != nil || !reflect.DeepEqual(got, want) {
		t.Errorf("after the one probe failed: %+v, %v; want cc.NewConfig's %+v", got, err, want)
	}
	if got.CC != wrapper {
		t.Errorf("CC is %s, want the wrapper %s", got.CC, wrapper)
	}
}

func TestSearchDirs(t *testing.T) {
	report := "Using built-in specs.\nignoring nonexistent directory \"/x\"\n#include \"...\" search starts here:\n /q1\n/q2/\n#include <...> search starts here:\n /s1/../s2\n /s3\nEnd of search list.\n /after\n"
	quote, system, found := searchDirs(report)
	if !found || !reflect.DeepEqual(quote, []string{"/q1", "/q2"}) || !reflect.DeepEqual(system, []string{"/s2", "/s3"}) {
		t.Errorf("searchDirs = %q, %q, %v", quote, system, found)
	}
	if _, _, found := searchDirs("#include \"...\" search starts here:\n /q\nEnd of search list.\n"); found {
		t.Error("a report without a <...> list was taken")
	}
}
