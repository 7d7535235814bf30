package main

import (
	"os"

	"github.com/gorilla/sessions"
	"github.com/labstack/echo-contrib/session"
	"github.com/labstack/echo/v4"
)

func main() {
	e := echo.New()
	e.Use(session.Middleware(sessions.NewCookieStore([]byte(os.Getenv("SECRET"))))) // want `app uses cookie sessions and registers POST /posts, DELETE /posts/:id without CSRF protection, so other sites can submit them as the user; add middleware.CSRF\(\) or set SameSite: http.SameSiteLaxMode in the session options`
	e.GET("/posts", list)
	e.POST("/posts", create)
	e.DELETE("/posts/:id", remove)
	e.Start(":8080")
}

func list(c echo.Context) error   { return nil }
func create(c echo.Context) error { return nil }
func remove(c echo.Context) error { return nil }
