package fiber

import (
	"github.com/gofiber/fiber/v2"
	"github.com/gofiber/fiber/v2/middleware/session"
)

var store = session.New()

func login(c *fiber.Ctx) error {
	sess, _ := store.Get(c)
	password := c.FormValue("password")
	sess.Set("credentials", password) // want `session stores a password \(password\) under key "credentials"`
	sess.Set("user", c.FormValue("user"))
	return sess.Save()
}
