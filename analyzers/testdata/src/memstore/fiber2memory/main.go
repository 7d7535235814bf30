package main

import (
	"github.com/gofiber/fiber/v2"
	"github.com/gofiber/fiber/v2/middleware/session"
	"github.com/gofiber/storage/memory/v2"
)

func main() {
	store := session.New(session.Config{Storage: memory.New()}) // want `fiber session Storage is the in-memory storage`
	_ = store
	fiber.New().Listen(":3000")
}
