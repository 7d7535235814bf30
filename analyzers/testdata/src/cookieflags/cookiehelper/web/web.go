// Package web sets cookies for the app through one helper: which cookie it
// sets is known only at its callers.
package web

import (
	"net/http"
	"time"
)

type Context struct {
	W      http.ResponseWriter
	Secure bool
}

// AddCookie sets a cookie without SameSite.
func (c *Context) AddCookie(name, value string, expires time.Time) { // want AddCookie:`cookieSetter\(0, \[SameSite\]\)`
	http.SetCookie(c.W, &http.Cookie{Name: name, Value: value, HttpOnly: true, Path: "/", Expires: expires, Secure: c.Secure})
}

// AddStrictCookie sets a cookie with every flag.
func (c *Context) AddStrictCookie(name, value string) {
	http.SetCookie(c.W, &http.Cookie{Name: name, Value: value, HttpOnly: true, Secure: true, SameSite: http.SameSiteLaxMode})
}
