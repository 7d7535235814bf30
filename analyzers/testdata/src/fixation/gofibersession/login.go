package gofibersession

import (
	"github.com/gofiber/fiber/v2"
	"github.com/gofiber/session/v2"
	"github.com/gofiber/session/v2/provider/redis"
	"golang.org/x/crypto/bcrypt"
)

var provider, _ = redis.New(redis.Config{Host: "localhost"})

var sessions = session.New(session.Config{Provider: provider, Secure: true})

type user struct {
	ID   int
	Hash []byte
}

func findUser(email string) *user { return &user{} }

func setup(app *fiber.App) {
	app.Post("/login", func(c *fiber.Ctx) error {
		u := findUser(c.FormValue("email"))
		if bcrypt.CompareHashAndPassword(u.Hash, []byte(c.FormValue("password"))) != nil {
			return c.SendStatus(401)
		}
		store := sessions.Get(c)
		store.Set("user_id", u.ID) // want `identity written to the session without a new session ID`
		return store.Save()
	})
	app.Post("/signin", func(c *fiber.Ctx) error {
		u := findUser(c.FormValue("email"))
		if bcrypt.CompareHashAndPassword(u.Hash, []byte(c.FormValue("password"))) != nil {
			return c.SendStatus(401)
		}
		store := sessions.Get(c)
		if err := store.Regenerate(); err != nil {
			return err
		}
		store.Set("user_id", u.ID)
		return store.Save()
	})
}
