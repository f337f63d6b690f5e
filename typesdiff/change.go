package typesdiff

import (
	"encoding/json"

	"github.com/xfgen-dev/xfgen/diag"
)

// ChangeKind classifies a type or variable between two versions.
type ChangeKind int

const (
	Unchanged ChangeKind = iota // identical through everything reachable
	Changed                     // in both versions, but different
	Added                       // only in the new version
	Removed                     // only in the old version
)

func (k ChangeKind) String() string {
	return [...]string{"unchanged", "changed", "added", "removed"}[k]
}

// MarshalJSON writes the kind as its word.
func (k ChangeKind) MarshalJSON() ([]byte, error) { return json.Marshal(k.String()) }

// FieldChangeKind says what happened to one field.
type FieldChangeKind int

const (
	FieldAdded     FieldChangeKind = iota // only in the new struct
	FieldRemoved                          // only in the old struct
	FieldRetyped                          // its declared type changed
	FieldReordered                        // it moved relative to the other fields
	FieldMoved                            // same type, another offset or bit position
	FieldAnnotated                        // its annotations changed
)

func (k FieldChangeKind) String() string {
	return [...]string{"added", "removed", "retyped", "reordered", "moved", "annotation changed"}[k]
}

// MarshalJSON writes the kind as its words.
func (k FieldChangeKind) MarshalJSON() ([]byte, error) { return json.Marshal(k.String()) }

// Report is what changed between two versions: every type and variable of
// either, by name and key.
type Report struct {
	Types []*TypeChange // by name
	Vars  []*VarChange  // by key
	// VarRenames are candidate variable renames: a removed and an added
	// variable of the same kind of type under similar names.
	VarRenames []*VarRename
	types      map[string]*TypeChange
	vars       map[string]*VarChange
}

// Type returns the change of the type called name (C spelling), or nil
// when neither version has it.
func (r *Report) Type(name string) *TypeChange { return r.types[name] }

// Var returns the change of the variable with key, or nil.
func (r *Report) Var(key string) *VarChange { return r.vars[key] }

// HasChanges reports whether anything differs between the versions.
func (r *Report) HasChanges() bool {
	for _, t := range r.Types {
		if t.Kind != Unchanged {
			return true
		}
	}
	for _, v := range r.Vars {
		if v.Kind != Unchanged {
			return true
		}
	}
	return false
}

// TypeChange is one named type across the versions.
type TypeChange struct {
	Name     string     `json:"name"`
	Kind     ChangeKind `json:"change"`
	Old      *Type      `json:"-"`
	New      *Type      `json:"-"`
	OldPos   *diag.Pos  `json:"oldPos,omitempty"`
	NewPos   *diag.Pos  `json:"newPos,omitempty"`
	System   bool       `json:"system,omitempty"`
	Affected bool       `json:"affected"` // it or something reachable from it changed
	// KindChanged: it became another kind of type (struct to union, ...).
	KindChanged bool `json:"kindChanged,omitempty"`
	// Size and alignment, old and new, when they differ.
	OldSize int64 `json:"oldSize,omitempty"`
	NewSize int64 `json:"newSize,omitempty"`
	// Fields lists the fields of a struct or union that changed.
	Fields []*FieldChange `json:"fields,omitempty"`
	// Renames are candidate field renames: a removed and an added field
	// of the same type at the same place.
	Renames []*FieldRename `json:"renames,omitempty"`
	// Enumerators lists enum constants added, removed or renumbered.
	Enumerators []*EnumeratorChange `json:"enumerators,omitempty"`
	// Aliased is set when a typedef names another type: old and new.
	Aliased *[2]string `json:"aliased,omitempty"`
	// AnnotChanged: the type's own annotations differ.
	AnnotChanged bool `json:"annotChanged,omitempty"`
	// Through lists the changed named types it reaches directly (through
	// fields, pointers, arrays, typedefs) that make it affected.
	Through []string `json:"through,omitempty"`
}

// FieldChange is one field that differs.
type FieldChange struct {
	Name    string          `json:"name"`
	Kind    FieldChangeKind `json:"change"`
	Old     *Field          `json:"-"`
	New     *Field          `json:"-"`
	OldType string          `json:"oldType,omitempty"`
	NewType string          `json:"newType,omitempty"`
	OldPos  *diag.Pos       `json:"oldPos,omitempty"`
	NewPos  *diag.Pos       `json:"newPos,omitempty"`
}

// FieldRename pairs a removed field with an added one that may be it.
type FieldRename struct {
	OldName string `json:"old"`
	NewName string `json:"new"`
	Why     string `json:"why"` // what makes it a candidate, for people
}

// VarRename pairs a removed variable with an added one that may be it.
type VarRename struct {
	OldKey string `json:"old"`
	NewKey string `json:"new"`
	Why    string `json:"why"`
}

// EnumeratorChange is one enum constant that differs.
type EnumeratorChange struct {
	Name     string     `json:"name"`
	Kind     ChangeKind `json:"change"` // Added, Removed, or Changed (renumbered)
	OldValue int64      `json:"oldValue"`
	NewValue int64      `json:"newValue"`
}

// MarshalJSON writes only the values that exist: an added enumerator
// has no old value, a removed one no new value.
func (e EnumeratorChange) MarshalJSON() ([]byte, error) {
	out := struct {
		Name     string     `json:"name"`
		Kind     ChangeKind `json:"change"`
		OldValue *int64     `json:"oldValue,omitempty"`
		NewValue *int64     `json:"newValue,omitempty"`
	}{Name: e.Name, Kind: e.Kind}
	if e.Kind != Added {
		out.OldValue = &e.OldValue
	}
	if e.Kind != Removed {
		out.NewValue = &e.NewValue
	}
	return json.Marshal(out)
}

// VarChange is one global variable across the versions.
type VarChange struct {
	Key      string     `json:"key"`
	Kind     ChangeKind `json:"change"`
	Old      *Var       `json:"-"`
	New      *Var       `json:"-"`
	OldType  string     `json:"oldType,omitempty"`
	NewType  string     `json:"newType,omitempty"`
	OldPos   *diag.Pos  `json:"oldPos,omitempty"`
	NewPos   *diag.Pos  `json:"newPos,omitempty"`
	Retyped  bool       `json:"retyped,omitempty"` // its declared type changed
	Affected bool       `json:"affected"`          // its value needs more than a byte copy
	// AnnotChanged: the variable's annotations differ.
	AnnotChanged bool     `json:"annotChanged,omitempty"`
	Through      []string `json:"through,omitempty"`
}
