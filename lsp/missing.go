package lsp

import (
	"github.com/xfgen-dev/xfgen/compiler"
)

// missingRules is the text that "add all missing rules" appends: what
// `xfgen stubs` prints for the document as it is (compiler.Stubs), ""
// when nothing is missing or the document has not been checked yet. The
// rules' code is in the language xfgen.toml names (C, or Go).
func (d *docCtx) missingRules() string {
	a := d.an
	if a == nil || a.version != d.version || a.res == nil || a.res.Plan == nil || a.spec == nil {
		return ""
	}
	text, _ := compiler.Stubs(a.spec, a.res.Old, a.res.New, compiler.StubOptions{Lang: a.opts.Lang, Report: a.report()})
	return text
}
