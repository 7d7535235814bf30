// Package context is a test stub of github.com/astaxie/beego@v1.12.3/context.
package context

import "net/http"

// Context is the http request context struct.
type Context struct {
	Request *http.Request
	Input   *BeegoInput
	Output  *BeegoOutput
}

// BeegoInput reads the request.
type BeegoInput struct{}

// Query returns the query or form value of key.
func (input *BeegoInput) Query(key string) string { return "" }

// SetCookie sets a cookie; others: maxAge, path, domain, secure, httpOnly
// (positional, off when left out).
func (ctx *Context) SetCookie(name string, value string, others ...interface{}) {}

// SetSecureCookie sets a cookie signed with Secret.
func (ctx *Context) SetSecureCookie(Secret, name, value string, others ...interface{}) {}

// BeegoOutput does work for sending response header.
type BeegoOutput struct{}

// Cookie sets a cookie; others: maxAge, path, domain, secure, httpOnly.
func (output *BeegoOutput) Cookie(name string, value string, others ...interface{}) {}
