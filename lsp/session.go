package lsp

import (
	"context"
	"encoding/json"
	"fmt"
	"log"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"sync"
	"time"

	"github.com/sourcegraph/jsonrpc2"
	"github.com/xfgen-dev/xfgen/compiler/gogen"
	"github.com/xfgen-dev/xfgen/diag"
	"github.com/xfgen-dev/xfgen/grammar"
	"github.com/xfgen-dev/xfgen/pipeline"
	"github.com/xfgen-dev/xfgen/typesdiff"
	"go.lsp.dev/protocol"
	"go.lsp.dev/uri"
)

// session is the server's core: the open documents, the settings, the
// cache of loaded programs and the latest results.
type session struct {
	opts Options
	log  *log.Logger
	// client is set once, before the first message is handled.
	client *jsonrpc2.Conn
	ready  chan struct{}
	cache  *pipeline.Cache

	mu       sync.Mutex
	utf8     bool
	root     string           // the workspace folder, for relative settings
	settings pipeline.Options // from initializationOptions or didChangeConfiguration
	docs     map[string]*document
	// published lists, per spec URI, the other files (headers,
	// xfgen.toml) it published diagnostics on, so they can be cleared.
	published map[string]map[string]bool
	progress  bool // the client accepts server-initiated progress
	dynWatch  bool // the client accepts registering file watchers
	stop      chan struct{}
	// extra requests, consulted first: tests add handlers that panic or
	// wait to be cancelled.
	extra      map[string]requestFunc
	exitOnce   sync.Once
	progressID int
}

// document is one open spec.
type document struct {
	uri     string
	path    string
	version int32
	text    []byte
	timer   *time.Timer
	ccTimer *time.Timer
	// ccCancel stops the C compiler check under way, if any.
	ccCancel context.CancelFunc
	last     *analysis // the latest checked version
	// spec is false for a document that is not a spec (a header open in
	// the editor): it is only read, as an overlay, by the specs' checks.
	spec bool
}

// analysis is what checking one version of a document found.
type analysis struct {
	version int32
	text    []byte
	spec    *grammar.File
	res     *pipeline.Result // nil when the spec has no configuration
	opts    pipeline.Options
	cfgPath string
	diags   diag.List // every file's, configuration's included
	// parsedClean: the spec parsed without syntax errors, so the next
	// version may be parsed from its tree (reparse).
	parsedClean bool

	reportOnce sync.Once
	rep        *typesdiff.Report
	namesOnce  sync.Once
	names      *gogen.Names // the Go generator's names, for Go code blocks
}

// report is the diff of the two versions, made on first use.
func (a *analysis) report() *typesdiff.Report {
	if a == nil || a.res == nil || a.res.Old == nil || a.res.New == nil {
		return nil
	}
	a.reportOnce.Do(func() { a.rep = typesdiff.Diff(a.res.Old, a.res.New) })
	return a.rep
}

// view is a document as a request saw it when it arrived.
type view struct {
	uri, path string
	version   int32
	text      []byte
	last      *analysis
	spec      bool
}

// snapshot holds the documents as they were when a request arrived.
type snapshot struct {
	s    *session
	docs map[string]view
	utf8 bool
}

func newSession(opts Options) *session {
	if opts.Debounce == 0 {
		opts.Debounce = 100 * time.Millisecond
	}
	if opts.CompileDelay == 0 {
		opts.CompileDelay = 500 * time.Millisecond
	}
	cache := pipeline.NewCache()
	cache.Disk = opts.Disk
	return &session{opts: opts, log: newLogger(opts.Log), cache: cache, docs: map[string]*document{},
		published: map[string]map[string]bool{}, stop: make(chan struct{}), ready: make(chan struct{})}
}

func (s *session) close() {
	s.mu.Lock()
	defer s.mu.Unlock()
	select {
	case <-s.stop:
	default:
		close(s.stop)
	}
	for _, d := range s.docs {
		d.stopChecks()
	}
}

// stopChecks stops the document's pending checks and the compilation
// under way. Called with s.mu held.
func (d *document) stopChecks() {
	stopTimer(d.timer)
	stopTimer(d.ccTimer)
	if d.ccCancel != nil {
		d.ccCancel()
		d.ccCancel = nil
	}
}

func stopTimer(t *time.Timer) {
	if t != nil {
		t.Stop()
	}
}

func (s *session) exit(code int) {
	s.exitOnce.Do(func() {
		s.logf("exit %d", code)
		s.close()
		if s.opts.Exit != nil {
			s.opts.Exit(code)
			return
		}
		os.Exit(code)
	})
}

func (s *session) logf(format string, args ...any) { s.log.Printf(format, args...) }

// showLog sends a message to the client's log (window/logMessage).
func (s *session) showLog(t protocol.MessageType, msg string) {
	s.notifyClient("window/logMessage", &protocol.LogMessageParams{Type: t, Message: msg})
}

func (s *session) notifyClient(method string, v any) {
	if s.client == nil {
		return
	}
	b, err := protocol.Marshal(v)
	if err != nil {
		s.logf("marshal %s: %v", method, err)
		return
	}
	raw := json.RawMessage(b)
	if err := s.client.Notify(context.Background(), method, &raw); err != nil {
		s.logf("notify %s: %v", method, err)
	}
}

func (s *session) snapshot() *snapshot {
	s.mu.Lock()
	defer s.mu.Unlock()
	sn := &snapshot{s: s, docs: make(map[string]view, len(s.docs)), utf8: s.utf8}
	for k, d := range s.docs {
		sn.docs[k] = view{uri: d.uri, path: d.path, version: d.version, text: d.text, last: d.last, spec: d.spec}
	}
	return sn
}

// initialize negotiates the position encoding, reads the settings and
// says what the server can do.
func (s *session) initialize(ctx context.Context, params []byte) (any, error) {
	var p protocol.InitializeParams
	if err := decode(params, &p); err != nil {
		return nil, err
	}
	s.mu.Lock()
	if g := p.Capabilities.General; g != nil {
		for _, e := range g.PositionEncodings {
			if e == protocol.PositionEncodingKindUTF8 {
				s.utf8 = true
			}
		}
	}
	//lint:ignore SA1019 clients that predate workspaceFolders send only rootUri
	if r := p.RootURI; r != nil {
		s.root = uriPath(string(*r))
	}
	if fs, ok := p.WorkspaceFolders.Get(); ok && len(fs) > 0 {
		s.root = uriPath(string(fs[0].URI))
	}
	if w := p.Capabilities.Window; w != nil && w.WorkDoneProgress != nil && *w.WorkDoneProgress {
		s.progress = true
	}
	if w := p.Capabilities.Workspace; w != nil && w.DidChangeWatchedFiles != nil && w.DidChangeWatchedFiles.DynamicRegistration != nil {
		s.dynWatch = *w.DidChangeWatchedFiles.DynamicRegistration
	}
	if len(p.InitializationOptions) > 0 {
		if err := s.setSettings(p.InitializationOptions); err != nil {
			s.logf("initializationOptions: %v", err)
		}
	}
	utf8 := s.utf8
	s.mu.Unlock()
	if p.ProcessID != nil && *p.ProcessID > 0 {
		go watchParent(int(*p.ProcessID), s.exit, s.stop)
	}
	enc := protocol.PositionEncodingKindUTF16
	if utf8 {
		enc = protocol.PositionEncodingKindUTF8
	}
	return initializeResult(enc), nil
}

// setSettings reads the client's settings: the keys of xfgen.toml, for
// specs that have none. Called with s.mu held.
func (s *session) setSettings(raw []byte) error {
	var o pipeline.Options
	if err := json.Unmarshal(raw, &o); err != nil {
		return err
	}
	abs := func(ps []string) []string {
		var out []string
		for _, p := range ps {
			if !filepath.IsAbs(p) && s.root != "" {
				p = filepath.Join(s.root, p)
			}
			if m, err := filepath.Glob(p); err == nil && len(m) > 0 {
				out = append(out, m...)
			} else {
				out = append(out, p)
			}
		}
		return out
	}
	o.Old, o.New = abs(o.Old), abs(o.New)
	o.Include, o.OldInclude, o.NewInclude = abs(o.Include), abs(o.OldInclude), abs(o.NewInclude)
	s.settings = o
	return nil
}

func (s *session) notifications() map[string]func([]byte) error {
	return map[string]func([]byte) error{
		"initialized":                      s.initialized,
		"textDocument/didOpen":             s.didOpen,
		"textDocument/didChange":           s.didChange,
		"textDocument/didClose":            s.didClose,
		"textDocument/didSave":             func([]byte) error { return nil },
		"workspace/didChangeWatchedFiles":  s.didChangeWatchedFiles,
		"workspace/didChangeConfiguration": s.didChangeConfiguration,
		"$/setTrace":                       func([]byte) error { return nil },
	}
}

// initialized registers the file watchers that keep the cache fresh.
func (s *session) initialized([]byte) error {
	s.mu.Lock()
	dyn := s.dynWatch
	s.mu.Unlock()
	if !dyn || s.client == nil {
		return nil
	}
	reg := map[string]any{"registrations": []any{map[string]any{
		"id": "xfls-watch", "method": "workspace/didChangeWatchedFiles",
		"registerOptions": map[string]any{"watchers": []any{
			map[string]any{"globPattern": "**/*.{h,c}"},
			map[string]any{"globPattern": "**/" + pipeline.ConfigName},
		}},
	}}}
	go func() {
		var res json.RawMessage
		if err := s.client.Call(context.Background(), "client/registerCapability", reg, &res); err != nil {
			s.logf("registering file watchers: %v", err)
		}
	}()
	return nil
}

func (s *session) didOpen(params []byte) error {
	var p protocol.DidOpenTextDocumentParams
	if err := decode(params, &p); err != nil {
		return err
	}
	u := string(p.TextDocument.URI)
	s.mu.Lock()
	d := &document{uri: u, path: uriPath(u), version: p.TextDocument.Version, text: []byte(p.TextDocument.Text)}
	d.spec = strings.HasSuffix(d.path, ".xf") || strings.HasPrefix(string(p.TextDocument.LanguageID), "xf")
	if old := s.docs[u]; old != nil {
		old.stopChecks()
	}
	s.docs[u] = d
	s.mu.Unlock()
	if !d.spec {
		s.recheckAll(s.opts.Debounce) // a header the specs may read: its text is the editor's now
		return nil
	}
	s.schedule(u, 0)
	return nil
}

func (s *session) didChange(params []byte) error {
	var p protocol.DidChangeTextDocumentParams
	if err := decode(params, &p); err != nil {
		return err
	}
	u := string(p.TextDocument.URI)
	s.mu.Lock()
	d := s.docs[u]
	if d == nil {
		s.mu.Unlock()
		return fmt.Errorf("change of %s, which is not open", u)
	}
	text := d.text
	for _, c := range p.ContentChanges {
		switch c := c.(type) {
		case *protocol.TextDocumentContentChangeWholeDocument:
			text = []byte(c.Text)
		case *protocol.TextDocumentContentChangePartial:
			l := newLines(text, s.utf8)
			a, b := l.offset(c.Range.Start), l.offset(c.Range.End)
			if b < a {
				a, b = b, a
			}
			next := make([]byte, 0, len(text)-(b-a)+len(c.Text))
			next = append(append(append(next, text[:a]...), c.Text...), text[b:]...)
			text = next
		}
	}
	d.text, d.version = text, p.TextDocument.Version
	spec := d.spec
	s.mu.Unlock()
	if !spec {
		s.recheckAll(s.opts.Debounce)
		return nil
	}
	s.schedule(u, s.opts.Debounce)
	return nil
}

func (s *session) didClose(params []byte) error {
	var p protocol.DidCloseTextDocumentParams
	if err := decode(params, &p); err != nil {
		return err
	}
	u := string(p.TextDocument.URI)
	s.mu.Lock()
	d := s.docs[u]
	delete(s.docs, u)
	if d != nil {
		d.stopChecks()
	}
	extra := s.published[u]
	delete(s.published, u)
	s.mu.Unlock()
	if d != nil && !d.spec {
		s.recheckAll(0) // the header is read from the disk again
		return nil
	}
	s.publish(u, nil, nil)
	for o := range extra {
		s.publish(o, nil, nil)
	}
	return nil
}

func (s *session) didChangeWatchedFiles(params []byte) error {
	var p protocol.DidChangeWatchedFilesParams
	if err := decode(params, &p); err != nil {
		return err
	}
	for _, c := range p.Changes {
		s.cache.Forget(uriPath(string(c.URI)))
	}
	s.recheckAll(0)
	return nil
}

func (s *session) didChangeConfiguration(params []byte) error {
	var p struct {
		Settings struct {
			Xfls json.RawMessage `json:"xfls"`
		} `json:"settings"`
	}
	if err := json.Unmarshal(params, &p); err != nil {
		return err
	}
	if len(p.Settings.Xfls) > 0 && string(p.Settings.Xfls) != "null" {
		s.mu.Lock()
		err := s.setSettings(p.Settings.Xfls)
		s.mu.Unlock()
		if err != nil {
			return err
		}
	}
	s.recheckAll(0)
	return nil
}

// recheckAll checks every open spec again after delay.
func (s *session) recheckAll(delay time.Duration) {
	s.mu.Lock()
	var us []string
	for u, d := range s.docs {
		if d.spec {
			us = append(us, u)
		}
	}
	s.mu.Unlock()
	for _, u := range us {
		s.schedule(u, delay)
	}
}

// overlay is the text of every open document that is not a spec (a
// header being edited), for the loader to read instead of the disk.
// Called with s.mu held.
func (s *session) overlay() map[string][]byte {
	var o map[string][]byte
	for _, d := range s.docs {
		if !d.spec {
			if o == nil {
				o = map[string][]byte{}
			}
			o[typesdiff.OverlayKey(d.path)] = d.text
		}
	}
	return o
}

// schedule checks the document after it stayed unchanged for delay.
func (s *session) schedule(u string, delay time.Duration) {
	s.mu.Lock()
	defer s.mu.Unlock()
	d := s.docs[u]
	if d == nil {
		return
	}
	d.stopChecks()
	d.timer = time.AfterFunc(delay, func() { s.check(u) })
}

// check analyses the document's current version and publishes the
// result unless a newer version arrived meanwhile.
func (s *session) check(u string) {
	defer func() {
		if p := recover(); p != nil {
			s.logf("panic checking %s: %v", u, p)
			s.showLog(protocol.MessageTypeError, fmt.Sprintf("internal error checking %s: %v", u, p))
		}
	}()
	s.mu.Lock()
	d := s.docs[u]
	if d == nil {
		s.mu.Unlock()
		return
	}
	if !d.spec {
		s.mu.Unlock()
		return
	}
	version, text, path := d.version, d.text, d.path
	settings := s.settings
	overlay := s.overlay()
	var prev *grammar.File
	if d.last != nil && d.last.parsedClean {
		prev = d.last.spec
	}
	s.mu.Unlock()

	a := s.analyse(path, version, text, settings, overlay, prev)

	s.mu.Lock()
	d = s.docs[u]
	if d == nil || d.version != version {
		s.mu.Unlock()
		return // a newer version is on its way; this result is stale
	}
	d.last = a
	s.mu.Unlock()
	s.publishAnalysis(u, a, nil)
	if a.res != nil && a.res.Plan != nil && !a.diags.HasErrors() {
		s.scheduleCC(u, a)
	}
}

// analyse checks one version of a spec against the programs its
// configuration names.
func (s *session) analyse(path string, version int32, text []byte, settings pipeline.Options, overlay map[string][]byte, prev *grammar.File) *analysis {
	a := &analysis{version: version, text: text}
	// parse reads the spec, from the previous version's tree when only
	// some rules changed.
	parse := func() (*grammar.File, diag.List) {
		if f, ok := reparse(prev, text); ok {
			a.parsedClean = true
			return f, nil
		}
		f, pd := grammar.Parse(path, text)
		a.parsedClean = len(pd) == 0
		return f, pd
	}
	opts, cfgPath, cfgDiags := pipeline.Resolve(path, pipeline.Options{})
	a.cfgPath = cfgPath
	if cfgPath == "" {
		opts = settings
	}
	opts.Overlay = overlay
	a.opts = opts
	a.diags = append(a.diags, cfgDiags...)
	// Without usable versions only the syntax is checked, and the spec's
	// first line says why.
	var why *diag.Diagnostic
	first := diag.Pos{File: path, Line: 1, Col: 1}
	switch {
	case cfgDiags.HasErrors():
		c := cfgDiags[0]
		why = &diag.Diagnostic{Severity: diag.Error, Code: c.Code,
			Message: fmt.Sprintf("%s has errors, so the spec is not checked against the program: %s", cfgPath, c.Message),
			Related: []diag.Related{{Range: c.Range, Message: c.Message}}}
	case !opts.HasVersions():
		why = &diag.Diagnostic{Severity: diag.Warning, Code: pipeline.CodeNoConfig,
			Message: fmt.Sprintf("no %s names the program's versions for this spec, so only its syntax is checked: create one in the spec's folder (or above) with old = [\"v1/*.h\"] and new = [\"v2/*.h\"], or set the editor's xfls.old and xfls.new", pipeline.ConfigName)}
	}
	if why != nil {
		var pd diag.List
		a.spec, pd = parse()
		why.Range = diag.Range{Start: first, End: first}
		a.diags = append(append(a.diags, pd...), *why)
		return a
	}
	oldCfg, newCfg := opts.Versions()
	done := s.beginProgress(oldCfg, newCfg)
	spec, pd := parse()
	a.res = s.cache.RunParsed(opts, spec, pd)
	done()
	a.spec = a.res.Spec
	a.diags = append(a.diags, a.res.Diags...)
	return a
}

// publishAnalysis publishes a's diagnostics on the spec and on the other
// files they point into, with extra (the C compiler's) on the spec, and
// clears what the spec published before on files that are clean now.
func (s *session) publishAnalysis(u string, a *analysis, extra diag.List) {
	byFile := map[string]diag.List{}
	for _, d := range append(append(diag.List(nil), a.diags...), extra...) {
		f := d.Range.Start.File
		if f == "" {
			f = uriPath(u)
		}
		byFile[f] = append(byFile[f], d)
	}
	specPath := uriPath(u)
	now := map[string]bool{}
	for f := range byFile {
		if !sameFile(f, specPath) {
			now[fileURI(f)] = true
		}
	}
	// Clear what is clean now, then the other files, then the spec
	// itself, so that a client which sees the spec's version has every
	// file of it.
	s.mu.Lock()
	before := s.published[u]
	s.published[u] = now
	s.mu.Unlock()
	for o := range before {
		if !now[o] {
			s.publish(o, nil, nil)
		}
	}
	var files []string
	var specDiags diag.List
	for f, l := range byFile {
		if sameFile(f, specPath) {
			specDiags = append(specDiags, l...)
		} else {
			files = append(files, f)
		}
	}
	sort.Strings(files)
	for _, f := range files {
		fu := fileURI(f)
		s.publish(fu, nil, s.convertDiags(fu, f, nil, byFile[f]))
	}
	specDiags.Sort()
	v := a.version
	s.publish(u, &v, s.convertDiags(u, specPath, a.text, specDiags))
}

func (s *session) publish(u string, version *int32, ds []protocol.Diagnostic) {
	p := &protocol.PublishDiagnosticsParams{URI: uri.URI(u), Diagnostics: ds}
	if p.Diagnostics == nil {
		p.Diagnostics = []protocol.Diagnostic{}
	}
	if version != nil {
		p.Version = protocol.NewOptional(*version)
	}
	s.notifyClient("textDocument/publishDiagnostics", p)
}

// beginProgress reports $/progress while a version that is not cached
// yet loads; the returned function ends it.
func (s *session) beginProgress(oldCfg, newCfg any) func() {
	s.mu.Lock()
	ok := s.progress && s.client != nil
	s.progressID++
	token := fmt.Sprintf("xfls-load-%d", s.progressID)
	s.mu.Unlock()
	if !ok {
		return func() {}
	}
	ctx, cancel := context.WithTimeout(context.Background(), 2*time.Second)
	defer cancel()
	var res json.RawMessage
	if err := s.client.Call(ctx, "window/workDoneProgress/create", map[string]any{"token": token}, &res); err != nil {
		return func() {}
	}
	s.notifyRaw("$/progress", map[string]any{"token": token, "value": map[string]any{"kind": "begin", "title": "xfls: loading the program's versions"}})
	return func() {
		s.notifyRaw("$/progress", map[string]any{"token": token, "value": map[string]any{"kind": "end"}})
	}
}

func (s *session) notifyRaw(method string, v any) {
	if s.client != nil {
		if err := s.client.Notify(context.Background(), method, v); err != nil {
			s.logf("notify %s: %v", method, err)
		}
	}
}

// uriPath is the file path of a file: URI (the URI itself otherwise).
func uriPath(u string) string {
	if strings.HasPrefix(u, "file:") {
		if p := uri.URI(u).Path(); p != "" {
			return filepath.Clean(p)
		}
	}
	return u
}

func fileURI(path string) string {
	if abs, err := filepath.Abs(path); err == nil {
		path = abs
	}
	return string(uri.File(path))
}

func sameFile(a, b string) bool {
	if a == b {
		return true
	}
	aa, err1 := filepath.Abs(a)
	bb, err2 := filepath.Abs(b)
	return err1 == nil && err2 == nil && aa == bb
}
