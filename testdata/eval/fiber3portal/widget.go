package main

import (
	"github.com/gofiber/fiber/v3"
	"github.com/gofiber/fiber/v3/extractors"
	"github.com/gofiber/fiber/v3/middleware/session"
)

// mountWidget serves the embeddable comment widget that partner sites load in an iframe.
func mountWidget(app *fiber.App) {
	w := app.Group("/widget")
	w.Use(session.New(session.Config{ // WANT: memstore, csrf
		Extractor:      extractors.FromQuery("wsid"), // WANT: sessioninurl
		CookieSecure:   true,
		CookieHTTPOnly: true,
		CookieSameSite: "None",
	}))
	w.Get("/thread/:id", func(c fiber.Ctx) error {
		sess := session.FromContext(c)
		return c.JSON(fiber.Map{"viewer": sess.Get("viewer")})
	})
	w.Post("/thread/:id/comment", func(c fiber.Ctx) error {
		sess := session.FromContext(c)
		if sess.Get("viewer") == nil {
			return fiber.ErrUnauthorized
		}
		return c.SendStatus(fiber.StatusCreated)
	})
	w.Delete("/comment/:id", func(c fiber.Ctx) error {
		return c.SendStatus(fiber.StatusNoContent)
	})
}
