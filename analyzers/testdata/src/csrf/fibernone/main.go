package main

import (
	"github.com/gofiber/fiber/v3"
	"github.com/gofiber/fiber/v3/middleware/session"
)

func main() {
	app := fiber.New()
	app.Use(session.New(session.Config{CookieSameSite: "None", CookieSecure: true})) // want `app uses cookie sessions and registers POST /transfer without CSRF protection, so other sites can submit them as the user; add the csrf.New\(\) middleware`
	app.Post("/transfer", func(c fiber.Ctx) error { return nil })
	app.Listen(":3000")
}
