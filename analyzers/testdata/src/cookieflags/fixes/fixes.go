package fixes

import (
	nethttp "net/http"

	"github.com/gin-gonic/gin"
	"github.com/gofiber/fiber/v2/middleware/session"
	"github.com/gorilla/sessions"
)

func login(w nethttp.ResponseWriter, sid string) {
	nethttp.SetCookie(w, &nethttp.Cookie{ // want `session cookie "session" is sent without Secure, HttpOnly and SameSite`
		Name:  "session",
		Value: sid,
		Path:  "/",
	})
	nethttp.SetCookie(w, &nethttp.Cookie{Name: "sid", Value: sid, Secure: false, HttpOnly: true}) // want `session cookie "sid" is sent without Secure and SameSite`
}

func opts(s *sessions.Session) {
	s.Options = &sessions.Options{Path: "/", MaxAge: 3600} // want `gorilla/sessions session cookie is sent without Secure, HttpOnly and SameSite`
}

func downgrade(s *sessions.Session) {
	s.Options.HttpOnly = false // want `without HttpOnly`
}

var store = session.New() // want `fiber session cookie is sent without Secure and HttpOnly`

var store2 = session.New(session.Config{CookieSecure: false, CookieHTTPOnly: true}) // want `fiber session cookie is sent without Secure`

func ginLogin(c *gin.Context, token string) {
	c.SetSameSite(nethttp.SameSiteStrictMode)
	c.SetCookie("token", token, 3600, "/", "", false, false) // want `session cookie "token" is sent without Secure and HttpOnly`
}
