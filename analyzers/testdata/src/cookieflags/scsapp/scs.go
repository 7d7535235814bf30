package scsapp

import (
	"net/http"
	"time"

	"github.com/alexedwards/scs/v2"
)

var sessionManager *scs.SessionManager

func init() {
	sessionManager = scs.New() // want `scs session cookie is sent without Secure, so it can leak over plain HTTP; set sessionManager.Cookie.Secure = true`
	sessionManager.Lifetime = 12 * time.Hour
	sessionManager.Cookie.HttpOnly = false // want `scs session cookie is sent without HttpOnly`
	sessionManager.Cookie.SameSite = http.SameSiteLaxMode
}
