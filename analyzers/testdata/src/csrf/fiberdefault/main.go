package main

import (
	"github.com/gofiber/fiber/v2"
	"github.com/gofiber/fiber/v2/middleware/session"
)

// fiber's session cookie defaults to SameSite=Lax.
func main() {
	app := fiber.New()
	store := session.New()
	app.Post("/transfer", func(c *fiber.Ctx) error {
		s, _ := store.Get(c)
		_ = s.Get("userID")
		return nil
	})
	app.Listen(":3000")
}
