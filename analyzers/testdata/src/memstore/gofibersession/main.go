package main

import (
	"github.com/gofiber/fiber/v2"
	"github.com/gofiber/session/v2"
	"github.com/gofiber/session/v2/provider/redis"
)

var memory = session.New(session.Config{Secure: true}) // want `gofiber/session keeps sessions in process memory \(no Provider configured\)`

var provider, _ = redis.New(redis.Config{Host: "localhost"})

var shared = session.New(session.Config{Provider: provider, Secure: true})

func main() {
	app := fiber.New()
	app.Listen(":3000")
}
