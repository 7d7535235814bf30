package main

import (
	"log"
	"os"
	"time"

	"github.com/gofiber/fiber/v3"
	"github.com/gofiber/fiber/v3/middleware/session"
	"github.com/gofiber/storage/redis/v3"
)

func main() {
	storage := redis.New(redis.Config{URL: os.Getenv("REDIS_URL")})
	sessionMiddleware, store := session.NewWithStore(session.Config{
		Storage:         storage,
		CookieSecure:    true,
		CookieHTTPOnly:  true,
		CookieSameSite:  "Lax",
		IdleTimeout:     30 * time.Minute,
		AbsoluteTimeout: 24 * time.Hour,
	})
	_ = store
	app := fiber.New()
	app.Use(sessionMiddleware)

	app.Post("/login", func(c fiber.Ctx) error {
		sess := session.FromContext(c)
		if c.FormValue("password") != os.Getenv("ADMIN_PASSWORD") {
			return c.SendStatus(fiber.StatusUnauthorized)
		}
		if err := sess.Regenerate(); err != nil {
			return err
		}
		sess.Set("user", c.FormValue("username"))
		return c.SendStatus(fiber.StatusOK)
	})
	app.Post("/logout", func(c fiber.Ctx) error {
		sess := session.FromContext(c)
		sess.Delete("user") // WANT: logout
		return c.SendStatus(fiber.StatusOK)
	})
	app.Post("/cart", func(c fiber.Ctx) error {
		sess := session.FromContext(c)
		sess.Set("cart_items", c.FormValue("items"))
		return nil
	})
	log.Fatal(app.Listen(":3000"))
}
