package lsp

import (
	"context"
	"encoding/json"
	"net"
	"os"
	"path/filepath"
	"sync"
	"testing"
	"time"

	"github.com/sourcegraph/jsonrpc2"
	"go.lsp.dev/protocol"
	"go.lsp.dev/uri"
)

// client drives a server through its real transport over a pipe, as an
// editor does.
type client struct {
	t      testing.TB
	conn   *jsonrpc2.Conn
	mu     sync.Mutex
	diags  map[string][]published // by URI, in arrival order
	notes  chan struct{}
	logs   []string
	other  []string // methods of the server's other messages, in order
	exited chan int
	raw    net.Conn      // the client's end, for writing bytes by hand
	wait   time.Duration // how long waitDiags waits; 0: 30 s
}

type published struct {
	version int32
	hasVer  bool
	diags   []protocol.Diagnostic
}

type clientHandler struct{ c *client }

func (h clientHandler) Handle(ctx context.Context, conn *jsonrpc2.Conn, req *jsonrpc2.Request) {
	c := h.c
	switch req.Method {
	case "textDocument/publishDiagnostics":
		var p protocol.PublishDiagnosticsParams
		if err := protocol.Unmarshal(*req.Params, &p); err != nil {
			c.t.Errorf("publishDiagnostics: %v", err)
			return
		}
		v, ok := p.Version.Get()
		c.mu.Lock()
		c.diags[string(p.URI)] = append(c.diags[string(p.URI)], published{v, ok, p.Diagnostics})
		c.mu.Unlock()
		select {
		case c.notes <- struct{}{}:
		default:
		}
	case "window/logMessage":
		var p struct{ Message string }
		json.Unmarshal(*req.Params, &p)
		c.mu.Lock()
		c.logs = append(c.logs, p.Message)
		c.mu.Unlock()
	default:
		c.mu.Lock()
		c.other = append(c.other, req.Method)
		c.mu.Unlock()
		if !req.Notif {
			conn.Reply(ctx, req.ID, nil)
		}
	}
}

// startServer runs a server on one end of a pipe and a client on the
// other, and sends initialize with the given options.
func startServer(t testing.TB, initOpts any, caps string, hooks ...func(*session)) *client {
	t.Helper()
	c := connectServer(t, hooks...)
	if caps == "" {
		caps = `{}`
	}
	params := map[string]any{"processId": nil, "rootUri": nil, "capabilities": json.RawMessage(caps)}
	if initOpts != nil {
		params["initializationOptions"] = initOpts
	}
	var res json.RawMessage
	c.call("initialize", params, &res)
	c.notify("initialized", map[string]any{})
	return c
}

// connectServer starts a server and connects a client, without
// initializing; hooks change the session before it serves.
func connectServer(t testing.TB, hooks ...func(*session)) *client {
	t.Helper()
	a, b := net.Pipe()
	c := &client{t: t, diags: map[string][]published{}, notes: make(chan struct{}, 1), exited: make(chan int, 1), raw: b}
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan struct{})
	tl := &testLog{t: t}
	go func() {
		defer close(done)
		s := newSession(Options{Log: tl, Debounce: 20 * time.Millisecond, CompileDelay: 50 * time.Millisecond, Exit: func(code int) {
			c.exited <- code
			a.Close()
		}})
		for _, h := range hooks {
			h(s)
		}
		run(ctx, a, s)
	}()
	c.conn = jsonrpc2.NewConn(context.Background(), jsonrpc2.NewBufferedStream(b, jsonrpc2.VSCodeObjectCodec{}), clientHandler{c})
	t.Cleanup(func() {
		c.conn.Close()
		cancel()
		<-done
		tl.mu.Lock()
		tl.done = true
		tl.mu.Unlock()
	})
	return c
}

// testLog sends the server's log to the test's, until the test ends.
type testLog struct {
	t    testing.TB
	mu   sync.Mutex
	done bool
}

func (l *testLog) Write(p []byte) (int, error) {
	l.mu.Lock()
	defer l.mu.Unlock()
	if !l.done {
		l.t.Logf("%s", p)
	}
	return len(p), nil
}

func (c *client) call(method string, params, result any) error {
	c.t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), 20*time.Second)
	defer cancel()
	return c.conn.Call(ctx, method, params, result)
}

func (c *client) mustCall(method string, params, result any) {
	c.t.Helper()
	var raw json.RawMessage
	if err := c.call(method, params, &raw); err != nil {
		c.t.Fatalf("%s: %v", method, err)
	}
	if result != nil {
		if err := protocol.Unmarshal(raw, result); err != nil {
			c.t.Fatalf("%s: decoding %s: %v", method, raw, err)
		}
	}
}

func (c *client) notify(method string, params any) {
	c.t.Helper()
	if err := c.conn.Notify(context.Background(), method, params); err != nil {
		c.t.Fatalf("%s: %v", method, err)
	}
}

// waitDiags waits for diagnostics of u published for version (or any
// publication when version < 0) and returns the latest.
func (c *client) waitDiags(u string, version int32) []protocol.Diagnostic {
	c.t.Helper()
	wait := c.wait
	if wait == 0 {
		wait = 30 * time.Second
	}
	deadline := time.After(wait)
	for {
		c.mu.Lock()
		ps := c.diags[u]
		for i := len(ps) - 1; i >= 0; i-- {
			if version < 0 || ps[i].hasVer && ps[i].version == version {
				d := ps[i].diags
				c.mu.Unlock()
				return d
			}
		}
		c.mu.Unlock()
		select {
		case <-c.notes:
		case <-time.After(20 * time.Millisecond):
		case <-deadline:
			c.t.Fatalf("no diagnostics for %s version %d", u, version)
		}
	}
}

func (c *client) open(path, text string) string {
	u := string(uri.File(path))
	c.notify("textDocument/didOpen", map[string]any{"textDocument": map[string]any{"uri": u, "languageId": "xf", "version": 1, "text": text}})
	return u
}

// workspace writes files into a fresh folder and returns its path.
func workspace(t testing.TB, files map[string]string) string {
	t.Helper()
	dir := t.TempDir()
	for name, text := range files {
		p := filepath.Join(dir, name)
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(p, []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	return dir
}

func pos(line, char uint32) map[string]any { return map[string]any{"line": line, "character": char} }

func docPos(u string, line, char uint32) map[string]any {
	return map[string]any{"textDocument": map[string]any{"uri": u}, "position": pos(line, char)}
}
