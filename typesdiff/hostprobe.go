package typesdiff

import (
	"bytes"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
	"slices"
	"strings"

	"modernc.org/cc/v4"
)

// probeHost asks the host compiler for what cc.NewConfig asks it, its
// predefined macros and its include directories, in one run instead of
// two (gcc prints the macros on stdout and, with -v, the directories on
// stderr): a cold check waits for the answer before it can read any C,
// and each run costs about 10 ms. It asks the compiler cc.NewConfig
// asks first. ok is false where the answer may differ from
// cc.NewConfig's (another system, flags it would rewrite, a compiler
// that refuses the combined run); the caller then asks cc.NewConfig.
func probeHost(opts []string) (s storedHost, ok bool) {
	if runtime.GOOS != "linux" {
		return s, false
	}
	for _, o := range opts {
		if !strings.HasPrefix(o, "-std=") {
			return s, false
		}
	}
	compilers := hostCompilers()
	if len(compilers) == 0 {
		return s, false
	}
	path := compilers[0] // the one cc.NewConfig asks first
	var stdout, stderr bytes.Buffer
	cmd := exec.Command(path, append(append([]string(nil), opts...), "-dM", "-v", "-E", "-")...)
	cmd.Env = append(os.Environ(), "LC_ALL=C")
	cmd.Stdout, cmd.Stderr = &stdout, &stderr
	if cmd.Run() != nil {
		// cc.NewConfig would retry with other flags or go on to the
		// next compiler: leave that to it.
		return s, false
	}
	quote, system, found := searchDirs(stderr.String())
	if !found {
		return s, false
	}
	var macros []string
	for _, l := range strings.Split(stdout.String(), "\n") {
		if strings.HasPrefix(l, "#") {
			macros = append(macros, l)
		}
	}
	return storedHost{CC: path, Predefined: strings.Join(macros, "\n"),
		HostIncludePaths: quote, HostSysIncludePaths: system,
		IncludePaths:    slices.Concat([]string{""}, quote, system),
		SysIncludePaths: system}, true
}

// searchDirs reads the include directories out of gcc -v's report: those
// searched for "..." only, then those for <...> (and "..." after them).
// found is false if the report has no <...> list.
func searchDirs(report string) (quote, system []string, found bool) {
	var list *[]string
	for _, l := range strings.Split(report, "\n") {
		switch {
		case l == `#include "..." search starts here:`:
			list = &quote
		case l == "#include <...> search starts here:":
			list, found = &system, true
		case l == "End of search list." || strings.HasPrefix(l, "#") && found:
			return quote, system, found
		case strings.HasPrefix(l, "#"):
			list = nil
		case list != nil:
			*list = append(*list, filepath.Clean(strings.TrimSpace(l)))
		}
	}
	return nil, nil, false
}

// config is the cc configuration s describes, built as cc.NewConfig
// builds it from what the compiler said (TestHostConfigFromFile and
// TestProbeHostIsNewConfig compare the two).
func (s storedHost) config(opts []string) (*cc.Config, error) {
	abi, err := cc.NewABI(runtime.GOOS, runtime.GOARCH)
	if err != nil {
		return nil, err
	}
	cfg := &cc.Config{ABI: abi, CC: s.CC, Predefined: s.Predefined,
		HostIncludePaths: s.HostIncludePaths, HostSysIncludePaths: s.HostSysIncludePaths,
		IncludePaths: s.IncludePaths, SysIncludePaths: s.SysIncludePaths}
	if err := cfg.ApplyOptions(opts...); err != nil {
		return nil, fmt.Errorf("host C compiler configuration: %v", err)
	}
	return cfg, nil
}
