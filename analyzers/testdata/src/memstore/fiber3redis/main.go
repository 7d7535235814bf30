package main

import (
	"github.com/gofiber/fiber/v3"
	"github.com/gofiber/fiber/v3/middleware/session"
	"github.com/gofiber/storage/redis/v3"
)

func main() {
	app := fiber.New()
	handler, store := session.NewWithStore(session.Config{Storage: redis.New()})
	_ = store
	app.Use(handler)
	app.Listen(":3000")
}
