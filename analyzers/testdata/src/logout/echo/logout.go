package echo

import (
	"github.com/labstack/echo-contrib/session"
	"github.com/labstack/echo/v4"
)

func logout(c echo.Context) error {
	sess, _ := session.Get("session", c)
	delete(sess.Values, "userId") // want `logout removes the "userId" key but leaves the session ID valid`
	return sess.Save(c.Request(), c.Response())
}

func logoutGood(c echo.Context) error { // want logoutGood:"endsSession"
	sess, _ := session.Get("session", c)
	sess.Options.MaxAge = -1
	delete(sess.Values, "userId")
	return sess.Save(c.Request(), c.Response())
}

func setup(e *echo.Echo) {
	e.POST("/logout", logout)
	e.POST("/bye", logoutGood)
}
