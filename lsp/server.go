// Package lsp is xfls, the language server for .xf specs: it gives an
// editor the diagnostics of `xfgen check` while the spec is typed, and
// hover, completion, definition, references, symbols, folding,
// formatting, semantic tokens and code actions.
//
// The protocol layer (this file and transport.go) is thin: it decodes
// messages, keeps their order and hands them to the session, which holds
// the documents, the configuration of each spec, the programs loaded
// through pipeline.Cache, and the latest results. Every check is the
// checker's: the server calls the same pipeline as the command line.
//
// Dependencies, and why:
//   - go.lsp.dev/protocol v1.0.1 for the LSP types (LSP 3.18, generated
//     from the meta-model). Its @latest resolves to v0.12.0 (LSP 3.15:
//     no position encodings, a semantic tokens option without a legend,
//     nil slices marshalled as null), so the version is pinned. Its
//     union types need its own Marshal and Unmarshal, which is what this
//     package uses for every payload; jsonrpc2 only sees raw JSON.
//   - github.com/sourcegraph/jsonrpc2 for the stdio transport, with a
//     codec of our own (transport.go) that survives malformed messages.
//     Its read loop blocks while a handler runs, so the handler does only
//     what must stay in order (document changes, lifecycle) and runs
//     every request on a goroutine of its own; its AsyncHandler would
//     lose the order of changes. It has no $/cancelRequest: the server
//     keeps a cancel function per request id and answers a cancelled
//     request with RequestCancelled.
package lsp

import (
	"context"
	"encoding/json"
	"fmt"
	"io"
	"log"
	"runtime/debug"
	"sync"
	"syscall"
	"time"

	"github.com/sourcegraph/jsonrpc2"
	"go.lsp.dev/protocol"

	"github.com/xfgen-dev/xfgen/pipeline"
)

// Version is the server's version, as --version and initialize report.
func Version() string {
	if bi, ok := debug.ReadBuildInfo(); ok {
		v := bi.Main.Version
		for _, s := range bi.Settings {
			if s.Key == "vcs.revision" && len(s.Value) >= 12 {
				v += " (" + s.Value[:12] + ")"
			}
		}
		if v != "" {
			return v
		}
	}
	return "(devel)"
}

// Options configure a server.
type Options struct {
	// Log receives the server's own log; nil discards it.
	Log io.Writer
	// Exit ends the process after the exit notification or when the
	// parent process died; nil uses os.Exit. Tests pass their own.
	Exit func(code int)
	// Debounce is how long a document must stay unchanged before it is
	// checked again (default 100 ms).
	Debounce time.Duration
	// CompileDelay is how long a clean document must stay unchanged
	// before the C generated for it is compiled (default 500 ms); a
	// change cancels a compilation under way.
	CompileDelay time.Duration
	// Disk keeps the loaded versions between runs of the server, so
	// that opening a spec of an unchanged program does not read its C
	// again; nil keeps them in memory only.
	Disk *pipeline.DiskCache
}

// Run serves one client over rw (stdin and stdout for xfls) until the
// connection closes or the client says exit.
func Run(ctx context.Context, rw io.ReadWriteCloser, opts Options) {
	run(ctx, rw, newSession(opts))
}

func run(ctx context.Context, rw io.ReadWriteCloser, s *session) {
	h := &handler{s: s, pending: map[jsonrpc2.ID]context.CancelFunc{}}
	conn := jsonrpc2.NewConn(ctx, jsonrpc2.NewBufferedStream(rw, codec{}), h, jsonrpc2.SetLogger(s.log))
	s.client = conn
	close(s.ready)
	select {
	case <-conn.DisconnectNotify():
	case <-ctx.Done():
		conn.Close()
	}
	s.close()
}

type handler struct {
	s        *session
	mu       sync.Mutex
	pending  map[jsonrpc2.ID]context.CancelFunc
	shutdown bool
	inited   bool
}

// Handle is called by jsonrpc2's read loop, one message at a time.
// Notifications are applied here, in order; requests run concurrently.
func (h *handler) Handle(ctx context.Context, conn *jsonrpc2.Conn, req *jsonrpc2.Request) {
	<-h.s.ready
	params := []byte("null")
	if req.Params != nil {
		params = *req.Params
	}
	if req.Notif {
		h.notify(ctx, conn, req.Method, params)
		return
	}
	h.mu.Lock()
	inited, shut := h.inited, h.shutdown
	if req.Method == "initialize" {
		h.inited = true
	}
	h.mu.Unlock()
	switch {
	case req.Method == "initialize" && inited:
		h.replyErr(ctx, conn, req.ID, jsonrpc2.CodeInvalidRequest, "initialize was already called")
		return
	case req.Method != "initialize" && !inited:
		h.replyErr(ctx, conn, req.ID, -32002, "the server is not initialized: send initialize first")
		return
	case shut && req.Method != "shutdown":
		h.replyErr(ctx, conn, req.ID, jsonrpc2.CodeInvalidRequest, "the server is shutting down")
		return
	case req.Method == "initialize":
		// Answered before any later message is read, so that what
		// follows sees the negotiated encoding.
		h.reply(ctx, conn, req, params, h.s.initialize)
		return
	case req.Method == "shutdown":
		h.mu.Lock()
		h.shutdown = true
		h.mu.Unlock()
		conn.Reply(ctx, req.ID, nil)
		return
	}
	f, ok := h.s.request(req.Method)
	if !ok {
		h.replyErr(ctx, conn, req.ID, jsonrpc2.CodeMethodNotFound, fmt.Sprintf("method %q is not supported by xfls", req.Method))
		return
	}
	// The request sees the documents as they are now, before any later
	// change is read: snapshot them before going concurrent.
	snap := h.s.snapshot()
	rctx, cancel := context.WithCancel(ctx)
	h.mu.Lock()
	h.pending[req.ID] = cancel
	h.mu.Unlock()
	go func() {
		defer func() {
			h.mu.Lock()
			delete(h.pending, req.ID)
			h.mu.Unlock()
			cancel()
		}()
		h.reply(rctx, conn, req, params, func(ctx context.Context, p []byte) (any, error) { return f(ctx, snap, p) })
	}()
}

// reply runs f, recovering a panic into an error answer, and answers
// RequestCancelled when the request was cancelled meanwhile.
func (h *handler) reply(ctx context.Context, conn *jsonrpc2.Conn, req *jsonrpc2.Request, params []byte, f func(context.Context, []byte) (any, error)) {
	var res any
	var err error
	func() {
		defer func() {
			if p := recover(); p != nil {
				err = fmt.Errorf("internal error in %s: %v", req.Method, p)
				h.s.logf("panic in %s: %v\n%s", req.Method, p, debug.Stack())
				h.s.showLog(protocol.MessageTypeError, err.Error())
			}
		}()
		res, err = f(ctx, params)
	}()
	if ctx.Err() != nil {
		h.replyErr(context.Background(), conn, req.ID, -32800, "request cancelled")
		return
	}
	if err == errNotSpec {
		res, err = nil, nil
	}
	if err != nil {
		code := int64(jsonrpc2.CodeInternalError)
		if _, ok := err.(badParams); ok {
			code = jsonrpc2.CodeInvalidParams
		}
		h.replyErr(ctx, conn, req.ID, code, err.Error())
		return
	}
	b, err := protocol.Marshal(res)
	if err != nil {
		h.replyErr(ctx, conn, req.ID, jsonrpc2.CodeInternalError, err.Error())
		return
	}
	raw := json.RawMessage(b)
	conn.Reply(ctx, req.ID, &raw)
}

func (h *handler) replyErr(ctx context.Context, conn *jsonrpc2.Conn, id jsonrpc2.ID, code int64, msg string) {
	conn.ReplyWithError(ctx, id, &jsonrpc2.Error{Code: code, Message: msg})
}

// badParams is a request whose parameters do not decode.
type badParams struct{ error }

func decode(params []byte, v any) error {
	if err := protocol.Unmarshal(params, v); err != nil {
		return badParams{fmt.Errorf("invalid parameters: %v", err)}
	}
	return nil
}

func (h *handler) notify(ctx context.Context, conn *jsonrpc2.Conn, method string, params []byte) {
	defer func() {
		if p := recover(); p != nil {
			h.s.logf("panic in %s: %v\n%s", method, p, debug.Stack())
			h.s.showLog(protocol.MessageTypeError, fmt.Sprintf("internal error in %s: %v", method, p))
		}
	}()
	switch method {
	case "exit":
		h.mu.Lock()
		code := 1
		if h.shutdown {
			code = 0
		}
		h.mu.Unlock()
		h.s.exit(code)
		return
	case "$/cancelRequest":
		var p struct {
			ID json.RawMessage `json:"id"`
		}
		if json.Unmarshal(params, &p) == nil {
			var id jsonrpc2.ID
			if json.Unmarshal(p.ID, &id) == nil {
				h.mu.Lock()
				if c := h.pending[id]; c != nil {
					c()
				}
				h.mu.Unlock()
			}
		}
		return
	case invalidMethod:
		h.s.logf("ignored a message that could not be read: %s", params)
		return
	}
	h.mu.Lock()
	inited := h.inited
	h.mu.Unlock()
	if !inited {
		return // notifications before initialize are dropped, as the protocol says
	}
	if f, ok := h.s.notifications()[method]; ok {
		if err := f(params); err != nil {
			h.s.logf("%s: %v", method, err)
		}
		return
	}
	h.s.logf("ignored notification %s", method)
}

// watchParent ends the server when the process that started it dies,
// as initialize's processId asks.
func watchParent(pid int, exit func(int), stop <-chan struct{}) {
	t := time.NewTicker(2 * time.Second)
	defer t.Stop()
	for {
		select {
		case <-stop:
			return
		case <-t.C:
			if err := syscall.Kill(pid, 0); err == syscall.ESRCH {
				exit(1)
				return
			}
		}
	}
}

func newLogger(w io.Writer) *log.Logger {
	if w == nil {
		w = io.Discard
	}
	return log.New(w, "xfls: ", log.LstdFlags|log.Lmicroseconds)
}
