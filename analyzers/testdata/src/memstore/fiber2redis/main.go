package main

import (
	"github.com/gofiber/fiber/v2"
	"github.com/gofiber/fiber/v2/middleware/session"
	"github.com/gofiber/storage/redis/v3"
)

func main() {
	cfg := session.Config{CookieSecure: true}
	cfg.Storage = redis.New(redis.Config{URL: "redis://localhost:6379"})
	store := session.New(cfg)
	_ = store
	app := fiber.New()
	app.Listen(":3000")
}
