// Package context is a test stub of github.com/beego/beego/v2@v2.3.8 (server/web/context) for sessionlint's analyzer tests.
package context

import (
	"net/http"
	"time"

	"github.com/beego/beego/v2/server/web/session"
)

// Context is the http request context struct.
type Context struct {
	Input          *BeegoInput
	Output         *BeegoOutput
	Request        *http.Request
	ResponseWriter *Response
	_xsrfToken     string
}

// NewContext returns a new Context.
func NewContext() *Context {
	return &Context{Input: &BeegoInput{}, Output: &BeegoOutput{}}
}

// Response is a wrapper for the http.ResponseWriter.
type Response struct {
	http.ResponseWriter
	Started bool
	Status  int
	Elapsed time.Duration
}

func (ctx *Context) Redirect(status int, localurl string) {}
func (ctx *Context) Abort(status int, body string)        {}
func (ctx *Context) WriteString(content string)           {}
func (ctx *Context) JSONResp(data interface{}) error      { return nil }

// GetCookie gets a cookie from a request for a given key.
func (ctx *Context) GetCookie(key string) string { return "" }

// SetCookie sets a cookie. others: maxAge, path, domain, secure, httpOnly
// (positional).
func (ctx *Context) SetCookie(name string, value string, others ...interface{}) {}

func (ctx *Context) GetSecureCookie(Secret, key string) (string, bool) { return "", false }
func (ctx *Context) SetSecureCookie(Secret, name, value string, others ...interface{}) {
}

// XSRFToken creates and returns an xsrf token string; the "_xsrf" cookie is
// set with Path "/", Secure=true, HttpOnly=true.
func (ctx *Context) XSRFToken(key string, expire int64) string { return "" }

// CheckXSRFCookie checks if the XSRF token in this request is valid or not
// ("_xsrf" form value, "X-Xsrftoken" or "X-Csrftoken" header).
func (ctx *Context) CheckXSRFCookie() bool { return true }

// BeegoInput operates the http request header, data, cookie and body.
type BeegoInput struct {
	Context     *Context
	CruSession  session.Store
	RequestBody []byte
}

func (input *BeegoInput) IP() string                          { return "" }
func (input *BeegoInput) Param(key string) string             { return "" }
func (input *BeegoInput) Query(key string) string             { return "" }
func (input *BeegoInput) Header(key string) string            { return "" }
func (input *BeegoInput) Cookie(key string) string            { return "" }
func (input *BeegoInput) Session(key interface{}) interface{} { return nil }
func (input *BeegoInput) Data() map[interface{}]interface{}   { return nil }
func (input *BeegoInput) IsAjax() bool                        { return false }
func (input *BeegoInput) CopyBody(MaxMemory int64) []byte     { return nil }

// BeegoOutput does work for sending response header.
type BeegoOutput struct {
	Context *Context
	Status  int
}

// Cookie sets a cookie value via given key. others: maxAge, path, domain,
// secure, httpOnly, sameSite (positional).
func (output *BeegoOutput) Cookie(name string, value string, others ...interface{}) {}
func (output *BeegoOutput) Header(key, val string)                                  {}
func (output *BeegoOutput) Body(content []byte) error                               { return nil }
func (output *BeegoOutput) JSON(data interface{}, hasIndent bool, encoding bool) error {
	return nil
}
func (output *BeegoOutput) SetStatus(status int) {}
