package main

import (
	"crypto/rand"
	"encoding/base64"
	"fmt"
	mrand "math/rand"
	"net/http"
	"net/url"
	"os"
	"strconv"
	"time"

	"github.com/gorilla/sessions"
	"github.com/labstack/echo-contrib/session"
	"github.com/labstack/echo/v4"
	"github.com/labstack/echo/v4/middleware"
)

type Profile struct {
	Email string
	SSN   string
}

func main() {
	e := echo.New()
	e.Use(middleware.Logger())
	e.Use(middleware.Recover())
	e.Use(session.Middleware(sessions.NewCookieStore([]byte(os.Getenv("SESSION_KEY")))))
	e.Use(middleware.CSRFWithConfig(middleware.CSRFConfig{
		TokenLookup:    "form:_csrf",
		CookieSecure:   true,
		CookieHTTPOnly: true,
		CookieSameSite: http.SameSiteStrictMode,
	}))

	e.GET("/login/github", startOAuth)
	e.GET("/login/github/callback", oauthCallback)
	e.POST("/logout", logout)
	e.POST("/profile", saveProfile)
	e.POST("/lang", setLang)
	e.Logger.Fatal(e.Start(":1323"))
}

func startOAuth(c echo.Context) error {
	sess, err := session.Get("session", c)
	if err != nil {
		return err
	}
	state := strconv.FormatInt(mrand.Int63(), 16) // WANT: predictableid
	sess.Values["oauth_state"] = state
	if err := sess.Save(c.Request(), c.Response()); err != nil {
		return err
	}
	q := url.Values{"client_id": {os.Getenv("GITHUB_CLIENT_ID")}, "state": {state}}
	return c.Redirect(http.StatusFound, "https://github.com/login/oauth/authorize?"+q.Encode())
}

func oauthCallback(c echo.Context) error {
	sess, err := session.Get("session", c)
	if err != nil {
		return err
	}
	if c.QueryParam("state") != sess.Values["oauth_state"] {
		return echo.NewHTTPError(http.StatusBadRequest, "bad state")
	}
	login := exchangeCode(c.QueryParam("code"))
	sess.Options = &sessions.Options{ // WANT: cookieflags
		Path:     "/",
		MaxAge:   86400 * 7,
		HttpOnly: true,
	}
	sess.Values["github_login"] = login
	delete(sess.Values, "oauth_state")
	if err := sess.Save(c.Request(), c.Response()); err != nil {
		return err
	}
	return c.Redirect(http.StatusSeeOther, "/")
}

func exchangeCode(code string) string {
	// real code calls the GitHub token endpoint; retried with jitter
	for attempt := 0; attempt < 3; attempt++ {
		time.Sleep(time.Duration(mrand.Intn(250)) * time.Millisecond)
	}
	return "octocat-" + code[:min(len(code), 4)]
}

func logout(c echo.Context) error {
	sess, err := session.Get("session", c)
	if err != nil {
		return err
	}
	sess.Options.MaxAge = -1
	if err := sess.Save(c.Request(), c.Response()); err != nil {
		return err
	}
	return c.Redirect(http.StatusSeeOther, "/")
}

func saveProfile(c echo.Context) error {
	sess, err := session.Get("session", c)
	if err != nil {
		return err
	}
	p := Profile{Email: c.FormValue("email"), SSN: c.FormValue("ssn")}
	sess.Values["ssn"] = p.SSN // WANT: sensitivedata
	sess.Values["email"] = p.Email
	return sess.Save(c.Request(), c.Response())
}

func setLang(c echo.Context) error {
	c.SetCookie(&http.Cookie{Name: "lang", Value: c.FormValue("lang"), Path: "/", Expires: time.Now().AddDate(1, 0, 0)})
	return c.Redirect(http.StatusSeeOther, "/")
}

// newNonce returns a CSP nonce.
func newNonce() string {
	b := make([]byte, 16)
	if _, err := rand.Read(b); err != nil {
		panic(fmt.Sprintf("crypto/rand: %v", err))
	}
	return base64.StdEncoding.EncodeToString(b)
}
