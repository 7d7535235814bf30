package main

import (
	"time"

	"github.com/gofiber/fiber/v2"
	"github.com/gofiber/fiber/v2/middleware/session"
)

var store = session.New(session.Config{Expiration: 2 * time.Hour, CookieSecure: true}) // want `fiber session store keeps sessions in process memory \(no Storage configured\)`

var other = session.New() // want `fiber session store keeps sessions in process memory`

func main() {
	app := fiber.New()
	app.Listen(":3000")
}
