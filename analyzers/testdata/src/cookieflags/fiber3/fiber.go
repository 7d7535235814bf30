package fiber3

import (
	"github.com/gofiber/fiber/v3"
	"github.com/gofiber/fiber/v3/extractors"
	"github.com/gofiber/fiber/v3/middleware/session"
)

func setup(app *fiber.App) {
	app.Use(session.New(session.Config{CookieSecure: true})) // want `fiber session cookie is sent without HttpOnly`
	// SameSite=None makes fiber v3 set Secure itself.
	app.Use(session.New(session.Config{CookieSameSite: "None", CookieHTTPOnly: true}))
	app.Use(session.New(session.Config{Extractor: extractors.FromHeader("X-Session-ID")}))
	_, _ = session.NewWithStore() // want `fiber session cookie is sent without Secure and HttpOnly`
}

func login(c fiber.Ctx, sessionToken string) error {
	c.Cookie(&fiber.Cookie{Name: "auth", Value: sessionToken, Secure: true, SameSite: "disabled", HTTPOnly: true}) // want `session cookie "auth" is sent without SameSite`
	c.Cookie(&fiber.Cookie{Name: "auth2", Value: sessionToken, SameSite: "None", HTTPOnly: true})
	return nil
}
