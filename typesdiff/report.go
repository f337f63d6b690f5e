package typesdiff

import (
	"encoding/json"
	"fmt"
	"io"
	"strings"

	"github.com/xfgen-dev/xfgen/diag"
)

// WriteText writes the changes for people: one block per changed type
// (old -> new, with positions), then the variables. Unchanged things are
// not listed.
func (r *Report) WriteText(w io.Writer) error {
	var b strings.Builder
	nt, nv := 0, 0
	for _, tc := range r.Types {
		if tc.Kind == Unchanged {
			continue
		}
		nt++
		fmt.Fprintf(&b, "%s: %s%s\n", tc.Name, tc.Kind, span(tc.OldPos, tc.NewPos))
		if tc.KindChanged {
			fmt.Fprintf(&b, "  kind: %s -> %s\n", tc.Old.Kind, tc.New.Kind)
		}
		if tc.OldSize != tc.NewSize {
			fmt.Fprintf(&b, "  size: %d -> %d bytes\n", tc.OldSize, tc.NewSize)
		}
		if tc.Aliased != nil {
			fmt.Fprintf(&b, "  names: %s -> %s\n", tc.Aliased[0], tc.Aliased[1])
		}
		var moved []string
		for _, fc := range tc.Fields {
			if fc.Kind == FieldMoved {
				moved = append(moved, fmt.Sprintf("%s %d->%d", fieldLabel(fc.Name), fc.Old.Offset, fc.New.Offset))
				continue
			}
			fmt.Fprintf(&b, "  field %s: %s", fieldLabel(fc.Name), fc.Kind)
			switch fc.Kind {
			case FieldRetyped:
				fmt.Fprintf(&b, " %s -> %s", fc.OldType, fc.NewType)
			case FieldAdded:
				fmt.Fprintf(&b, " %s", fc.NewType)
			case FieldRemoved:
				fmt.Fprintf(&b, " %s", fc.OldType)
			}
			fmt.Fprintf(&b, "%s\n", span(fc.OldPos, fc.NewPos))
		}
		if len(moved) > 0 {
			fmt.Fprintf(&b, "  offsets moved: %s\n", strings.Join(moved, ", "))
		}
		for _, rn := range tc.Renames {
			fmt.Fprintf(&b, "  rename? %s -> %s (%s; a rule %s.%s -> %s.%s says so)\n", rn.OldName, rn.NewName, rn.Why, tc.Name, rn.OldName, tc.Name, rn.NewName)
		}
		for _, ec := range tc.Enumerators {
			switch ec.Kind {
			case Added:
				fmt.Fprintf(&b, "  enumerator %s: added = %d\n", ec.Name, ec.NewValue)
			case Removed:
				fmt.Fprintf(&b, "  enumerator %s: removed (was %d)\n", ec.Name, ec.OldValue)
			default:
				fmt.Fprintf(&b, "  enumerator %s: renumbered %d -> %d\n", ec.Name, ec.OldValue, ec.NewValue)
			}
		}
		if tc.AnnotChanged {
			fmt.Fprintf(&b, "  annotations changed\n")
		}
		if len(tc.Through) > 0 {
			fmt.Fprintf(&b, "  affected through: %s\n", strings.Join(tc.Through, ", "))
		}
	}
	for _, vc := range r.Vars {
		if vc.Kind == Unchanged {
			continue
		}
		nv++
		fmt.Fprintf(&b, "variable %s: %s", vc.Key, vc.Kind)
		switch {
		case vc.Kind == Added:
			fmt.Fprintf(&b, " %s", vc.NewType)
		case vc.Kind == Removed:
			fmt.Fprintf(&b, " %s", vc.OldType)
		case vc.Retyped:
			fmt.Fprintf(&b, ", retyped %s -> %s", vc.OldType, vc.NewType)
		}
		fmt.Fprintf(&b, "%s\n", span(vc.OldPos, vc.NewPos))
		if vc.AnnotChanged {
			fmt.Fprintf(&b, "  annotations changed\n")
		}
		if len(vc.Through) > 0 {
			fmt.Fprintf(&b, "  affected through: %s\n", strings.Join(vc.Through, ", "))
		}
	}
	for _, rn := range r.VarRenames {
		fmt.Fprintf(&b, "rename? variable %s -> %s (%s; a rule %s -> %s says so)\n", rn.OldKey, rn.NewKey, rn.Why, rn.OldKey, rn.NewKey)
	}
	if nt+nv == 0 {
		b.WriteString("no changes\n")
	} else {
		fmt.Fprintf(&b, "%d type(s) and %d variable(s) changed\n", nt, nv)
	}
	_, err := io.WriteString(w, b.String())
	return err
}

func fieldLabel(name string) string {
	if name == "" {
		return "(anonymous)"
	}
	return name
}

// span writes " (old.h:3:5 -> new.h:4:5)" with the positions present.
func span(o, n *diag.Pos) string {
	switch {
	case o != nil && n != nil:
		return " (" + o.String() + " -> " + n.String() + ")"
	case o != nil:
		return " (" + o.String() + ")"
	case n != nil:
		return " (" + n.String() + ")"
	}
	return ""
}

// jsonReport is the JSON form: only what changed, as in the text.
type jsonReport struct {
	Types      []*TypeChange `json:"types"`
	Vars       []*VarChange  `json:"vars"`
	VarRenames []*VarRename  `json:"varRenames,omitempty"`
}

// WriteJSON writes the same content as WriteText as JSON for tools.
func (r *Report) WriteJSON(w io.Writer) error {
	out := jsonReport{Types: []*TypeChange{}, Vars: []*VarChange{}, VarRenames: r.VarRenames}
	for _, tc := range r.Types {
		if tc.Kind != Unchanged {
			out.Types = append(out.Types, tc)
		}
	}
	for _, vc := range r.Vars {
		if vc.Kind != Unchanged {
			out.Vars = append(out.Vars, vc)
		}
	}
	enc := json.NewEncoder(w)
	enc.SetEscapeHTML(false) // `->` and `<stdin>` stay readable
	enc.SetIndent("", "  ")
	return enc.Encode(out)
}
