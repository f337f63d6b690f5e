package typesdiff

import (
	"fmt"
	"path/filepath"
	"regexp"
	"runtime"
	"strings"
	"sync"

	"modernc.org/cc/v4"
)

// hostConfigs caches the host compiler's configuration per --std value:
// cc.NewConfig runs the C compiler, which is too slow to repeat for every
// version, file and language-server keystroke.
var hostConfigs sync.Map // std -> *hostConfig

type hostConfig struct {
	once sync.Once
	cfg  *cc.Config
	err  error
}

// sourceCache lets every translation unit reuse the system headers that
// an earlier one scanned; old and new versions include mostly the same.
var sourceCache = new(cc.SourceCache)

// expansionLimit bounds macro expansion work per translation unit so a
// hostile header cannot make the loader run for hours.
const expansionLimit = 50_000_000

var (
	stdRe    = regexp.MustCompile(`^(c|gnu|iso9899:)[0-9a-z:]+$`)
	defineRe = regexp.MustCompile(`^[A-Za-z_][A-Za-z0-9_]*(\([A-Za-z0-9_, .]*\))?$`)
)

func hostFor(std string) (*cc.Config, error) {
	v, _ := hostConfigs.LoadOrStore(std, &hostConfig{})
	h := v.(*hostConfig)
	h.once.Do(func() {
		var opts []string
		if std != "" {
			opts = append(opts, "-std="+std)
		}
		h.cfg, h.err = newHostConfig(opts)
	})
	return h.cfg, h.err
}

// vaList gives va_list the host ABI's layout where cc/v4's built-in one
// (a void *) differs from it, so structs holding a va_list are laid out
// as gcc lays them out. cc.Builtin defines __builtin_va_list only when
// it is not a macro yet.
var vaList = map[string]string{
	"linux/amd64": "typedef struct { unsigned __gp_offset, __fp_offset; void *__overflow_arg_area, *__reg_save_area; } __xfgen_va_list[1];\n" +
		"#define __builtin_va_list __xfgen_va_list\n",
	"linux/arm64": "typedef struct { void *__stack, *__gr_top, *__vr_top; int __gr_offs, __vr_offs; } __xfgen_va_list;\n" +
		"#define __builtin_va_list __xfgen_va_list\n",
}

// ccConfig builds the cc configuration of one version: the host's, with
// the version's include directories and defines, and __XFGEN__ defined so
// that include/xfgen/annotations.h expands to attributes.
func ccConfig(c Config) (*cc.Config, string, error) {
	if c.Std != "" && !stdRe.MatchString(c.Std) {
		return nil, "", fmt.Errorf("unknown C standard %q: use one gcc accepts, such as c99, c11, c17, gnu11", c.Std)
	}
	host, err := hostFor(c.Std)
	if err != nil {
		return nil, "", fmt.Errorf("cannot read the host C compiler's configuration (is gcc or cc installed and on PATH?): %v", err)
	}
	cfg := *host // the host Config is shared; change only a copy
	var pre strings.Builder
	pre.WriteString(host.Predefined)
	pre.WriteString("\n#define __XFGEN__ 1\n")
	pre.WriteString(vaList[runtime.GOOS+"/"+runtime.GOARCH])
	for _, d := range c.Defines {
		name, val, ok := strings.Cut(d, "=")
		if !ok {
			val = "1"
		}
		if !defineRe.MatchString(name) {
			return nil, "", fmt.Errorf("-D %s: %q is not a macro name (want NAME or NAME=VALUE)", d, name)
		}
		fmt.Fprintf(&pre, "#define %s %s\n", name, val)
	}
	var dirs []string
	for _, d := range c.IncludeDirs {
		dirs = append(dirs, filepath.Clean(d))
	}
	// "" is the including file's directory, searched first for "..." as
	// gcc does; -I directories come before the system ones for both forms.
	// "/" lets an absolute "..." name be found (cc joins it to each
	// directory); missingDir comes last, see missing.go.
	cfg.IncludePaths = append(append([]string{""}, dirs...), host.IncludePaths[1:]...)
	cfg.IncludePaths = append(cfg.IncludePaths, "/", missingDir)
	cfg.SysIncludePaths = append(append(append([]string(nil), dirs...), host.SysIncludePaths...), missingDir)
	cfg.FS = overlayFS{over: c.Overlay}
	cfg.ABILayout = true
	cfg.UnsignedEnums = true // as gcc: an enum without negative values is unsigned
	cfg.Header = true
	cfg.SourceCache = sourceCache
	cfg.ExpansionLimit = expansionLimit
	return &cfg, pre.String(), nil
}
