package typesdiff

import (
	"os"
	"path/filepath"
	"reflect"
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
