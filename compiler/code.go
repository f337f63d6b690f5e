package compiler

import "sort"

// selectCode decides what the generators write code for, once the work
// of every conversion and the tracked pairs are known: the conversion
// that stands for each tracked pair of types in the address map
// (Conv.Tag), the conversions that need a closure of their own
// (Conv.Closure), those that need code at all (Plan.Code), and the
// pairs of types whose objects may lie in arrays (Plan.InArrays).
func (c *checker) selectCode() {
	plan := c.plan
	tags := map[string]*Conv{}
	for _, cv := range plan.Convs {
		if plan.Tracked[cv.Key] && tags[cv.Key] == nil && canonical(cv) {
			tags[cv.Key] = cv
			cv.Closure = true
		}
	}
	for _, cv := range plan.Convs {
		cv.Tag = cv
		if t := tags[cv.Key]; t != nil {
			cv.Tag = t
		}
	}
	plan.InArrays = map[string]bool{}
	for _, cv := range plan.Convs {
		if cv.Elem != nil && (cv.Kind == ConvArray || cv.Kind == ConvPtr && !canonical(cv)) {
			plan.InArrays[cv.Elem.Key] = true
		}
	}
	need := map[*Conv]bool{}
	var mark func(cv *Conv)
	mark = func(cv *Conv) {
		if cv == nil || need[cv] || cv.Kind == ConvInvalid {
			return
		}
		if !cv.Work() && !cv.Closure {
			return
		}
		need[cv] = true
		mark(cv.Elem)
		for _, f := range cv.Fields {
			mark(f.Conv)
		}
		for _, b := range cv.Bind {
			b.Closure = true
			mark(b)
		}
	}
	for _, cv := range plan.Convs {
		if cv.Closure {
			mark(cv)
		}
	}
	for _, gl := range plan.Globals {
		mark(gl.Conv)
	}
	plan.Code = plan.Code[:0]
	for _, cv := range plan.Convs {
		if need[cv] {
			plan.Code = append(plan.Code, cv)
		}
	}
	sort.Slice(plan.Code, func(i, j int) bool { return plan.Code[i].ID < plan.Code[j].ID })
}

// canonical says whether cv may stand for its pair of types: a plain
// conversion, not one shaped by a declaration's annotations (a counted
// or zero-ended pointer migrates differently from a plain one).
func canonical(cv *Conv) bool {
	if cv.Kind == ConvInvalid {
		return false
	}
	if cv.Kind == ConvPtr && (cv.CountField != nil || cv.NT || cv.Count != 1) {
		return false
	}
	return true
}
