package session

import (
	"context"
	"net/http"
)

// Handler makes the request's session available to next through the
// request context (see Get, Put, Login, Logout…), and saves changes just
// before the response headers are written. The session is loaded from the
// store when next first uses it, or at that point if it never does (to
// extend the idle deadline).
//
// When the store fails while loading, the session functions return an
// error wrapping ErrLoadFailed and the error handler's response replaces
// next's, unless next never used the session (the page did not depend on
// it) or runs under AnonymousOnLoadError. When the store fails while
// saving, the error handler's response replaces next's (headers set by the
// handler are dropped and its later writes discarded), so the client never
// sees success for a change that was not stored.
func (m *Manager) Handler(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		s := &state{m: m, r: r}
		r = r.WithContext(context.WithValue(r.Context(), ctxKey{}, s))
		s.r = r
		sw := &responseWriter{ResponseWriter: w, s: s, r: r}
		if h := w.Header(); len(h) > 0 {
			sw.outer = h.Clone()
		}
		next.ServeHTTP(sw, r)
		sw.commit()
	})
}

// responseWriter commits the session on the first WriteHeader, Write or
// Flush, while the Set-Cookie header can still be sent.
type responseWriter struct {
	http.ResponseWriter
	s         *state
	r         *http.Request
	outer     http.Header // headers set before the handler ran (outer middleware)
	committed bool
	err       error
}

func (w *responseWriter) commit() bool {
	if w.committed {
		return w.err == nil
	}
	w.committed = true
	if err := w.s.commit(w.r.Context(), w.ResponseWriter.Header()); err != nil {
		w.err = err
		// Drop what the handler set (a Location, its own cookies…) but
		// keep the headers of outer middleware, such as security headers.
		h := w.ResponseWriter.Header()
		clear(h)
		for k, v := range w.outer {
			h[k] = v
		}
		w.s.m.errorHandler(w.ResponseWriter, w.r, err)
		return false
	}
	return true
}

func (w *responseWriter) WriteHeader(code int) {
	if code >= 100 && code <= 199 && code != http.StatusSwitchingProtocols {
		// Informational responses (e.g. 103 Early Hints) come before the
		// final headers; the session is committed with the final ones.
		if !w.committed {
			w.ResponseWriter.WriteHeader(code)
		}
		return
	}
	if w.commit() {
		w.ResponseWriter.WriteHeader(code)
	}
}

func (w *responseWriter) Write(b []byte) (int, error) {
	if !w.commit() {
		return 0, w.err
	}
	return w.ResponseWriter.Write(b)
}

// FlushError commits the session before the headers are flushed; it is what
// http.ResponseController.Flush calls.
func (w *responseWriter) FlushError() error {
	if !w.commit() {
		return w.err
	}
	return http.NewResponseController(w.ResponseWriter).Flush()
}

// Flush implements http.Flusher for handlers that type-assert it.
func (w *responseWriter) Flush() { _ = w.FlushError() }

// Unwrap gives http.ResponseController access to the underlying writer
// (for Hijack, deadlines and so on).
func (w *responseWriter) Unwrap() http.ResponseWriter { return w.ResponseWriter }
