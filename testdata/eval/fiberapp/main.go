package main

import (
	"log"
	"time"

	"github.com/gofiber/fiber/v2"
	"github.com/gofiber/fiber/v2/middleware/session"
	"golang.org/x/crypto/bcrypt"
)

var users = map[string][]byte{}

func main() {
	app := fiber.New()
	store := session.New(session.Config{ // WANT: memstore, cookieflags
		Expiration:     2 * time.Hour,
		CookieSameSite: "Lax",
		KeyLookup:      "cookie:sid",
	})

	app.Post("/login", func(c *fiber.Ctx) error {
		hash, ok := users[c.FormValue("username")]
		if !ok || bcrypt.CompareHashAndPassword(hash, []byte(c.FormValue("password"))) != nil {
			return c.SendStatus(fiber.StatusUnauthorized)
		}
		sess, err := store.Get(c)
		if err != nil {
			return err
		}
		sess.Set("username", c.FormValue("username")) // WANT: fixation
		return sess.Save()
	})

	app.Post("/logout", func(c *fiber.Ctx) error {
		sess, err := store.Get(c)
		if err != nil {
			return err
		}
		return sess.Destroy()
	})

	app.Post("/signup", func(c *fiber.Ctx) error {
		hash, err := bcrypt.GenerateFromPassword([]byte(c.FormValue("password")), bcrypt.DefaultCost)
		if err != nil {
			return err
		}
		users[c.FormValue("username")] = hash
		return c.SendStatus(fiber.StatusCreated)
	})

	log.Fatal(app.Listen(":3000"))
}
