package lsp

import (
	"context"
	"encoding/json"
	"fmt"
	"net"
	"testing"
	"time"

	"github.com/sourcegraph/jsonrpc2"
)

func frame(body string) string { return fmt.Sprintf("Content-Length: %d\r\n\r\n%s", len(body), body) }

// fuzzServer runs a server, writes raw to it after initialize and a
// spec's didOpen, and checks that it still answers a request. Any
// panic that escapes the server's recovery fails the test, and so does
// a server that stops answering.
func fuzzServer(t *testing.T, raw []byte) {
	a, b := net.Pipe()
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	s := newSession(Options{Debounce: time.Millisecond, CompileDelay: time.Hour, Exit: func(int) {}})
	done := make(chan struct{})
	go func() { defer close(done); run(ctx, a, s) }()
	conn := jsonrpc2.NewConn(ctx, jsonrpc2.NewBufferedStream(b, jsonrpc2.VSCodeObjectCodec{}), jsonrpc2.HandlerWithError(func(context.Context, *jsonrpc2.Conn, *jsonrpc2.Request) (any, error) { return nil, nil }))
	defer func() { conn.Close(); <-done }()
	call := func(method string, params any) error {
		c, cancel := context.WithTimeout(ctx, 10*time.Second)
		defer cancel()
		var res json.RawMessage
		err := conn.Call(c, method, params, &res)
		if c.Err() != nil {
			t.Fatalf("%s: the server stopped answering", method)
		}
		return err
	}
	call("initialize", map[string]any{"processId": nil, "rootUri": nil, "capabilities": map[string]any{}})
	conn.Notify(ctx, "textDocument/didOpen", map[string]any{"textDocument": map[string]any{"uri": "file:///f/spec.xf", "languageId": "xf", "version": 1, "text": "a -> b\n"}})
	// The bytes are one message's body: the framing's own faults (no
	// length, a bad one) are TestRobustness's; a length longer than what
	// follows would only make the server wait for the rest, as it must.
	w := make(chan error, 1)
	go func() {
		_, err := b.Write([]byte(frame(string(raw))))
		w <- err
	}()
	select {
	case <-w:
	case <-time.After(10 * time.Second):
		t.Fatal("the server stopped reading")
	}
	call("textDocument/documentSymbol", map[string]any{"textDocument": map[string]any{"uri": "file:///f/spec.xf"}})
}

// FuzzServerMessages sends an arbitrary message body to the server
// between valid messages: it must neither crash nor stop answering.
//
//	go test -fuzz=FuzzServerMessages ./lsp/
func FuzzServerMessages(f *testing.F) {
	for _, s := range []string{
		(`{"jsonrpc":"2.0","id":7,"method":"textDocument/hover","params":{"textDocument":{"uri":"file:///f/spec.xf"},"position":{"line":0,"character":3}}}`),
		(`{"jsonrpc":"2.0","method":"textDocument/didChange","params":{"textDocument":{"uri":"file:///f/spec.xf","version":2},"contentChanges":[{"range":{"start":{"line":9,"character":99},"end":{"line":0,"character":0}},"text":"\u0000"}]}}`),
		(`{"jsonrpc":"2.0","id":8,"method":"textDocument/completion","params":{"textDocument":{"uri":"file:///f/spec.xf"},"position":{"line":4294967295,"character":4294967295}}}`),
		(`{"jsonrpc":"2.0","id":9,"method":"textDocument/codeAction","params":null}`),
		(`{"jsonrpc":"2.0","id":"x","method":"textDocument/formatting","params":{"textDocument":{"uri":"file:///nope.xf"}}}`),
		(`{"jsonrpc":"2.0","method":"workspace/didChangeConfiguration","params":{"settings":{"xfls":{"old":[1,2]}}}}`),
		(`{"jsonrpc":"2.0","method":"textDocument/didOpen","params":{"textDocument":{"uri":"file:///f/spec.xf","text":"INIT x: {"}}}`),
		`{"id":`, "\x00\xff\xfe", "{}", "[]", `{"jsonrpc":"2.0","id":1,"result":null}`,
	} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, raw []byte) {
		if len(raw) > 1<<16 {
			return
		}
		fuzzServer(t, raw)
	})
}
