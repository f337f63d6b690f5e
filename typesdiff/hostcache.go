package typesdiff

import (
	"bytes"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
	"sync"
	"syscall"

	"github.com/xfgen-dev/xfgen/outfile"
	"modernc.org/cc/v4"
)

// Asking the host compiler for its configuration runs it (its predefined
// macros and include directories, see probeHost): about 12 ms, a large
// part of a repeated check (25 to 90 ms). The answer is kept in a file
// between runs, named by everything that answer depends on: the compiler
// that cc.NewConfig would run (the file it resolves to, with its size,
// modification time and inode, so an upgrade or a switched alternative
// is a new name), the environment variables gcc reads its directories
// from, --std, and the xfgen executable.

var hostCache struct {
	mu  sync.Mutex
	dir string // "" keeps nothing
}

// SetHostConfigDir makes the host compiler's configuration be kept in
// dir between runs ("" turns it off).
func SetHostConfigDir(dir string) {
	hostCache.mu.Lock()
	defer hostCache.mu.Unlock()
	hostCache.dir = dir
}

// hostEnv are the environment variables that change what gcc reports.
var hostEnv = []string{"CC", "CPATH", "C_INCLUDE_PATH", "GCC_EXEC_PREFIX", "COMPILER_PATH", "GCC_COMPARE_DEBUG", "SOURCE_DATE_EPOCH"}

// storedHost is what NewConfig learns by running the compiler.
type storedHost struct {
	CC                                    string
	Predefined                            string
	HostIncludePaths, HostSysIncludePaths []string
	IncludePaths, SysIncludePaths         []string
}

// hostConfigFile is where the configuration for opts is kept, "" when
// it cannot be told which compiler would run.
func hostConfigFile(opts []string) string {
	hostCache.mu.Lock()
	dir := hostCache.dir
	hostCache.mu.Unlock()
	if dir == "" {
		return ""
	}
	h := sha256.New()
	fmt.Fprintf(h, "host config 1 %s/%s %q\n", runtime.GOOS, runtime.GOARCH, opts)
	for _, v := range hostEnv {
		fmt.Fprintf(h, "%s=%q\n", v, os.Getenv(v))
	}
	// The candidates in cc.NewConfig's order; each found one names its
	// file, as the first that works is the one asked.
	found := false
	for _, p := range hostCompilers() {
		st, err := statFile(p)
		if err != nil {
			return ""
		}
		fmt.Fprintf(h, "cc %q %s\n", p, st)
		found = true
	}
	if !found {
		return ""
	}
	fmt.Fprintf(h, "xfgen %s\n", ExecutableID())
	return filepath.Join(dir, "host-"+hex.EncodeToString(h.Sum(nil)[:16])+".json")
}

// hostCompilers are the compilers cc.NewConfig tries, in its order,
// that are on PATH.
func hostCompilers() []string {
	var r []string
	for _, name := range []string{os.Getenv("CC"), "cc", "gcc"} {
		if name == "" {
			continue
		}
		if p, err := exec.LookPath(name); err == nil {
			r = append(r, p)
		}
	}
	return r
}

// statFile describes the file p resolves to.
func statFile(p string) (string, error) {
	real, err := filepath.EvalSymlinks(p)
	if err != nil {
		return "", err
	}
	st, err := os.Stat(real)
	if err != nil {
		return "", err
	}
	return fmt.Sprintf("%q %d %d %d", real, st.Size(), st.ModTime().UnixNano(), inode(st)), nil
}

func inode(st os.FileInfo) uint64 {
	if s, ok := st.Sys().(*syscall.Stat_t); ok {
		return s.Ino
	}
	return 0
}

// ExecutableID identifies the running build of xfgen: its file, with
// size, modification time and inode.
func ExecutableID() string {
	exe, err := os.Executable()
	if err != nil {
		return "unknown"
	}
	st, err := statFile(exe)
	if err != nil {
		return "unknown"
	}
	return st
}

// newHostConfig is cc.NewConfig("", "", opts...), served from the file
// of an earlier run when there is one.
func newHostConfig(opts []string) (*cc.Config, error) {
	file := hostConfigFile(opts)
	if file != "" {
		if cfg, err := readHostConfig(file, opts); err == nil {
			return cfg, nil
		}
	}
	var cfg *cc.Config
	var err error
	if s, ok := probeHost(opts); ok {
		cfg, err = s.config(opts)
	} else {
		cfg, err = cc.NewConfig("", "", opts...)
	}
	if err == nil && file != "" {
		writeHostConfig(file, cfg)
	}
	return cfg, err
}

func readHostConfig(file string, opts []string) (*cc.Config, error) {
	b, err := os.ReadFile(file)
	if err != nil {
		return nil, err
	}
	var s storedHost
	d := json.NewDecoder(bytes.NewReader(b))
	d.DisallowUnknownFields()
	if err := d.Decode(&s); err != nil {
		return nil, err
	}
	if s.CC == "" || len(s.IncludePaths) == 0 || s.IncludePaths[0] != "" {
		return nil, fmt.Errorf("%s: not a host configuration", file)
	}
	return s.config(opts)
}

// writeHostConfig stores cfg whole or not at all; a failure only costs
// the next run the probe.
func writeHostConfig(file string, cfg *cc.Config) {
	b, err := json.Marshal(storedHost{CC: cfg.CC, Predefined: cfg.Predefined,
		HostIncludePaths: cfg.HostIncludePaths, HostSysIncludePaths: cfg.HostSysIncludePaths,
		IncludePaths: cfg.IncludePaths, SysIncludePaths: cfg.SysIncludePaths})
	if err != nil {
		return
	}
	if err := os.MkdirAll(filepath.Dir(file), 0o755); err != nil {
		return
	}
	outfile.Write(file, b)
}
