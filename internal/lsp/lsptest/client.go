// Package lsptest is a minimal Language Server Protocol client for tests:
// it frames messages, matches responses to requests and keeps every
// notification the server sends, so tests can wait for diagnostics.
package lsptest

import (
	"bufio"
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"net/textproto"
	"strconv"
	"sync"
	"time"
)

// A Message is any message from the server.
type Message struct {
	ID     json.RawMessage `json:"id,omitempty"`
	Method string          `json:"method,omitempty"`
	Params json.RawMessage `json:"params,omitempty"`
	Result json.RawMessage `json:"result,omitempty"`
	Error  *struct {
		Code    int    `json:"code"`
		Message string `json:"message"`
	} `json:"error,omitempty"`
}

// A Client talks to one server.
type Client struct {
	w  io.Writer
	wm sync.Mutex

	mu       sync.Mutex
	changed  chan struct{} // closed and replaced on every message
	next     int
	replies  map[string]Message
	notes    []Message
	readErr  error
	readDone chan struct{}
}

// New starts reading the server's output r; requests go to w.
func New(r io.Reader, w io.Writer) *Client {
	c := &Client{w: w, changed: make(chan struct{}), replies: map[string]Message{}, readDone: make(chan struct{})}
	go c.read(bufio.NewReader(r))
	return c
}

func (c *Client) read(r *bufio.Reader) {
	defer close(c.readDone)
	tp := textproto.NewReader(r)
	for {
		h, err := tp.ReadMIMEHeader()
		if err != nil {
			c.fail(err)
			return
		}
		n, err := strconv.Atoi(h.Get("Content-Length"))
		if err != nil {
			c.fail(fmt.Errorf("bad Content-Length %q", h.Get("Content-Length")))
			return
		}
		body := make([]byte, n)
		if _, err := io.ReadFull(r, body); err != nil {
			c.fail(err)
			return
		}
		var m Message
		if err := json.Unmarshal(body, &m); err != nil {
			c.fail(fmt.Errorf("server sent invalid JSON: %v: %s", err, body))
			return
		}
		c.mu.Lock()
		if m.Method == "" {
			c.replies[string(m.ID)] = m
		} else {
			c.notes = append(c.notes, m)
		}
		close(c.changed)
		c.changed = make(chan struct{})
		c.mu.Unlock()
	}
}

func (c *Client) fail(err error) {
	c.mu.Lock()
	defer c.mu.Unlock()
	c.readErr = err
	close(c.changed)
	c.changed = make(chan struct{})
}

// Done is closed when the server's output ends.
func (c *Client) Done() <-chan struct{} { return c.readDone }

// WriteRaw sends bytes as they are, framing included.
func (c *Client) WriteRaw(b []byte) error {
	c.wm.Lock()
	defer c.wm.Unlock()
	_, err := c.w.Write(b)
	return err
}

// Send frames and sends one JSON body as it is.
func (c *Client) Send(body []byte) error {
	return c.WriteRaw(append([]byte("Content-Length: "+strconv.Itoa(len(body))+"\r\n\r\n"), body...))
}

func (c *Client) send(v any) error {
	body, err := json.Marshal(v)
	if err != nil {
		return err
	}
	return c.Send(body)
}

// Notify sends a notification.
func (c *Client) Notify(method string, params any) error {
	return c.send(map[string]any{"jsonrpc": "2.0", "method": method, "params": params})
}

// Call sends a request and waits for its response.
func (c *Client) Call(method string, params any, timeout time.Duration) (Message, error) {
	c.mu.Lock()
	c.next++
	id := c.next
	c.mu.Unlock()
	msg := map[string]any{"jsonrpc": "2.0", "id": id, "method": method}
	if params != nil {
		msg["params"] = params
	}
	if err := c.send(msg); err != nil {
		return Message{}, err
	}
	var reply Message
	err := c.wait(timeout, func() bool {
		m, ok := c.replies[strconv.Itoa(id)]
		reply = m
		return ok
	})
	return reply, err
}

// Reply returns the response with a raw id (such as "null"), if any came.
func (c *Client) Reply(id string) (Message, bool) {
	c.mu.Lock()
	defer c.mu.Unlock()
	m, ok := c.replies[id]
	return m, ok
}

// WaitReply waits for the response with a raw id (such as "null" or "7").
func (c *Client) WaitReply(id string, timeout time.Duration) (Message, error) {
	var reply Message
	err := c.wait(timeout, func() bool {
		m, ok := c.replies[id]
		reply = m
		return ok
	})
	return reply, err
}

// Notifications returns the notifications received so far with a method.
func (c *Client) Notifications(method string) []Message {
	c.mu.Lock()
	defer c.mu.Unlock()
	var out []Message
	for _, m := range c.notes {
		if m.Method == method {
			out = append(out, m)
		}
	}
	return out
}

// WaitFor waits until ok, called under the client's lock with the
// notifications so far, returns true.
func (c *Client) WaitFor(timeout time.Duration, ok func(notes []Message) bool) error {
	return c.wait(timeout, func() bool { return ok(c.notes) })
}

// wait calls cond under the lock after every message until it holds.
func (c *Client) wait(timeout time.Duration, cond func() bool) error {
	deadline := time.NewTimer(timeout)
	defer deadline.Stop()
	for {
		c.mu.Lock()
		if cond() {
			c.mu.Unlock()
			return nil
		}
		if c.readErr != nil {
			err := c.readErr
			c.mu.Unlock()
			return fmt.Errorf("server output ended: %w", err)
		}
		ch := c.changed
		c.mu.Unlock()
		select {
		case <-ch:
		case <-deadline.C:
			return errors.New("timed out")
		}
	}
}

// Diagnostics is the payload of textDocument/publishDiagnostics.
type Diagnostics struct {
	URI         string `json:"uri"`
	Version     *int   `json:"version"`
	Diagnostics []struct {
		Range struct {
			Start struct{ Line, Character int } `json:"start"`
			End   struct{ Line, Character int } `json:"end"`
		} `json:"range"`
		Severity        int    `json:"severity"`
		Code            string `json:"code"`
		Source          string `json:"source"`
		Message         string `json:"message"`
		CodeDescription *struct {
			Href string `json:"href"`
		} `json:"codeDescription"`
	} `json:"diagnostics"`
}

// WaitDiagnostics waits until the latest diagnostics published for uri
// satisfy ok, and returns them.
func (c *Client) WaitDiagnostics(uri string, timeout time.Duration, ok func(Diagnostics) bool) (Diagnostics, error) {
	var last Diagnostics
	err := c.wait(timeout, func() bool {
		found := false
		for i := len(c.notes) - 1; i >= 0; i-- {
			m := c.notes[i]
			if m.Method != "textDocument/publishDiagnostics" {
				continue
			}
			var d Diagnostics
			if json.Unmarshal(m.Params, &d) == nil && d.URI == uri {
				last, found = d, true
				break
			}
		}
		return found && ok(last)
	})
	return last, err
}

// A LogBuffer collects a server's log output; it is safe for concurrent
// writes.
type LogBuffer struct {
	mu sync.Mutex
	b  bytes.Buffer
}

func (l *LogBuffer) Write(p []byte) (int, error) {
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.b.Write(p)
}

func (l *LogBuffer) String() string {
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.b.String()
}
