package echoapp

import (
	"net/http"

	"github.com/labstack/echo/v4"
)

// A cookie built with new and its fields written one by one.
func setSessionToken(c echo.Context, token string) {
	cookie := new(http.Cookie) // want `session cookie "session_token" is sent without Secure and SameSite`
	cookie.Name = "session_token"
	cookie.Path = "/"
	cookie.Value = token
	cookie.MaxAge = 3600
	cookie.HttpOnly = true
	c.SetCookie(cookie)
}

func setSessionTokenSafe(c echo.Context, token string) {
	cookie := new(http.Cookie)
	cookie.Name = "session_token"
	cookie.Value = token
	cookie.HttpOnly = true
	cookie.Secure = true
	cookie.SameSite = http.SameSiteLaxMode
	c.SetCookie(cookie)
}

func setLanguage(c echo.Context, lang string) {
	cookie := new(http.Cookie)
	cookie.Name = "lang"
	cookie.Value = lang
	c.SetCookie(cookie)
}
