package lsp

import (
	"strings"

	"github.com/xfgen-dev/xfgen/diag"
)

// missingRules is the text that "add all missing rules" appends: the
// rules the checker's errors ask for, each from the fix it carries.
func (d *docCtx) missingRules() string {
	if d.an == nil || d.an.version != d.version {
		return ""
	}
	var b strings.Builder
	seen := map[string]bool{}
	for _, x := range d.an.diags {
		if x.Severity != diag.Error {
			continue
		}
		for _, fx := range x.Fixes {
			for _, e := range fx.Edits {
				if e.Range.Start.Offset == len(d.text) && e.Range.End.Offset == e.Range.Start.Offset && !seen[e.NewText] {
					seen[e.NewText] = true
					b.WriteString(e.NewText)
				}
			}
		}
	}
	return b.String()
}
