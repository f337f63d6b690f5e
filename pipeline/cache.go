package pipeline

import (
	"crypto/sha256"
	"os"
	"sort"
	"strings"
	"sync"
	"time"

	"github.com/xfgen-dev/xfgen/diag"
	"github.com/xfgen-dev/xfgen/typesdiff"
)

// Cache keeps loaded versions of programs, so that a language server
// rechecks a spec on every keystroke against programs read once. A
// version is read again when one of its files (the files given and the
// user's headers they include) changed on disk since it was read, or
// was dropped with Forget. The zero Cache is not usable; use NewCache.
// It is safe for concurrent use; one configuration is read at most once
// at a time.
type Cache struct {
	// Disk, when not nil, keeps loaded versions between processes too.
	// Set it before the first Load.
	Disk *DiskCache

	mu      sync.Mutex
	entries map[string]*entry
	clock   uint64
}

type entry struct {
	mu      sync.Mutex // held while the version is read
	prog    *typesdiff.Program
	diags   diag.List
	sources map[string]time.Time // file -> modification time when read
	valid   bool
	used    uint64 // when it was last asked for, in Load calls
}

// maxEntries bounds the cache: each edit of a header open in an editor
// is a configuration of its own (the overlay is in the key), and only
// the latest few are worth keeping.
const maxEntries = 16

// NewCache returns an empty cache.
func NewCache() *Cache { return &Cache{entries: map[string]*entry{}} }

func cacheKey(c typesdiff.Config) string {
	parts := []string{strings.Join(c.Files, "\x00"), strings.Join(c.IncludeDirs, "\x00"), strings.Join(c.Defines, "\x00"), c.Std, strings.Join(c.Preinclude, "\x00")}
	for _, u := range c.Units {
		parts = append(parts, u.File, strings.Join(u.IncludeDirs, "\x00"), strings.Join(u.Defines, "\x00"), strings.Join(u.Preinclude, "\x00"), u.Std)
	}
	keys := make([]string, 0, len(c.Overlay))
	for k := range c.Overlay {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	for _, k := range keys {
		sum := sha256.Sum256(c.Overlay[k])
		parts = append(parts, k, string(sum[:]))
	}
	return strings.Join(parts, "\x01")
}

// Load returns the program c describes, from the cache when none of its
// files changed since it was read.
func (c *Cache) Load(cfg typesdiff.Config) (*typesdiff.Program, diag.List) {
	c.mu.Lock()
	key := cacheKey(cfg)
	c.clock++
	e := c.entries[key]
	if e == nil {
		e = &entry{}
		c.entries[key] = e
		if len(c.entries) > maxEntries {
			c.evictOldest(key)
		}
	}
	e.used = c.clock
	c.mu.Unlock()
	e.mu.Lock()
	defer e.mu.Unlock()
	if e.valid && !e.stale() {
		return e.prog, e.diags
	}
	// Modification times are taken before reading, so a file written
	// while it is read makes the next Load read it again.
	sources := map[string]time.Time{}
	for _, f := range typesdiff.Sources(cfg) {
		sources[f] = modTime(f)
	}
	e.prog, e.diags = c.Disk.Load(cfg)
	e.sources, e.valid = sources, true
	return e.prog, e.diags
}

func (e *entry) stale() bool {
	for f, t := range e.sources {
		if !modTime(f).Equal(t) {
			return true
		}
	}
	return false
}

func modTime(f string) time.Time {
	st, err := os.Stat(f)
	if err != nil {
		return time.Time{}
	}
	return st.ModTime()
}

// evictOldest drops the least recently used entry other than keep.
// Called with c.mu held; a Load still using it keeps its own pointer.
func (c *Cache) evictOldest(keep string) {
	oldest, at := "", uint64(1<<64-1)
	for k, e := range c.entries {
		if k != keep && e.used < at {
			oldest, at = k, e.used
		}
	}
	delete(c.entries, oldest)
}

// Forget drops every cached version that read the file at path, so the
// next Load reads it again even if its modification time did not move.
func (c *Cache) Forget(path string) {
	c.mu.Lock()
	defer c.mu.Unlock()
	for k, e := range c.entries {
		if e.mu.TryLock() {
			_, uses := e.sources[path]
			e.mu.Unlock()
			if !uses {
				continue
			}
		}
		delete(c.entries, k)
	}
}

// Versions reads the old and the new version. They are independent, so
// they are read at once.
func (c *Cache) Versions(oldCfg, newCfg typesdiff.Config) (oldProg, newProg *typesdiff.Program, oldDiags, newDiags diag.List) {
	done := make(chan struct{})
	go func() {
		defer close(done)
		newProg, newDiags = c.Load(newCfg)
	}()
	oldProg, oldDiags = c.Load(oldCfg)
	<-done
	return oldProg, newProg, oldDiags, newDiags
}
