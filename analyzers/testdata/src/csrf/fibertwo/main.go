package main

import (
	"github.com/gofiber/fiber/v3"
	"github.com/gofiber/fiber/v3/middleware/session"
)

// The portal's own session is Strict; the embeddable widget's is None, and
// that one is exposed.
func main() {
	app := fiber.New()
	portal, _ := session.NewWithStore(session.Config{CookieSameSite: "Strict", CookieSecure: true})
	app.Use(portal)
	widget := session.New(session.Config{CookieSameSite: "None", CookieSecure: true}) // want `app uses cookie sessions and registers POST /widget/comment without CSRF protection`
	app.Post("/login", func(c fiber.Ctx) error { return nil })
	app.Post("/widget/comment", func(c fiber.Ctx) error { return nil }, widget)
	app.Listen(":3000")
}
