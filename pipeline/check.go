package pipeline

import (
	"github.com/xfgen-dev/xfgen/compiler"
	"github.com/xfgen-dev/xfgen/diag"
	"github.com/xfgen-dev/xfgen/grammar"
	"github.com/xfgen-dev/xfgen/typesdiff"
)

// Result is what checking one spec against two versions found.
type Result struct {
	Spec     *grammar.File // nil when there is no spec
	Old, New *typesdiff.Program
	// Plan is nil when a version has errors: the checker does not run on
	// a program it could not read whole.
	Plan  *compiler.Plan
	Diags diag.List // of every stage, sorted
}

// OnlyUsage reports whether every error is about the command line, the
// configuration or an unreadable file (the command's exit 2) rather than
// about the C code or the spec (exit 1). It is false when there is no
// error.
func (r *Result) OnlyUsage() bool { return r.Diags.HasErrors() && OnlyUsage(r.Diags) }

// OnlyUsage reports whether every error of l is about the command line,
// the configuration or an unreadable file.
func OnlyUsage(l diag.List) bool {
	for _, d := range l {
		if d.Severity == diag.Error && !typesdiff.IsUsageError(d) && !isConfigError(d) {
			return false
		}
	}
	return true
}

func isConfigError(d diag.Diagnostic) bool {
	switch d.Code {
	case CodeConfigSyntax, CodeConfigKey, CodeConfigMissing, CodeConfigUnread, CodeConfigValue, CodeCompdb:
		return true
	}
	return false
}

// Check parses the spec src read from specPath (specPath "" for no spec)
// and checks it against the two versions, given with the diagnostics
// their loading produced.
func Check(specPath string, src []byte, old, new *typesdiff.Program, oldDiags, newDiags diag.List) *Result {
	spec, pd := parse(specPath, src, 0)
	return CheckParsed(spec, pd, old, new, oldDiags, newDiags)
}

func parse(specPath string, src []byte, limit int) (*grammar.File, diag.List) {
	if specPath == "" {
		return nil, nil
	}
	return grammar.ParseUpTo(specPath, src, limit)
}

// CheckParsed is Check of a spec already parsed (nil for none), with
// the parser's diagnostics.
func CheckParsed(spec *grammar.File, parseDiags diag.List, old, new *typesdiff.Program, oldDiags, newDiags diag.List) *Result {
	return checkParsed(spec, parseDiags, old, new, oldDiags, newDiags, nil, 0)
}

// checkParsed is CheckParsed with the files both versions read (nil:
// unknown), so that their diagnostics say which version they are of,
// and the error limit of the report (0 for none).
func checkParsed(spec *grammar.File, parseDiags diag.List, old, new *typesdiff.Program, oldDiags, newDiags diag.List, shared map[string]bool, limit int) *Result {
	r := &Result{Old: old, New: new, Spec: spec}
	r.Diags = append(append(r.Diags, parseDiags.Trim(limit)...), VersionDiags(oldDiags, newDiags, shared).Trim(limit)...)
	if !oldDiags.HasErrors() && !newDiags.HasErrors() {
		var cd diag.List
		r.Plan, cd = compiler.CheckUpTo(r.Spec, old, new, limit)
		r.Diags = append(r.Diags, cd...)
	}
	r.Diags = r.Diags.Trim(limit)
	return r
}

// Run loads the versions o describes, through the cache, and checks the
// spec src read from specPath against them.
func (c *Cache) Run(o Options, specPath string, src []byte) *Result {
	spec, pd := parse(specPath, src, o.ErrorLimit)
	return c.RunParsed(o, spec, pd)
}

// RunParsed is Run of a spec already parsed.
func (c *Cache) RunParsed(o Options, spec *grammar.File, parseDiags diag.List) *Result {
	oldCfg, newCfg, cd := o.Configs()
	if cd.HasErrors() {
		return &Result{Spec: spec, Diags: append(append(diag.List(nil), parseDiags...), cd...)}
	}
	old, new, od, nd := c.Versions(oldCfg, newCfg)
	od = append(cd, od...)
	var shared map[string]bool
	if len(od)+len(nd) > 0 {
		shared = SharedFiles(oldCfg, newCfg)
	}
	return checkParsed(spec, parseDiags, old, new, od, nd, shared, o.ErrorLimit)
}

// Resolve returns the options for the spec at specPath: those of its
// xfgen.toml (found in its folder or an ancestor; none when specPath is
// "" or there is no file), overridden by flags. It also returns the
// configuration file's path ("" for none) and its diagnostics.
func Resolve(specPath string, flags Options) (Options, string, diag.List) {
	if specPath == "" || specPath == "-" {
		return flags, "", nil
	}
	cfgPath := FindConfig(specPath)
	if cfgPath == "" {
		return flags, "", nil
	}
	base, l := ReadConfigFile(cfgPath)
	return base.Override(flags), cfgPath, l
}
