package echoapp

import (
	"net/http"
	"os"
	"time"

	"github.com/gorilla/sessions"
	"github.com/labstack/echo-contrib/session"
	"github.com/labstack/echo/v4"
)

func setup(e *echo.Echo) {
	e.Use(session.Middleware(sessions.NewCookieStore([]byte(os.Getenv("SECRET")))))
}

func login(c echo.Context) error {
	sess, _ := session.Get("session", c)
	sess.Options = &sessions.Options{ // want `gorilla/sessions session cookie is sent without Secure and SameSite`
		Path:     "/",
		MaxAge:   86400 * 7,
		HttpOnly: true,
	}
	sess.Values["user"] = "x"
	return sess.Save(c.Request(), c.Response())
}

func token(c echo.Context, jwtToken string) error {
	c.SetCookie(&http.Cookie{Name: "access_token", Value: jwtToken, Expires: time.Now().Add(time.Hour), HttpOnly: true, SameSite: http.SameSiteLaxMode}) // want `session cookie "access_token" is sent without Secure`
	return nil
}
