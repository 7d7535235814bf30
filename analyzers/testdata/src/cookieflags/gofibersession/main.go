package main

import (
	"github.com/gofiber/fiber/v2"
	"github.com/gofiber/session/v2"
	"github.com/gofiber/session/v2/provider/redis"
)

var provider, _ = redis.New(redis.Config{Host: "localhost"})

// Secure is off unless set; HttpOnly is always on and SameSite Lax.
var plain = session.New(session.Config{Provider: provider}) // want `fiber session cookie is sent without Secure`

var secure = session.New(session.Config{Provider: provider, Secure: true})

var none = session.New(session.Config{Provider: provider, Secure: true, SameSite: "None"})

func main() {
	app := fiber.New()
	app.Listen(":3000")
}
