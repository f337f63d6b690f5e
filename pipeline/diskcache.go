package pipeline

import (
	"bytes"
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strings"

	"github.com/xfgen-dev/xfgen/diag"
	"github.com/xfgen-dev/xfgen/outfile"
	"github.com/xfgen-dev/xfgen/typesdiff"
)

// DiskCache keeps loaded versions in files between runs of xfgen, so a
// check of unchanged inputs does not read the C again. An entry is named
// by typesdiff.InputDigest (the flags and the content of every file the
// load may read) and by the xfgen executable that wrote it, so it is
// never served for inputs that changed, nor to another build of xfgen.
// An entry that is unreadable, truncated or corrupt is ignored and
// written anew. A nil *DiskCache loads without caching.
type DiskCache struct {
	dir   string
	build string // what identifies the running executable
}

// CacheEnv is the environment variable that moves the disk cache to
// another folder (an absolute path) or turns it off (XFGEN_CACHE=off).
const CacheEnv = "XFGEN_CACHE"

// maxDiskEntries bounds the entries kept; the oldest go first.
const maxDiskEntries = 64

// cacheMagic starts every entry; the version changes with the format.
const cacheMagic = "xfgen model cache 2\n"

// OpenDiskCache returns the cache in the user's cache folder
// (os.UserCacheDir()/xfgen), or in the folder XFGEN_CACHE names, or nil
// when XFGEN_CACHE=off or there is no cache folder.
//
// The host compiler's configuration is kept in the same folder
// (typesdiff.SetHostConfigDir): asking the compiler again (about 12 ms)
// would be a large part of a repeated check.
func OpenDiskCache() *DiskCache {
	v := os.Getenv(CacheEnv)
	dir := ""
	switch {
	case strings.EqualFold(v, "off"):
		return nil
	case filepath.IsAbs(v):
		dir = v
	default:
		base, err := os.UserCacheDir()
		if err != nil {
			return nil
		}
		dir = filepath.Join(base, "xfgen")
	}
	typesdiff.SetHostConfigDir(dir)
	return NewDiskCache(dir)
}

// NewDiskCache returns a cache keeping its entries in dir, created when
// first written.
func NewDiskCache(dir string) *DiskCache {
	return &DiskCache{dir: dir, build: typesdiff.ExecutableID()}
}

// Load returns the program cfg describes, from the cache when an entry
// for exactly these inputs is there, else loaded and stored.
//
// A load that reads an editor's unsaved text (cfg.Overlay) is neither
// looked up nor stored: that text changes with every keystroke, and each
// would write an entry.
func (d *DiskCache) Load(cfg typesdiff.Config) (*typesdiff.Program, diag.List) {
	if d == nil || len(cfg.Overlay) > 0 {
		return typesdiff.Load(cfg)
	}
	before, ok := typesdiff.InputDigest(cfg)
	if !ok {
		return typesdiff.Load(cfg)
	}
	path := d.path(before)
	if p, l, err := readEntry(path); err == nil {
		return p, l
	}
	p, l := typesdiff.Load(cfg)
	// A file changed while it was read: what was loaded may be of
	// neither content, so it is not kept.
	if after, ok := typesdiff.InputDigest(cfg); ok && after == before {
		d.write(path, p, l)
	}
	return p, l
}

func (d *DiskCache) path(digest [sha256.Size]byte) string {
	h := sha256.New()
	h.Write([]byte(d.build))
	h.Write(digest[:])
	return filepath.Join(d.dir, hex.EncodeToString(h.Sum(nil))+".model")
}

// readEntry reads an entry: the magic line, the encoding, and the
// SHA-256 of the encoding, which a truncated or damaged file fails.
func readEntry(path string) (*typesdiff.Program, diag.List, error) {
	b, err := os.ReadFile(path)
	if err != nil {
		return nil, nil, err
	}
	body, ok := bytes.CutPrefix(b, []byte(cacheMagic))
	if !ok || len(body) < sha256.Size {
		return nil, nil, fmt.Errorf("%s: not a cache entry", path)
	}
	payload, sum := body[:len(body)-sha256.Size], body[len(body)-sha256.Size:]
	if s := sha256.Sum256(payload); !bytes.Equal(s[:], sum) {
		return nil, nil, fmt.Errorf("%s: damaged cache entry", path)
	}
	return typesdiff.DecodeProgram(bytes.NewReader(payload))
}

// write stores an entry whole or not at all (outfile.Write). A cache that cannot be
// written is only slower, so failures are not reported.
func (d *DiskCache) write(path string, p *typesdiff.Program, l diag.List) {
	var payload bytes.Buffer
	if err := typesdiff.EncodeProgram(&payload, p, l); err != nil {
		return
	}
	if err := os.MkdirAll(d.dir, 0o755); err != nil {
		return
	}
	sum := sha256.Sum256(payload.Bytes())
	if outfile.Write(path, append(append([]byte(cacheMagic), payload.Bytes()...), sum[:]...)) != nil {
		return
	}
	d.trim()
}

// trim removes the oldest entries beyond maxDiskEntries.
func (d *DiskCache) trim() {
	ents, err := os.ReadDir(d.dir)
	if err != nil {
		return
	}
	type aged struct {
		name string
		mod  int64
	}
	var list []aged
	for _, e := range ents {
		if !strings.HasSuffix(e.Name(), ".model") {
			continue
		}
		if info, err := e.Info(); err == nil {
			list = append(list, aged{e.Name(), info.ModTime().UnixNano()})
		}
	}
	if len(list) <= maxDiskEntries {
		return
	}
	sort.Slice(list, func(i, j int) bool { return list[i].mod < list[j].mod })
	for _, a := range list[:len(list)-maxDiskEntries] {
		os.Remove(filepath.Join(d.dir, a.name))
	}
}
