package typesdiff

import (
	"fmt"
	"os"
	"path/filepath"
	"runtime"
	"runtime/debug"
	"strings"

	"github.com/xfgen-dev/xfgen/diag"
	"modernc.org/cc/v4"
)

// Load reads the C files of one program version into the model. Each file
// is its own translation unit; named types are merged by spelling across
// them and two different definitions of one name are reported. The
// Program is usable (possibly partial) even when the list has errors.
//
// The files are read as the host's gcc would read them: its predefined
// macros and include directories (cc.NewConfig), with --std passed to it
// (so __STDC_VERSION__ and the keywords follow the standard), the -I
// directories searched before the system ones, -D definitions, and
// __XFGEN__ defined so that xfgen/annotations.h yields attributes.
// Layout is the host ABI's, bit-fields, packed and aligned included.
//
// Program.Types holds every struct, union, enum and typedef defined in
// the user's files (forward declarations as Incomplete), and the system
// types those reach; Program.Vars every variable with storage that the
// user's files declare. Unnamed bit-fields are padding and are left out
// of Fields.
func Load(c Config) (*Program, diag.List) {
	prog := &Program{Files: c.AllFiles(), Types: map[string]*Type{}, Vars: map[string]*Var{}}
	ld := &loader{prog: prog, sysSeen: map[string]bool{}}
	ld.incDirs = c.IncludeDirs
	if len(prog.Files) == 0 {
		ld.errs.Errorf(diag.Range{}, codeNoFiles, "no C files given: name the old and new version's headers or sources")
		return prog, ld.errs
	}
	cfg, pre, err := ccConfig(c)
	if err != nil {
		ld.errs.Errorf(diag.Range{}, codeConfig, "%v", err)
		return prog, ld.errs
	}
	var jobs []unitJob
	for _, f := range c.Files {
		jobs = append(jobs, unitJob{file: f, settings: unitSettings{cfg, pre, c.IncludeDirs, c.Defines, c.Preinclude}})
	}
	all := append([]string(nil), c.IncludeDirs...)
	for _, u := range c.Units {
		uc := c.unitConfig(u)
		cfg, pre, err := ccConfig(uc)
		if err != nil {
			jobs = append(jobs, unitJob{file: u.File, errs: diag.List{{Range: rangeAt(diag.Pos{File: u.File}), Severity: diag.Error, Code: codeConfig, Message: fmt.Sprintf("%s: %v", u.File, err)}}})
			continue
		}
		jobs = append(jobs, unitJob{file: u.File, settings: unitSettings{cfg, pre, uc.IncludeDirs, uc.Defines, uc.Preinclude}})
		all = append(all, u.IncludeDirs...)
	}
	parseUnits(jobs, func(j *unitJob) {
		ld.errs = append(ld.errs, j.errs...)
		if j.ast == nil {
			return
		}
		ld.use(j.settings)
		tu := newTU(ld, j.file, j.ast)
		tu.rewritten = j.rewritten
		tu.scan()
		tu.convertAll()
		tu.mergeConflicts()
	})
	// What follows (finish) sees every unit's include directories.
	ld.incDirs = all
	ld.sysSeen = map[string]bool{}
	ld.finish()
	ld.errs = dedupe(ld.errs)
	ld.errs.Sort()
	return prog, ld.errs
}

// unitSettings are how one translation unit is read: the version's
// flags, or the unit's own.
type unitSettings struct {
	cfg        *cc.Config
	predefined string
	incDirs    []string
	defines    []string
	preinclude []string // -include files, read before each file
}

// use makes s the settings of what the loader does next.
func (ld *loader) use(s unitSettings) {
	ld.unitSettings = s
	ld.sysSeen = map[string]bool{} // -I directories decide what is the system's
}

// unitJob is one translation unit: what parseUnits found, to be merged
// into the program in the order the files were given.
type unitJob struct {
	file      string
	settings  unitSettings
	ast       *cc.AST // nil when the unit has errors that stop it
	rewritten map[string]*rewrites
	errs      diag.List
}

// parseUnits reads the units with cc at once, as many at a time as
// there are processors: each is independent of the others until it is
// merged. cc/v4 may be used concurrently, sharing sourceCache. merge is
// called with each unit in the order of jobs, as soon as it and those
// before it are read, and the unit's AST is dropped after it: at most
// twice as many units as processors are held at a time.
func parseUnits(jobs []unitJob, merge func(*unitJob)) {
	done := make([]chan struct{}, len(jobs))
	for i := range done {
		done[i] = make(chan struct{})
	}
	slots := make(chan struct{}, 2*runtime.GOMAXPROCS(0))
	go func() {
		for i := range jobs {
			j := &jobs[i]
			if j.settings.cfg == nil {
				close(done[i])
				continue
			}
			slots <- struct{}{}
			go func() {
				defer close(done[i])
				pl := &loader{}
				defer func() {
					// A failure here must not end the process (the
					// language server) from a goroutine of its own.
					if r := recover(); r != nil {
						j.ast, j.rewritten = nil, nil
						j.errs = append(pl.errs, diag.Diagnostic{Range: rangeAt(diag.Pos{File: j.file}), Severity: diag.Error, Code: codeC,
							Message: fmt.Sprintf("xfgen failed while reading this file (%v); check it with gcc -fsyntax-only, and please report it with the file", r)})
					}
				}()
				pl.use(j.settings)
				j.ast, j.rewritten = pl.parseFile(j.file)
				j.errs = pl.errs
			}()
		}
	}()
	for i := range jobs {
		<-done[i]
		merge(&jobs[i])
		jobs[i].ast, jobs[i].rewritten = nil, nil
		if jobs[i].settings.cfg != nil {
			<-slots
		}
	}
}

// loader holds the state of one Load.
type loader struct {
	prog *Program
	unitSettings
	errs    diag.List
	basics  map[cc.Kind]*Type
	sysSeen map[string]bool
	// annotated collects what must be validated once every file is in.
	annotated []pendingAnnot
	// varDefined marks keys whose position is a definition, which wins
	// over an extern declaration seen first.
	varDefined map[string]bool
}

// parseFile translates one file with cc, or reports why it cannot. It
// touches no program: units are parsed at once.
func (ld *loader) parseFile(file string) (*cc.AST, map[string]*rewrites) {
	if st, err := os.Stat(file); err != nil || st.IsDir() {
		msg := "is a directory"
		if err != nil {
			msg = strings.TrimPrefix(err.Error(), "stat "+file+": ")
		}
		ld.errs.Errorf(rangeAt(diag.Pos{File: file}), codeRead, "cannot read %s: %s; check the path", file, msg)
		return nil, nil
	}
	cfg := *ld.cfg
	cfg.Header = !isSource(file) // static locals need function bodies checked
	srcs := []cc.Source{
		{Name: "<predefined>", Value: ld.predefined},
		{Name: "<builtin>", Value: cc.Builtin},
	}
	for _, f := range ld.preinclude {
		srcs = append(srcs, cc.Source{Name: f})
	}
	srcs = append(srcs, []cc.Source{
		{Name: file},
		{Name: "<xfgen-end>", Value: endSentinel},
	}...)
	cfg.PragmaHandler = pragmaOnce()
	if !ld.checkIncludes(file) {
		return nil, nil
	}
	for _, f := range ld.userFiles(file) {
		if d, deep := checkNesting(f); deep {
			ld.errs.Add(d)
			return nil, nil
		}
		if d, bad := checkBracketAnnotations(f); bad {
			ld.errs.Add(d)
			return nil, nil
		}
	}
	rewritten := ld.workAroundSelfRefAttrs(&cfg, file)
	if ld.needsPreflight(file) {
		// The pre-pass gets its own #pragma once state: headers it
		// reads must still be read by the parse after it.
		pre := cfg
		pre.PragmaHandler = pragmaOnce()
		if err := preprocess(&pre, srcs); err != nil {
			ld.addCCErrors(err, file, ld.userFiles(file))
			return nil, nil
		}
	}
	ast, err := translate(&cfg, srcs)
	if crash, ok := err.(ccCrash); ok {
		ld.errs.Errorf(rangeAt(diag.Pos{File: file}), codeC, "the C reader (cc/v4) failed on this file (%s), so xfgen cannot read it; check the file with gcc -fsyntax-only, and if gcc accepts it please report it with the file", crash)
		return nil, nil
	}
	if err != nil {
		ld.addCCErrors(err, file, ld.userFiles(file))
		return nil, nil
	}
	return ast, rewritten
}

// pragmaOnce implements #pragma once, which cc/v4 leaves to its users:
// a file met again after its #pragma once is skipped from there on.
func pragmaOnce() func([]cc.Token) error {
	seen := map[string]bool{}
	return func(toks []cc.Token) error {
		if len(toks) == 0 || toks[0].SrcStr() != "once" {
			return nil
		}
		f := toks[0].Position().Filename
		if seen[f] {
			return cc.SkipSource
		}
		seen[f] = true
		return nil
	}
}

// endSentinel follows every file. cc/v4 v4.34.0 loops forever when a
// file ends inside a pointer declarator ("*x; extern int y; z" at EOF):
// it skips tokens until one that can start an expression, and never
// finds one at EOF. The identifier here is one; in a well-formed file it
// is a harmless typedef in a source treated as the system's.
const endSentinel = "\ntypedef int __xfgen_end_t;\n"

// translate runs cc, turning a panic inside it into an error so that no
// input crashes the caller.
func translate(cfg *cc.Config, srcs []cc.Source) (ast *cc.AST, err error) {
	defer func() {
		if r := recover(); r != nil {
			ast, err = nil, ccCrash{fmt.Sprint(r), crashSite(string(debug.Stack()))}
		}
	}()
	return cc.Translate(cfg, srcs)
}

// ccCrash is a panic of cc/v4. It is one diagnostic, not its stack.
type ccCrash struct{ value, site string }

func (c ccCrash) Error() string { return c.value + " in " + c.site }

// crashSite names the cc/v4 function a panic's stack trace went
// through first after the panic.
func crashSite(stack string) string {
	_, after, _ := strings.Cut(stack, "\npanic(")
	for _, line := range strings.Split(after, "\n") {
		if strings.HasPrefix(line, "modernc.org/cc/v4.") {
			fn, _, _ := strings.Cut(strings.TrimPrefix(line, "modernc.org/cc/v4."), "(0x")
			return "cc/v4's " + strings.TrimSuffix(fn, "(...)")
		}
	}
	return "cc/v4"
}

// isSource reports whether file is a C source (whose function bodies are
// read) rather than a header.
func isSource(file string) bool {
	return strings.EqualFold(filepath.Ext(file), ".c")
}

// finish validates annotations against the merged program.
// Type annotations go first: E_T and E_G are checked against the
// parameters E_GENERIC declares.
func (ld *loader) finish() {
	for _, p := range ld.annotated {
		if p.where == onType {
			p.check(ld)
		}
	}
	for _, p := range ld.annotated {
		if p.where != onType {
			p.check(ld)
		}
	}
}

// dedupe drops repeated diagnostics: a header read by several files of a
// version is checked once per file.
func dedupe(l diag.List) diag.List {
	seen := map[string]bool{}
	var out diag.List
	for _, d := range l {
		k := d.String()
		if !seen[k] {
			seen[k] = true
			out = append(out, d)
		}
	}
	return out
}
