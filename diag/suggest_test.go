package diag

import "testing"

func TestClosest(t *testing.T) {
	cands := []string{"struct conn", "struct config", "enum state"}
	for _, c := range []struct{ name, want string }{
		{"struct con", "struct conn"},
		{"struct confg", "struct config"},
		{"union zzz", ""},
	} {
		if got := Closest(c.name, cands); got != c.want {
			t.Errorf("Closest(%q) = %q, want %q", c.name, got, c.want)
		}
	}
	if got := Closest("x", []string{"x"}); got != "" {
		t.Errorf("the name itself is no suggestion, got %q", got)
	}
	if cands[0] != "struct conn" {
		t.Error("Closest must not reorder the caller's slice")
	}
}
