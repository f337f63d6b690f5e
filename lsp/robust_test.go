package lsp

import (
	"context"
	"encoding/json"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

// Requests before initialize are refused with ServerNotInitialized; a
// second initialize is refused too.
func TestLifecycleErrors(t *testing.T) {
	c := connectServer(t)
	var raw json.RawMessage
	if err := c.call("textDocument/hover", docPos("file:///x.xf", 0, 0), &raw); err == nil || !strings.Contains(err.Error(), "-32002") {
		t.Errorf("hover before initialize: %v", err)
	}
	c.mustCall("initialize", map[string]any{"processId": nil, "rootUri": nil, "capabilities": map[string]any{}}, nil)
	if err := c.call("initialize", map[string]any{"processId": nil, "rootUri": nil, "capabilities": map[string]any{}}, &raw); err == nil {
		t.Error("a second initialize was accepted")
	}
}

// A panic inside a handler is answered with an error, logged to the
// client, and the server goes on.
func TestPanicInHandlerIsRecovered(t *testing.T) {
	c := startServer(t, nil, "", func(s *session) {
		s.extra = map[string]requestFunc{"xfls/test/panic": func(context.Context, *snapshot, []byte) (any, error) {
			var m map[string]int
			//lint:ignore SA5000 the handler must panic
			m["boom"]++
			return nil, nil
		}}
	})
	var raw json.RawMessage
	err := c.call("xfls/test/panic", nil, &raw)
	if err == nil || !strings.Contains(err.Error(), "internal error in xfls/test/panic") {
		t.Fatalf("panicking request: %v", err)
	}
	c.mu.Lock()
	logged := strings.Join(c.logs, "\n")
	c.mu.Unlock()
	if !strings.Contains(logged, "assignment to entry in nil map") {
		t.Errorf("the panic was not logged to the client: %q", logged)
	}
	var syms json.RawMessage
	u := c.open(filepath.Join(t.TempDir(), "s.xf"), "a -> b\n")
	c.mustCall("textDocument/documentSymbol", map[string]any{"textDocument": map[string]any{"uri": u}}, &syms)
}

// $/cancelRequest ends a running request with RequestCancelled.
func TestCancelRequest(t *testing.T) {
	started := make(chan struct{})
	c := startServer(t, nil, "", func(s *session) {
		s.extra = map[string]requestFunc{"xfls/test/wait": func(ctx context.Context, _ *snapshot, _ []byte) (any, error) {
			close(started)
			<-ctx.Done()
			return nil, ctx.Err()
		}}
	})
	done := make(chan error, 1)
	go func() {
		var raw json.RawMessage
		done <- c.conn.Call(context.Background(), "xfls/test/wait", nil, &raw)
	}()
	<-started
	// jsonrpc2 numbers requests from 0: initialize was 0, this one is 1.
	c.notify("$/cancelRequest", map[string]any{"id": 1})
	select {
	case err := <-done:
		if err == nil || !strings.Contains(err.Error(), "-32800") {
			t.Errorf("cancelled request: %v", err)
		}
	case <-time.After(10 * time.Second):
		t.Fatal("the cancelled request never returned")
	}
}

// The server exits when the process named in initialize dies.
func TestExitsWhenParentDies(t *testing.T) {
	parent := exec.Command("sleep", "60")
	if err := parent.Start(); err != nil {
		t.Skip("no sleep command:", err)
	}
	c := connectServer(t)
	c.mustCall("initialize", map[string]any{"processId": parent.Process.Pid, "rootUri": nil, "capabilities": map[string]any{}}, nil)
	parent.Process.Kill()
	parent.Wait()
	select {
	case code := <-c.exited:
		if code != 1 {
			t.Errorf("exit %d, want 1", code)
		}
	case <-time.After(15 * time.Second):
		t.Fatal("the server did not exit after its parent died")
	}
}

// A client that accepts server-initiated progress sees it while the
// versions load, and the file watchers are registered.
func TestProgressAndWatchers(t *testing.T) {
	dir := workspace(t, map[string]string{"old.h": oldH, "new.h": newH, "xfgen.toml": toml})
	c := startServer(t, nil, `{"window":{"workDoneProgress":true},"workspace":{"didChangeWatchedFiles":{"dynamicRegistration":true}}}`)
	u := c.open(filepath.Join(dir, "spec.xf"), "")
	c.waitDiags(u, 1)
	deadline := time.Now().Add(5 * time.Second)
	for {
		c.mu.Lock()
		got := strings.Join(c.other, " ")
		c.mu.Unlock()
		if strings.Contains(got, "client/registerCapability") && strings.Contains(got, "window/workDoneProgress/create") && strings.Count(got, "$/progress") == 2 {
			return
		}
		if time.Now().After(deadline) {
			t.Fatalf("server messages: %s", got)
		}
		time.Sleep(20 * time.Millisecond)
	}
}
