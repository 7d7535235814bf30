package echofs

import (
	"os"

	"github.com/gorilla/sessions"
	"github.com/labstack/echo-contrib/session"
	"github.com/labstack/echo/v4"
)

func setup() *echo.Echo {
	e := echo.New()
	e.Use(session.Middleware(sessions.NewFilesystemStore("", []byte(os.Getenv("SECRET")))))
	e.POST("/login", login)
	return e
}

type authenticator interface {
	Login(user, pass string) (int, error)
}

var auth authenticator

func login(c echo.Context) error {
	id, err := auth.Login(c.FormValue("user"), c.FormValue("password"))
	if err != nil {
		return err
	}
	sess, _ := session.Get("session", c)
	sess.Values["userId"] = id // want `identity written to the session without a new session ID`
	return sess.Save(c.Request(), c.Response())
}
