package compiler

import (
	"fmt"
	"sort"
)

// didYouMean returns " (did you mean `x`?)" for the candidate closest to
// name, or "" when none is close enough to be a likely typo.
func didYouMean(name string, candidates []string) string {
	best, bestD := "", -1
	sort.Strings(candidates)
	for _, c := range candidates {
		if c == name {
			continue
		}
		d := editDistance(name, c)
		if bestD < 0 || d < bestD {
			best, bestD = c, d
		}
	}
	limit := len(name)/3 + 1
	if best == "" || bestD > limit {
		return ""
	}
	return fmt.Sprintf(" (did you mean `%s`?)", best)
}

// suggestion is didYouMean's candidate alone, "" when none.
func suggestion(name string, candidates []string) string {
	s := didYouMean(name, candidates)
	if s == "" {
		return ""
	}
	return s[len(" (did you mean `") : len(s)-len("`?)")]
}

// editDistance is the Levenshtein distance of a and b, in bytes.
func editDistance(a, b string) int {
	prev := make([]int, len(b)+1)
	cur := make([]int, len(b)+1)
	for j := range prev {
		prev[j] = j
	}
	for i := 1; i <= len(a); i++ {
		cur[0] = i
		for j := 1; j <= len(b); j++ {
			cost := 1
			if a[i-1] == b[j-1] {
				cost = 0
			}
			cur[j] = min(prev[j]+1, cur[j-1]+1, prev[j-1]+cost)
		}
		prev, cur = cur, prev
	}
	return prev[len(b)]
}
