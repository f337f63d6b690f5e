// Package outfile writes a command's output file so that nothing the
// user had is lost: a regular file is replaced whole or not at all, a
// device or pipe is written as it is, a symlink's target is written and
// the link kept, hard links, mode and owner are kept, a read-only file
// is refused, and an interrupted write leaves the old file and no
// temporary file behind.
package outfile

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
	"os/signal"
	"path/filepath"
	"strings"
	"sync"
	"syscall"
)

// Error is a failed write. It names only the path the user gave, never
// a temporary file.
type Error struct {
	Path    string
	Err     error
	Partial bool // some bytes may have reached a device or pipe
}

func (e *Error) Error() string {
	if e.Partial {
		return fmt.Sprintf("cannot write %s: %v", e.Path, e.Err)
	}
	return fmt.Sprintf("cannot write %s: %v (nothing was written)", e.Path, e.Err)
}

func (e *Error) Unwrap() error { return e.Err }

// ErrReadOnly is the cause of an Error for a file that has no write
// permission: like gofmt -w, outfile refuses it even where the process
// could write it anyway (as root, or through a writable folder).
var ErrReadOnly = errors.New("the file is read-only (make it writable with chmod u+w to replace it)")

// SameAsInput returns an error when out names the same file as one of
// inputs, through any link, so that an output never replaces an input.
// A missing out or input is not the same file.
func SameAsInput(out string, inputs []string) error {
	ofi, err := os.Stat(out)
	if err != nil {
		return nil
	}
	for _, in := range inputs {
		if ifi, err := os.Stat(in); err == nil && os.SameFile(ofi, ifi) {
			if filepath.Clean(in) == filepath.Clean(out) {
				return fmt.Errorf("the output file %s is also an input: give -o another file (nothing was written)", out)
			}
			return fmt.Errorf("the output file %s is the input %s (a link to the same file): give -o another file (nothing was written)", out, in)
		}
	}
	return nil
}

// Write writes data to path. An existing regular file is replaced
// whole or not at all and keeps its mode, owner and hard links; a
// symlink keeps pointing at its target, which is written; a device,
// pipe or /dev/fd path is written directly.
func Write(path string, data []byte) error {
	partial, err := write(path, data, 0)
	if err != nil {
		return &Error{Path: path, Err: Cause(err), Partial: partial}
	}
	return nil
}

// Cause strips the file names from an os error, for a message that
// names the file itself: the one the user gave, where the operation
// may have been on a temporary file beside it.
func Cause(err error) error {
	var pe *fs.PathError
	var le *os.LinkError
	var se *os.SyscallError
	switch {
	case errors.As(err, &pe):
		return pe.Err
	case errors.As(err, &le):
		return le.Err
	case errors.As(err, &se):
		return se.Err
	}
	return err
}

const maxLinks = 40 // as the kernel's limit on symlinks in one lookup

func write(path string, data []byte, depth int) (partial bool, err error) {
	if isProcFD(path) {
		return writeDirect(path, data, os.O_TRUNC)
	}
	lfi, err := os.Lstat(path)
	if errors.Is(err, fs.ErrNotExist) {
		return false, replace(path, data, nil)
	}
	if err != nil {
		return false, err
	}
	if lfi.Mode()&fs.ModeSymlink != 0 {
		if depth >= maxLinks {
			return false, errors.New("too many levels of symbolic links")
		}
		target, err := os.Readlink(path)
		if err != nil {
			return false, err
		}
		if !filepath.IsAbs(target) {
			target = filepath.Join(filepath.Dir(path), target)
		}
		return write(target, data, depth+1)
	}
	switch {
	case lfi.IsDir():
		return false, errors.New("it is a directory")
	case !lfi.Mode().IsRegular():
		return writeDirect(path, data, 0)
	case !writable(path, lfi):
		return false, ErrReadOnly
	case links(lfi) > 1:
		return false, rewriteInPlace(path, data)
	}
	err = replace(path, data, lfi)
	if errors.Is(err, errCannotChown) {
		// Only a rewrite in place keeps an owner the process cannot give.
		return false, rewriteInPlace(path, data)
	}
	return false, err
}

// isProcFD reports whether path names one of the process's open files
// (/dev/stdout, /dev/fd/N, /proc/self/fd/N): such a file is the one the
// shell opened, so it is written, not replaced.
func isProcFD(path string) bool {
	p := filepath.Clean(path)
	switch p {
	case "/dev/stdout", "/dev/stderr":
		return true
	}
	return strings.HasPrefix(p, "/dev/fd/") || strings.HasPrefix(p, "/proc/") && strings.Contains(p, "/fd/")
}

func writeDirect(path string, data []byte, flag int) (partial bool, err error) {
	f, err := os.OpenFile(path, os.O_WRONLY|flag, 0)
	if err != nil {
		return false, err
	}
	n, err := f.Write(data)
	if cerr := f.Close(); err == nil {
		err = cerr
	}
	return n > 0 && err != nil, err
}

// writable reports whether the user may write path: the kernel's answer
// for an ordinary user, and for root, who may write anything, whether
// the mode grants write to anyone.
func writable(path string, fi fs.FileInfo) bool {
	if fi.Mode().Perm()&0o222 == 0 {
		return false
	}
	return syscall.Access(path, 2 /* W_OK */) == nil
}

func links(fi fs.FileInfo) uint64 {
	if st, ok := fi.Sys().(*syscall.Stat_t); ok {
		return uint64(st.Nlink)
	}
	return 1
}

var errCannotChown = errors.New("cannot keep the file's owner")

// replace writes a temporary file beside path and renames it over
// path. With old (path's current state) the new file gets old's mode
// and owner; without, the mode a new file gets under the umask.
func replace(path string, data []byte, old fs.FileInfo) error {
	mode := 0o666 &^ umask()
	if old != nil {
		mode = old.Mode().Perm()
	}
	tmp, err := createTemp(path)
	if err != nil {
		return err
	}
	name := tmp.Name()
	fail := func(err error) error {
		tmp.Close()
		forget(name)
		return err
	}
	if _, err := tmp.Write(data); err != nil {
		return fail(err)
	}
	if err := tmp.Chmod(mode); err != nil {
		return fail(err)
	}
	if st, ok := sysStat(old); ok && (int(st.Uid) != os.Geteuid() || int(st.Gid) != os.Getegid()) {
		if err := tmp.Chown(int(st.Uid), int(st.Gid)); err != nil {
			return fail(errCannotChown)
		}
	}
	if err := tmp.Sync(); err != nil {
		return fail(err)
	}
	if err := tmp.Close(); err != nil {
		forget(name)
		return err
	}
	testHookBeforeRename()
	mu.Lock()
	defer mu.Unlock()
	err = os.Rename(name, path)
	if err != nil {
		os.Remove(name)
	}
	delete(pending, name)
	return err
}

func sysStat(fi fs.FileInfo) (*syscall.Stat_t, bool) {
	if fi == nil {
		return nil, false
	}
	st, ok := fi.Sys().(*syscall.Stat_t)
	return st, ok
}

// rewriteInPlace overwrites path's own inode, so its hard links and
// owner stay. A backup beside it, removed at the end, keeps the old
// text should the process be killed outright; on a write error the old
// text is put back.
func rewriteInPlace(path string, data []byte) error {
	orig, err := os.ReadFile(path)
	if err != nil {
		return err
	}
	bak, err := createTemp(path)
	if err != nil {
		return err
	}
	defer forget(bak.Name())
	if _, err := bak.Write(orig); err != nil {
		bak.Close()
		return err
	}
	if err := bak.Close(); err != nil {
		return err
	}
	// A signal waits until the file is whole again: new or old.
	mu.Lock()
	defer mu.Unlock()
	f, err := os.OpenFile(path, os.O_WRONLY, 0)
	if err != nil {
		return err
	}
	_, err = f.WriteAt(data, 0)
	if err == nil {
		err = f.Truncate(int64(len(data)))
	}
	if err == nil {
		err = f.Sync()
	}
	if err != nil {
		if _, rerr := f.WriteAt(orig, 0); rerr == nil {
			f.Truncate(int64(len(orig)))
		}
		f.Close()
		return err
	}
	return f.Close()
}

func umask() fs.FileMode {
	m := syscall.Umask(0)
	syscall.Umask(m)
	return fs.FileMode(m)
}

// Temporary files in progress, removed should a signal stop the
// process; mu also keeps a signal from stopping a rename or an in-place
// rewrite half way.
var (
	mu      sync.Mutex
	pending = map[string]bool{}
)

func createTemp(path string) (*os.File, error) {
	mu.Lock()
	defer mu.Unlock()
	f, err := os.CreateTemp(filepath.Dir(path), "."+filepath.Base(path)+".*.tmp")
	if err == nil {
		pending[f.Name()] = true
	}
	return f, err
}

func forget(name string) {
	mu.Lock()
	defer mu.Unlock()
	os.Remove(name)
	delete(pending, name)
}

// testHookBeforeRename lets a test deliver a signal while a temporary
// file exists.
var testHookBeforeRename = func() {}

// CleanUpOnSignal makes SIGINT and SIGTERM remove the temporary files
// of writes in progress, leaving every output as it was, and exit with
// status 128+signal as a shell reports a killed command.
func CleanUpOnSignal() {
	c := make(chan os.Signal, 1)
	signal.Notify(c, syscall.SIGINT, syscall.SIGTERM)
	go func() {
		s := <-c
		mu.Lock() // held until exit: no rename starts after this
		for name := range pending {
			os.Remove(name)
		}
		code := 1
		if sig, ok := s.(syscall.Signal); ok {
			code = 128 + int(sig)
		}
		os.Exit(code)
	}()
}
