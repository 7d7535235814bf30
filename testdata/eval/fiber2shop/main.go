package main

import (
	"log"
	"math/rand"
	"os"
	"strconv"
	"time"

	"github.com/gofiber/fiber/v2"
	"github.com/gofiber/fiber/v2/middleware/requestid"
	"github.com/gofiber/fiber/v2/middleware/session"
	"github.com/gofiber/storage/redis"
)

var (
	store      *session.Store
	adminStore *session.Store
)

func main() {
	redisStorage := redis.New(redis.Config{
		URL:   os.Getenv("REDIS_URL"),
		Reset: false,
	})

	store = session.New(session.Config{
		Storage:        redisStorage,
		KeyLookup:      "cookie:__Host-shop_sid",
		CookieSecure:   true,
		CookieHTTPOnly: true,
		CookieSameSite: "Lax",
		Expiration:     90 * 24 * time.Hour, // WANT: noexpiry
	})

	// Back-office UI is embedded in an iframe by the legacy ERP, which cannot
	// keep cookies, so the session id travels in the query string.
	adminStore = session.New(session.Config{ // WANT: memstore
		KeyLookup:      "query:admin_sid", // WANT: sessioninurl
		CookieSecure:   os.Getenv("APP_ENV") == "production",
		CookieHTTPOnly: true,
		Expiration:     30 * time.Minute,
	})

	app := fiber.New(fiber.Config{AppName: "shop"})
	app.Use(requestid.New())

	app.Get("/", home)
	app.Post("/login", login)
	app.Post("/login/magic", magicLogin)
	app.Post("/logout", logout)
	app.Post("/checkout", checkout)
	app.Post("/prefs/theme", setTheme)
	app.Get("/products", listProducts)

	app.Post("/admin/login", adminLogin)
	app.Post("/admin/logout", adminLogout)

	port := os.Getenv("PORT")
	if port == "" {
		port = "3000"
	}
	log.Fatal(app.Listen(":" + port))
}

// retryDelay adds jitter to the backoff used when the payment provider is flaky.
func retryDelay(attempt int) time.Duration {
	base := time.Duration(1<<attempt) * 100 * time.Millisecond
	return base + time.Duration(rand.Int63n(int64(base/2)))
}

func listProducts(c *fiber.Ctx) error {
	featured := []string{"mug", "shirt", "poster", "sticker"}
	rand.Shuffle(len(featured), func(i, j int) { featured[i], featured[j] = featured[j], featured[i] })
	page, _ := strconv.Atoi(c.Query("page", "1"))
	return c.JSON(fiber.Map{"featured": featured, "page": page})
}
