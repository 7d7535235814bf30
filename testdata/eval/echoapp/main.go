package main

import (
	"net/http"
	"os"
	"time"

	"github.com/golang-jwt/jwt/v5"
	"github.com/gorilla/sessions"
	"github.com/labstack/echo-contrib/session"
	"github.com/labstack/echo/v4"
	"github.com/labstack/echo/v4/middleware"
)

var jwtKey = []byte("my_secret_key") // WANT: hardcodedsecret

type credentials struct {
	Username string `json:"username"`
	Password string `json:"password"`
}

func checkPassword(user, pass string) bool { return user != "" && pass != "" }

func login(c echo.Context) error {
	var cr credentials
	if err := c.Bind(&cr); err != nil {
		return c.NoContent(http.StatusBadRequest)
	}
	if !checkPassword(cr.Username, cr.Password) {
		return c.NoContent(http.StatusUnauthorized)
	}
	claims := jwt.MapClaims{"sub": cr.Username, "exp": time.Now().Add(time.Hour).Unix()}
	token, err := jwt.NewWithClaims(jwt.SigningMethodHS256, claims).SignedString(jwtKey)
	if err != nil {
		return err
	}
	c.SetCookie(&http.Cookie{ // WANT: cookieflags
		Name:     "access_token",
		Value:    token,
		Path:     "/",
		HttpOnly: true,
		Expires:  time.Now().Add(time.Hour),
	})
	sess, _ := session.Get("flash", c)
	sess.Values["message"] = "welcome " + cr.Username
	_ = sess.Save(c.Request(), c.Response())
	return c.NoContent(http.StatusOK)
}

func logout(c echo.Context) error {
	c.SetCookie(&http.Cookie{Name: "access_token", Value: "", Path: "/", MaxAge: -1, Expires: time.Unix(0, 0)})
	return c.NoContent(http.StatusOK)
}

func main() {
	e := echo.New()
	e.Use(middleware.Logger())
	store := sessions.NewCookieStore([]byte(os.Getenv("SESSION_SECRET")))
	store.Options.HttpOnly = true
	e.Use(session.Middleware(store))
	e.Use(middleware.CSRFWithConfig(middleware.CSRFConfig{TokenLookup: "header:X-CSRF-Token", CookieSecure: true, CookieHTTPOnly: true}))
	e.POST("/login", login)
	e.POST("/logout", logout)
	e.Logger.Fatal(e.Start(":8080"))
}
