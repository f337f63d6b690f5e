package compiler

import (
	"fmt"

	"github.com/xfgen-dev/xfgen/diag"
)

// didYouMean returns " (did you mean `x`?)" for the candidate closest to
// name, or "" when none is close enough to be a likely typo.
func didYouMean(name string, candidates []string) string {
	if best := diag.Closest(name, candidates); best != "" {
		return fmt.Sprintf(" (did you mean `%s`?)", best)
	}
	return ""
}

// suggestion is didYouMean's candidate alone, "" when none.
func suggestion(name string, candidates []string) string {
	return diag.Closest(name, candidates)
}
