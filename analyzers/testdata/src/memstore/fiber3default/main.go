package main

import (
	"github.com/gofiber/fiber/v3"
	"github.com/gofiber/fiber/v3/middleware/session"
)

func main() {
	app := fiber.New()
	app.Use(session.New()) // want `fiber session store keeps sessions in process memory`
	app.Listen(":3000")
}
