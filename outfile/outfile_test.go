package outfile

import (
	"errors"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"time"
)

func read(t *testing.T, path string) string {
	t.Helper()
	b, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	return string(b)
}

func put(t *testing.T, path, text string, mode os.FileMode) {
	t.Helper()
	if err := os.WriteFile(path, []byte(text), mode); err != nil {
		t.Fatal(err)
	}
	if err := os.Chmod(path, mode); err != nil {
		t.Fatal(err)
	}
}

func inode(t *testing.T, path string) uint64 {
	t.Helper()
	fi, err := os.Stat(path)
	if err != nil {
		t.Fatal(err)
	}
	return fi.Sys().(*syscall.Stat_t).Ino
}

// noTemps fails when a temporary file is left in dir.
func noTemps(t *testing.T, dir string) {
	t.Helper()
	ents, err := os.ReadDir(dir)
	if err != nil {
		t.Fatal(err)
	}
	for _, e := range ents {
		if strings.HasPrefix(e.Name(), ".") {
			t.Errorf("temporary file left behind: %s", e.Name())
		}
	}
}

func TestNewFileGetsUmaskMode(t *testing.T) {
	dir := t.TempDir()
	old := syscall.Umask(0o027)
	defer syscall.Umask(old)
	out := filepath.Join(dir, "xform.c")
	if err := Write(out, []byte("code")); err != nil {
		t.Fatal(err)
	}
	fi, _ := os.Stat(out)
	if read(t, out) != "code" || fi.Mode().Perm() != 0o640 {
		t.Errorf("got %q mode %v, want \"code\" mode 0640", read(t, out), fi.Mode().Perm())
	}
	noTemps(t, dir)
}

func TestExistingFileIsReplacedWholeKeepingMode(t *testing.T) {
	dir := t.TempDir()
	out := filepath.Join(dir, "xform.c")
	put(t, out, "old text that is longer", 0o640)
	before := inode(t, out)
	if err := Write(out, []byte("new")); err != nil {
		t.Fatal(err)
	}
	fi, _ := os.Stat(out)
	if read(t, out) != "new" || fi.Mode().Perm() != 0o640 {
		t.Errorf("got %q mode %v", read(t, out), fi.Mode().Perm())
	}
	if inode(t, out) == before {
		t.Errorf("a file with one link was rewritten in place, not replaced whole")
	}
	noTemps(t, dir)
}

func TestSymlinkKeptAndTargetWritten(t *testing.T) {
	dir := t.TempDir()
	if err := os.Mkdir(filepath.Join(dir, "real"), 0o755); err != nil {
		t.Fatal(err)
	}
	target := filepath.Join(dir, "real", "spec.xf")
	put(t, target, "old", 0o600)
	// A relative link to a relative link.
	if err := os.Symlink("real/spec.xf", filepath.Join(dir, "l1")); err != nil {
		t.Fatal(err)
	}
	if err := os.Symlink("l1", filepath.Join(dir, "l2")); err != nil {
		t.Fatal(err)
	}
	if err := Write(filepath.Join(dir, "l2"), []byte("new")); err != nil {
		t.Fatal(err)
	}
	for _, l := range []string{"l1", "l2"} {
		if fi, err := os.Lstat(filepath.Join(dir, l)); err != nil || fi.Mode()&os.ModeSymlink == 0 {
			t.Errorf("%s is no longer a symlink", l)
		}
	}
	fi, _ := os.Stat(target)
	if read(t, target) != "new" || fi.Mode().Perm() != 0o600 {
		t.Errorf("target: %q mode %v", read(t, target), fi.Mode().Perm())
	}
	noTemps(t, dir)
	noTemps(t, filepath.Join(dir, "real"))
}

func TestDanglingSymlinkCreatesTarget(t *testing.T) {
	dir := t.TempDir()
	if err := os.Symlink("made.c", filepath.Join(dir, "link.c")); err != nil {
		t.Fatal(err)
	}
	if err := Write(filepath.Join(dir, "link.c"), []byte("x")); err != nil {
		t.Fatal(err)
	}
	if fi, _ := os.Lstat(filepath.Join(dir, "link.c")); fi.Mode()&os.ModeSymlink == 0 {
		t.Errorf("the link was replaced")
	}
	if read(t, filepath.Join(dir, "made.c")) != "x" {
		t.Errorf("the target was not written")
	}
}

func TestHardLinksKept(t *testing.T) {
	dir := t.TempDir()
	a, b := filepath.Join(dir, "a.xf"), filepath.Join(dir, "b.xf")
	put(t, a, "a long old text", 0o644)
	if err := os.Link(a, b); err != nil {
		t.Fatal(err)
	}
	if err := Write(a, []byte("new")); err != nil {
		t.Fatal(err)
	}
	if read(t, a) != "new" || read(t, b) != "new" || inode(t, a) != inode(t, b) {
		t.Errorf("the hard link was split: a=%q b=%q", read(t, a), read(t, b))
	}
	noTemps(t, dir)
}

func TestReadOnlyRefused(t *testing.T) {
	dir := t.TempDir()
	out := filepath.Join(dir, "spec.xf")
	put(t, out, "keep", 0o444)
	err := Write(out, []byte("new"))
	if !errors.Is(err, ErrReadOnly) {
		t.Fatalf("got %v, want ErrReadOnly", err)
	}
	if read(t, out) != "keep" {
		t.Errorf("a read-only file was rewritten")
	}
	if !strings.Contains(err.Error(), out) || !strings.Contains(err.Error(), "nothing was written") {
		t.Errorf("message %q", err)
	}
	noTemps(t, dir)
}

func TestOwnerKept(t *testing.T) {
	if os.Geteuid() != 0 {
		t.Skip("needs root to give a file another owner")
	}
	for _, nlink := range []int{1, 2} {
		dir := t.TempDir()
		out := filepath.Join(dir, "xform.c")
		put(t, out, "old", 0o664)
		if nlink == 2 {
			if err := os.Link(out, out+".2"); err != nil {
				t.Fatal(err)
			}
		}
		if err := os.Chown(out, 4321, 4322); err != nil {
			t.Fatal(err)
		}
		if err := Write(out, []byte("new")); err != nil {
			t.Fatal(err)
		}
		st := func() *syscall.Stat_t { fi, _ := os.Stat(out); return fi.Sys().(*syscall.Stat_t) }()
		if st.Uid != 4321 || st.Gid != 4322 || read(t, out) != "new" {
			t.Errorf("links %d: owner %d:%d, text %q", nlink, st.Uid, st.Gid, read(t, out))
		}
	}
}

func TestDirectoryRefusedWithoutTempName(t *testing.T) {
	dir := t.TempDir()
	err := Write(dir, []byte("x"))
	if err == nil {
		t.Fatal("writing over a directory succeeded")
	}
	if strings.Contains(err.Error(), ".tmp") || !strings.Contains(err.Error(), dir+": it is a directory") {
		t.Errorf("message %q", err)
	}
	noTemps(t, dir)
}

func TestDevicesWrittenDirectly(t *testing.T) {
	if err := Write("/dev/null", []byte("x")); err != nil {
		t.Errorf("/dev/null: %v", err)
	}
	if fi, err := os.Stat("/dev/null"); err != nil || fi.Mode()&os.ModeCharDevice == 0 {
		t.Fatalf("/dev/null is no longer a device")
	}
	err := Write("/dev/full", []byte("x"))
	if !errors.Is(err, syscall.ENOSPC) || !strings.Contains(err.Error(), "/dev/full") {
		t.Errorf("/dev/full: got %v, want no space left on device", err)
	}
}

func TestNamedPipeWrittenDirectly(t *testing.T) {
	fifo := filepath.Join(t.TempDir(), "pipe")
	if err := syscall.Mkfifo(fifo, 0o644); err != nil {
		t.Fatal(err)
	}
	got := make(chan string)
	go func() {
		f, err := os.Open(fifo)
		if err != nil {
			got <- err.Error()
			return
		}
		b, _ := io.ReadAll(f)
		f.Close()
		got <- string(b)
	}()
	if err := Write(fifo, []byte("through the pipe")); err != nil {
		t.Fatal(err)
	}
	if s := <-got; s != "through the pipe" {
		t.Errorf("the reader got %q", s)
	}
	if fi, _ := os.Lstat(fifo); fi.Mode()&os.ModeNamedPipe == 0 {
		t.Errorf("the pipe was replaced by %v", fi.Mode())
	}
}

func TestSameAsInput(t *testing.T) {
	dir := t.TempDir()
	in := filepath.Join(dir, "spec.xf")
	put(t, in, "x", 0o644)
	other := filepath.Join(dir, "other.c")
	put(t, other, "y", 0o644)
	if err := os.Symlink("spec.xf", filepath.Join(dir, "sym.xf")); err != nil {
		t.Fatal(err)
	}
	if err := os.Link(in, filepath.Join(dir, "hard.xf")); err != nil {
		t.Fatal(err)
	}
	for _, out := range []string{in, filepath.Join(dir, ".", "spec.xf"), filepath.Join(dir, "sym.xf"), filepath.Join(dir, "hard.xf")} {
		if err := SameAsInput(out, []string{other, in}); err == nil || !strings.Contains(err.Error(), out) {
			t.Errorf("%s: got %v, want it named as an input", out, err)
		}
	}
	for _, out := range []string{other, filepath.Join(dir, "new.c")} {
		if err := SameAsInput(out, []string{in}); err != nil {
			t.Errorf("%s: %v", out, err)
		}
	}
}

// The helper process: OUTFILE_HELPER says what to do.
func TestMain(m *testing.M) {
	switch os.Getenv("OUTFILE_HELPER") {
	case "":
		os.Exit(m.Run())
	case "signal":
		CleanUpOnSignal()
		testHookBeforeRename = func() {
			syscall.Kill(os.Getpid(), syscall.SIGTERM)
			time.Sleep(5 * time.Second)
		}
		Write(os.Getenv("OUTFILE_PATH"), []byte("new"))
		os.Exit(0) // not reached: the signal ends the process
	case "stdout":
		if err := Write("/dev/stdout", []byte("to stdout")); err != nil {
			os.Stderr.WriteString(err.Error())
			os.Exit(1)
		}
		os.Exit(0)
	}
}

func helper(t *testing.T, mode string, env ...string) *exec.Cmd {
	cmd := exec.Command(os.Args[0])
	cmd.Env = append(append(os.Environ(), "OUTFILE_HELPER="+mode), env...)
	return cmd
}

func TestSignalRemovesTempAndKeepsOldOutput(t *testing.T) {
	dir := t.TempDir()
	out := filepath.Join(dir, "xform.c")
	put(t, out, "old", 0o644)
	err := helper(t, "signal", "OUTFILE_PATH="+out).Run()
	var ee *exec.ExitError
	if !errors.As(err, &ee) || ee.ExitCode() != 128+int(syscall.SIGTERM) {
		t.Fatalf("got %v, want exit %d", err, 128+int(syscall.SIGTERM))
	}
	if read(t, out) != "old" {
		t.Errorf("the old output changed: %q", read(t, out))
	}
	noTemps(t, dir)
}

func TestDevStdout(t *testing.T) {
	// A pipe.
	b, err := helper(t, "stdout").Output()
	if err != nil || string(b) != "to stdout" {
		t.Errorf("pipe: %q, %v", b, err)
	}
	// A regular file the shell opened: written, not replaced.
	path := filepath.Join(t.TempDir(), "log")
	f, err := os.Create(path)
	if err != nil {
		t.Fatal(err)
	}
	before := inode(t, path)
	cmd := helper(t, "stdout")
	cmd.Stdout = f
	err = cmd.Run()
	f.Close()
	if err != nil || read(t, path) != "to stdout" || inode(t, path) != before {
		t.Errorf("file: %q, %v (inode kept: %v)", read(t, path), err, inode(t, path) == before)
	}
}
