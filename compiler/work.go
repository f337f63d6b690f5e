package compiler

import (
	"fmt"

	"github.com/xfgen-dev/xfgen/diag"
	"github.com/xfgen-dev/xfgen/typesdiff"
)

// computeWork decides which conversions do more than copy bytes: those
// that do by themselves, and those that reach one that does. Cycles
// (self-referential structs) are settled by propagating from the
// intrinsic ones backwards along the edges.
func computeWork(convs []*Conv) {
	users := make(map[*Conv][]*Conv, len(convs))
	var queue []*Conv
	for _, cv := range convs {
		for _, d := range cv.deps {
			users[d] = append(users[d], cv)
		}
		if cv.why && cv.Kind != ConvInvalid {
			cv.work = true
			queue = append(queue, cv)
		}
	}
	for len(queue) > 0 {
		cv := queue[len(queue)-1]
		queue = queue[:len(queue)-1]
		for _, u := range users[cv] {
			if !u.work && u.Kind != ConvInvalid {
				u.work = true
				queue = append(queue, u)
			}
		}
	}
}

// reportUnusedRules warns about type and field rules that no state
// reaches.
func (c *checker) reportUnusedRules() {
	for _, r := range c.rules {
		if r.used || r.kind == kindVar || r.kind == kindVarInit {
			continue
		}
		what := "no global variable reaches"
		c.diags.Add(diag.Diagnostic{Range: r.label.Range(), Severity: diag.Warning, Code: codeMatchesNone,
			Message: fmt.Sprintf("this rule matches nothing: %s `%s` of the old version together with `%s` of the new one; check the names or remove the rule",
				what, StructName(r.oldTypeOrHolder()), StructName(r.newType))})
	}
}

func (r *rule) oldTypeOrHolder() *typesdiff.Type {
	if r.oldType != nil {
		return r.oldType
	}
	return r.newType
}

// restatements warns about rules without code that say what inference
// does anyway.
func (c *checker) restatements() {
	for _, r := range c.rules {
		if r.code != nil || r.label.From == nil {
			continue
		}
		same := false
		switch r.kind {
		case kindVar:
			same = r.oldVar.Key == r.newVar.Key
		case kindType:
			same = r.oldType.Spelling() != "" && r.oldType.Spelling() == r.newType.Spelling()
		case kindField:
			same = r.oldField.Name == r.newField.Name && r.oldType.Spelling() == r.newType.Spelling() && !c.renamesAway(r)
		}
		if !same {
			continue
		}
		c.diags.Add(diag.Diagnostic{Range: r.label.Range(), Severity: diag.Warning, Code: codeRestates,
			Message: fmt.Sprintf("`%s` restates what inference does anyway (same name in both versions); remove the rule, or give it code", pathText(r.label.To)),
			Fixes:   []diag.Fix{{Title: "remove the rule", Edits: []diag.Edit{{Range: r.label.Range(), NewText: ""}}}}})
	}
}

// renamesAway reports whether another rule gives field r maps (a -> a)
// to a new field of another name: then inference no longer matches it
// by name, and r is what keeps the copy in its namesake.
func (c *checker) renamesAway(r *rule) bool {
	for _, o := range c.rules {
		if o != r && o.kind == kindField && o.oldType == r.oldType && o.newType == r.newType && o.oldField == r.oldField && o.newField.Name != r.oldField.Name {
			return true
		}
	}
	return false
}

// trackInterior finds the pointers to types that did not change but
// whose objects live inside objects that are migrated (members, array
// elements) or are globals: such pointers must follow their objects,
// so they become work, which may make more types work; repeated until
// nothing changes.
func (c *checker) trackInterior() {
	c.plan.Tracked = map[string]bool{}
	for round := 0; round < 16; round++ {
		placed := make(map[string]bool, len(c.plan.Convs))
		seen := make(map[*Conv]bool, len(c.plan.Convs))
		var embed, embedParts func(cv *Conv)
		// embedParts marks what cv holds by value: array elements and
		// the members of a struct (bitfields have no address).
		embedParts = func(cv *Conv) {
			switch cv.Kind {
			case ConvArray:
				embed(cv.Elem)
			case ConvStruct:
				for _, f := range cv.Fields {
					if placedField(f) {
						embed(f.Conv)
					}
				}
			}
		}
		embed = func(cv *Conv) {
			if cv == nil || seen[cv] {
				return
			}
			seen[cv] = true
			placed[cv.Key] = true
			embedParts(cv)
		}
		for _, cv := range c.plan.Convs {
			if cv.Work() {
				embedParts(cv)
			}
		}
		for _, g := range c.plan.Globals {
			if g.Old != nil && g.Conv != nil {
				embed(g.Conv)
			}
		}
		changed := false
		for _, cv := range c.plan.Convs {
			if cv.Kind != ConvPtr || cv.Elem == nil || cv.Elem.Kind == ConvInvalid || !placed[cv.Elem.Key] {
				continue
			}
			c.plan.Tracked[cv.Elem.Key] = true
			if !cv.Work() && !cv.Interior {
				cv.Interior, cv.why, changed = true, true, true
			}
		}
		if !changed {
			return
		}
		computeWork(c.plan.Convs)
	}
}

// markHolders finds the structs and arrays whose objects hold, by
// value, objects of tracked pairs (Conv.Holds). The generators map
// those inner objects wherever a holder is migrated to a new place, so
// a holder that does no work still needs a closure of its own.
func (c *checker) markHolders() {
	memo := make(map[*Conv]bool, len(c.plan.Convs))
	var holds func(cv *Conv) bool
	holds = func(cv *Conv) bool {
		if cv == nil || cv.Kind == ConvInvalid {
			return false
		}
		if v, ok := memo[cv]; ok {
			return v
		}
		memo[cv] = false // by-value nesting has no cycles; this is a guard
		v := false
		switch cv.Kind {
		case ConvArray:
			v = c.plan.Tracked[cv.Elem.Key] || holds(cv.Elem)
		case ConvStruct:
			for _, f := range cv.Fields {
				if placedField(f) && (c.plan.Tracked[f.Conv.Key] || holds(f.Conv)) {
					v = true
				}
			}
		}
		memo[cv] = v
		return v
	}
	for _, cv := range c.plan.Convs {
		if holds(cv) {
			cv.Holds = true
			if !cv.Work() {
				cv.Closure = true
			}
		}
	}
}

// placedField says whether the old field's object becomes the new
// field's: a member migrated by inference, or one E_IGNORE zeroes
// (bitfields have no address).
func placedField(f *FieldConv) bool {
	return f.Old != nil && f.Conv != nil && f.Code == nil && f.Old.BitWidth == 0 && f.New.BitWidth == 0
}
