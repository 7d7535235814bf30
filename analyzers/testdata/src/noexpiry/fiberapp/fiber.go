package fiberapp

import (
	"time"

	"github.com/gofiber/fiber/v2"
	"github.com/gofiber/fiber/v2/middleware/session"
	session3 "github.com/gofiber/fiber/v3/middleware/session"
)

var store = session.New(session.Config{Expiration: 24 * time.Hour * 90}) // want `fiber session Expiration lets the session live for 90 days`

var store3 = session3.NewStore(session3.Config{IdleTimeout: time.Hour, AbsoluteTimeout: 24 * time.Hour * 400}) // want `fiber session AbsoluteTimeout lets the session live for 400 days`

var fine = session.New(session.Config{Expiration: 2 * time.Hour})

func handler(c *fiber.Ctx, jwt string) error {
	c.Cookie(&fiber.Cookie{Name: "jwt", Value: jwt, Expires: time.Now().Add(24 * time.Hour * 180)}) // want `session cookie "jwt" lives for 180 days`
	c.Cookie(&fiber.Cookie{Name: "remember_token", Value: jwt, Expires: time.Now().Add(24 * time.Hour * 180)})
	c.Cookie(&fiber.Cookie{Name: "lang", Value: "de", MaxAge: 86400 * 365})
	return nil
}
