package evolve

import (
	"os"
	"strconv"
	"testing"
)

func TestDevWrite(t *testing.T) {
	dir := os.Getenv("EVDEV")
	if dir == "" {
		t.Skip()
	}
	seed, _ := strconv.Atoi(os.Getenv("EVSEED"))
	c := Generate(int64(seed))
	if err := c.Render("../check.h", -1).Write(dir); err != nil {
		t.Fatal(err)
	}
}
