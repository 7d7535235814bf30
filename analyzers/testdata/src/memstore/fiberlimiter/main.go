// An in-memory storage used for something other than sessions.
package main

import (
	"github.com/gofiber/fiber/v2"
	"github.com/gofiber/storage/memory/v2"
)

var cache = memory.New()

func main() {
	fiber.New().Listen(":3000")
}
