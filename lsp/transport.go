package lsp

import (
	"bufio"
	"encoding/json"
	"io"
	"strconv"
	"strings"

	"github.com/sourcegraph/jsonrpc2"
)

// codec frames messages as the LSP base protocol does (a Content-Length
// header, a blank line, the JSON body): it writes with
// jsonrpc2.VSCodeObjectCodec, but reads so that it survives a bad message: a body that is not JSON-RPC becomes a
// notification of invalidMethod, which the server logs, and a garbled
// header block is skipped up to the next one. The stock codec returns
// an error, which closes the connection and so ends the server.
type codec struct{ jsonrpc2.VSCodeObjectCodec }

// invalidMethod stands for a message that could not be decoded.
const invalidMethod = "$/xfls/invalidMessage"

// maxMessage bounds one message's body (a whole spec is sent on open).
const maxMessage = 256 << 20

func (codec) ReadObject(r *bufio.Reader, v any) error {
	for {
		n, err := readHeader(r)
		if err != nil {
			return err
		}
		if n < 0 {
			continue // no Content-Length in that block: skip it
		}
		body := make([]byte, n)
		if _, err := io.ReadFull(r, body); err != nil {
			return err
		}
		if err := json.Unmarshal(body, v); err != nil || !isMessage(body) {
			why := "not a JSON-RPC message"
			if err != nil {
				why = err.Error()
			}
			stand, _ := json.Marshal(map[string]any{"jsonrpc": "2.0", "method": invalidMethod, "params": map[string]string{"error": why}})
			return json.Unmarshal(stand, v)
		}
		return nil
	}
}

// isMessage reports whether body is an object with a method or an id,
// which jsonrpc2 needs to tell a request from a response.
func isMessage(body []byte) bool {
	var m map[string]json.RawMessage // keys, present even when null
	if json.Unmarshal(body, &m) != nil {
		return false
	}
	var method string
	_, hasID := m["id"]
	_, hasResult := m["result"]
	_, hasError := m["error"]
	return json.Unmarshal(m["method"], &method) == nil && method != "" || hasID && (hasResult || hasError)
}

// readHeader reads one header block and returns its Content-Length, or
// -1 when the block had none (or an invalid one).
func readHeader(r *bufio.Reader) (int, error) {
	n := -1
	for {
		line, err := r.ReadString('\n')
		if err != nil {
			return 0, err
		}
		line = strings.TrimRight(line, "\r\n")
		if line == "" {
			if n < 0 {
				return -1, nil
			}
			return n, nil
		}
		if k, val, ok := strings.Cut(line, ":"); ok && strings.EqualFold(strings.TrimSpace(k), "Content-Length") {
			if v, err := strconv.Atoi(strings.TrimSpace(val)); err == nil && v >= 0 && v <= maxMessage {
				n = v
			}
		}
	}
}
