package main

import (
	"crypto/rand"
	"encoding/base64"
	"log"
	"os"
	"time"

	"github.com/gofiber/fiber/v3"
	"github.com/gofiber/fiber/v3/extractors"
	"github.com/gofiber/fiber/v3/middleware/session"
	"github.com/gofiber/storage/redis/v3"
)

func newSessionID() string {
	b := make([]byte, 8)
	if _, err := rand.Read(b); err != nil { // WANT: predictableid
		panic(err)
	}
	return base64.RawURLEncoding.EncodeToString(b)
}

func main() {
	app := fiber.New(fiber.Config{AppName: "portal"})

	storage := redis.New(redis.Config{URL: os.Getenv("REDIS_URL")})
	sessMw, store := session.NewWithStore(session.Config{
		Storage:         storage,
		CookieSecure:    true,
		CookieHTTPOnly:  true,
		CookieSameSite:  "Strict",
		IdleTimeout:     20 * time.Minute,
		AbsoluteTimeout: 8 * time.Hour,
		KeyGenerator:    newSessionID,
		Extractor:       extractors.FromCookie("__Host-portal"),
	})
	_ = store
	app.Use(sessMw)

	app.Get("/", dashboard)
	app.Post("/login", login)
	app.Get("/sso/callback", ssoCallback)
	app.Post("/logout", logout)
	app.Post("/account/switch", signOut)
	app.Post("/profile/tax", saveTaxInfo)

	mountWidget(app)

	log.Fatal(app.Listen(":8080"))
}
