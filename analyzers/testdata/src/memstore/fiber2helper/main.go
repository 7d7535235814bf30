// The storage is picked by a helper: the finding sits where the in-memory
// storage is made.
package main

import (
	"os"

	"github.com/gofiber/fiber/v2"
	"github.com/gofiber/fiber/v2/middleware/session"
	"github.com/gofiber/storage/memory/v2"
	"github.com/gofiber/storage/redis/v3"
)

func storage() fiber.Storage {
	if url := os.Getenv("REDIS_URL"); url != "" {
		return redis.New(redis.Config{URL: url})
	}
	return memory.New() // want `fiber session Storage is the in-memory storage`
}

func main() {
	store := session.New(session.Config{
		Storage:        storage(),
		CookieHTTPOnly: true,
	})
	_ = store
}
