package lsp

import (
	"bufio"
	"bytes"
	"encoding/json"
	"fmt"
	"io"
	"reflect"
	"strconv"
	"strings"
	"sync"
)

// maxMessage is the largest message body read; larger ones are skipped.
const maxMessage = 256 << 20

// maxHeaderLine bounds one header line, so a peer that never sends a line
// end cannot make the server buffer without limit.
const maxHeaderLine = 64 << 10

// stream is the LSP base protocol (Content-Length framed JSON) as a
// jsonrpc2.ObjectStream. Unlike the library's codec, it never gives up on
// a bad message: a malformed header, an oversized body, a body that is not
// JSON or not a JSON-RPC message is reported through logf, answered with a
// JSON-RPC error where the specification asks for one, and skipped. Only the
// end of the input (or a read error) ends the stream.
type stream struct {
	r    *bufio.Reader
	in   io.Closer
	out  io.Writer
	outC io.Closer
	logf func(format string, args ...any)

	mu sync.Mutex // serialises writes
}

func newStream(in io.ReadCloser, out io.WriteCloser, logf func(string, ...any)) *stream {
	return &stream{r: bufio.NewReaderSize(in, 64<<10), in: in, out: out, outC: out, logf: logf}
}

// WriteObject writes one message.
func (s *stream) WriteObject(obj any) error {
	data, err := json.Marshal(obj)
	if err != nil {
		return err
	}
	return s.writeRaw(data)
}

func (s *stream) writeRaw(data []byte) error {
	s.mu.Lock()
	defer s.mu.Unlock()
	var buf bytes.Buffer
	fmt.Fprintf(&buf, "Content-Length: %d\r\n\r\n", len(data))
	buf.Write(data)
	_, err := s.out.Write(buf.Bytes())
	return err
}

// ReadObject reads the next well-formed JSON-RPC message into v (a
// pointer), skipping bad ones.
func (s *stream) ReadObject(v any) error {
	for {
		body, err := s.readBody()
		if err != nil {
			return err
		}
		if body == nil {
			continue // bad framing, already reported
		}
		if !json.Valid(body) {
			s.logf("skipping a message that is not valid JSON (%d bytes)", len(body))
			s.replyError(nil, -32700, "parse error: invalid JSON")
			continue
		}
		// Decode into a fresh value so that a failed decode leaves v as it
		// was.
		fresh := reflect.New(reflect.TypeOf(v).Elem())
		if err := json.Unmarshal(body, fresh.Interface()); err != nil {
			s.logf("skipping an invalid JSON-RPC message: %v", err)
			s.replyError(requestID(body), -32600, "invalid request: "+err.Error())
			continue
		}
		reflect.ValueOf(v).Elem().Set(fresh.Elem())
		return nil
	}
}

// readBody reads one framed message. It returns a nil body (and no error)
// for a message it had to skip.
func (s *stream) readBody() ([]byte, error) {
	length := int64(-1)
	sawHeader := false
	for {
		line, err := s.readLine()
		if err != nil {
			return nil, err
		}
		if line == "" {
			if !sawHeader {
				continue // stray blank line between messages
			}
			break
		}
		sawHeader = true
		name, value, ok := strings.Cut(line, ":")
		if !ok {
			s.logf("ignoring malformed header line %q", truncate(line, 80))
			continue
		}
		if strings.EqualFold(strings.TrimSpace(name), "Content-Length") {
			n, err := strconv.ParseInt(strings.TrimSpace(value), 10, 64)
			if err != nil || n < 0 {
				s.logf("ignoring bad Content-Length %q", truncate(value, 80))
				continue
			}
			length = n
		}
	}
	if length < 0 {
		s.logf("skipping a message with no Content-Length header")
		return nil, nil
	}
	if length > maxMessage {
		s.logf("skipping a message of %d bytes (limit %d)", length, maxMessage)
		if _, err := io.CopyN(io.Discard, s.r, length); err != nil {
			return nil, err
		}
		return nil, nil
	}
	// Read as the bytes come rather than allocate what the header claims.
	body, err := io.ReadAll(io.LimitReader(s.r, length))
	if err != nil {
		return nil, err
	}
	if int64(len(body)) < length {
		return nil, io.ErrUnexpectedEOF
	}
	return body, nil
}

// readLine reads a header line without its "\r\n" (or bare "\n").
func (s *stream) readLine() (string, error) {
	var line []byte
	for {
		chunk, err := s.r.ReadSlice('\n')
		if len(line)+len(chunk) <= maxHeaderLine {
			line = append(line, chunk...)
		}
		if err == bufio.ErrBufferFull {
			continue
		}
		if err != nil {
			return "", err
		}
		break
	}
	return strings.TrimRight(string(line), "\r\n"), nil
}

// replyError answers a message that could not be read as a request, with
// the request's id when it has one (null otherwise).
func (s *stream) replyError(id json.RawMessage, code int, msg string) {
	if id == nil {
		id = json.RawMessage("null")
	}
	data, err := json.Marshal(struct {
		JSONRPC string          `json:"jsonrpc"`
		ID      json.RawMessage `json:"id"`
		Error   struct {
			Code    int    `json:"code"`
			Message string `json:"message"`
		} `json:"error"`
	}{JSONRPC: "2.0", ID: id, Error: struct {
		Code    int    `json:"code"`
		Message string `json:"message"`
	}{code, msg}})
	if err == nil {
		_ = s.writeRaw(data)
	}
}

// requestID returns the id of a request that has one and a method, the
// only messages that expect an answer.
func requestID(body []byte) json.RawMessage {
	var m struct {
		ID     json.RawMessage `json:"id"`
		Method *string         `json:"method"`
	}
	if json.Unmarshal(body, &m) != nil || m.Method == nil || len(m.ID) == 0 {
		return nil
	}
	switch m.ID[0] {
	case '"', '-', '0', '1', '2', '3', '4', '5', '6', '7', '8', '9':
		return m.ID
	}
	return nil
}

// Close closes both directions.
func (s *stream) Close() error {
	err := s.in.Close()
	if err2 := s.outC.Close(); err == nil {
		err = err2
	}
	return err
}

func truncate(s string, n int) string {
	if len(s) <= n {
		return s
	}
	return s[:n] + "..."
}
