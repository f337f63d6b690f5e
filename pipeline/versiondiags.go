package pipeline

import (
	"github.com/xfgen-dev/xfgen/diag"
	"github.com/xfgen-dev/xfgen/typesdiff"
)

// SharedFiles are the user's files both versions read (a header both
// include): their diagnostics must say which version they are of.
func SharedFiles(oldCfg, newCfg typesdiff.Config) map[string]bool {
	inOld := map[string]bool{}
	for _, f := range typesdiff.Sources(oldCfg) {
		inOld[f] = true
	}
	shared := map[string]bool{}
	for _, f := range typesdiff.Sources(newCfg) {
		if inOld[f] {
			shared[f] = true
		}
	}
	return shared
}

// VersionDiags joins the two versions' loading diagnostics. One that
// both versions report alike (a header both read) is given once and
// says so; one in a file both read that only one version reports says
// which. shared may be nil: then a file is taken as shared when both
// versions report something in it.
func VersionDiags(oldDiags, newDiags diag.List, shared map[string]bool) diag.List {
	key := func(d diag.Diagnostic) string { return d.String() }
	inNew := map[string]bool{}
	files := map[string]int{} // 1 old, 2 new, 3 both
	for _, d := range newDiags {
		inNew[key(d)] = true
		files[d.Range.Start.File] |= 2
	}
	inOld := map[string]bool{}
	for _, d := range oldDiags {
		inOld[key(d)] = true
		files[d.Range.Start.File] |= 1
	}
	isShared := func(f string) bool { return f != "" && (shared[f] || files[f] == 3) }
	var out diag.List
	for _, d := range oldDiags {
		switch {
		case inNew[key(d)]:
			d.Message += " (in both versions)"
		case isShared(d.Range.Start.File):
			d.Message += " (in the old version)"
		}
		out = append(out, d)
	}
	for _, d := range newDiags {
		switch {
		case inOld[key(d)]:
			continue // given once, above
		case isShared(d.Range.Start.File):
			d.Message += " (in the new version)"
		}
		out = append(out, d)
	}
	return out
}
