// Package fasthttp is a minimal test stub of github.com/valyala/fasthttp for sessionlint's analyzer tests
// (only what the fiber v2 stub needs).
package fasthttp

// RequestHeader represents HTTP request header.
type RequestHeader struct{}

func (h *RequestHeader) Peek(key string) []byte         { return nil }
func (h *RequestHeader) Set(key, value string)          {}
func (h *RequestHeader) SetBytesV(key string, v []byte) {}
func (h *RequestHeader) Cookie(key string) []byte       { return nil }

// ResponseHeader represents HTTP response header.
type ResponseHeader struct{}

func (h *ResponseHeader) Peek(key string) []byte         { return nil }
func (h *ResponseHeader) Set(key, value string)          {}
func (h *ResponseHeader) SetBytesV(key string, v []byte) {}
func (h *ResponseHeader) SetCookie(cookie *Cookie)       {}
func (h *ResponseHeader) DelClientCookie(key string)     {}

// Request represents HTTP request.
type Request struct {
	Header RequestHeader
}

// Response represents HTTP response.
type Response struct {
	Header ResponseHeader
}

// RequestCtx contains incoming request and manages outgoing response.
type RequestCtx struct {
	Request  Request
	Response Response
}

// CookieSameSite is an enum for the mode in which the SameSite flag should be set.
type CookieSameSite int

const (
	CookieSameSiteDisabled CookieSameSite = iota
	CookieSameSiteDefaultMode
	CookieSameSiteLaxMode
	CookieSameSiteStrictMode
	CookieSameSiteNoneMode
)

// Cookie represents HTTP response cookie.
type Cookie struct{}

func (c *Cookie) SetKey(key string)               {}
func (c *Cookie) SetValue(value string)           {}
func (c *Cookie) SetSecure(secure bool)           {}
func (c *Cookie) SetHTTPOnly(httpOnly bool)       {}
func (c *Cookie) SetSameSite(mode CookieSameSite) {}
func (c *Cookie) SetPath(path string)             {}
func (c *Cookie) SetDomain(domain string)         {}
func (c *Cookie) SetMaxAge(seconds int)           {}
