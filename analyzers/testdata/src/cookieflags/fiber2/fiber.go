package fiber2

import (
	"fmt"
	"os"
	"time"

	"github.com/gofiber/fiber/v2"
	"github.com/gofiber/fiber/v2/middleware/session"
)

var store = session.New() // want `fiber session cookie is sent without Secure and HttpOnly, so it can leak over plain HTTP and scripts can read it; set CookieSecure: true and CookieHTTPOnly: true in session.Config`

var store2 = session.New(session.Config{ // want `fiber session cookie is sent without Secure`
	CookieHTTPOnly: true,
	CookieSameSite: "None",
})

var store3 = session.New(session.Config{
	CookieSecure:   os.Getenv("ENV") == "production",
	CookieHTTPOnly: true,
})

// The session ID travels in a header: no cookie.
var apiStore = session.New(session.Config{KeyLookup: "header:X-Session"})

const oauthSession = "_oauth_session"

// A cookie named by formatting: still a cookie; and a header named so, not.
var oauthStore = session.New(session.Config{ // want `fiber session cookie is sent without Secure`
	KeyLookup:      fmt.Sprintf("cookie:%s", oauthSession),
	CookieSameSite: "Lax",
	CookieHTTPOnly: true,
})

var headerStore = session.New(session.Config{KeyLookup: "header:" + oauthSession})

func login(c *fiber.Ctx, token string) error {
	c.Cookie(&fiber.Cookie{Name: "jwt", Value: token, HTTPOnly: true}) // want `session cookie "jwt" is sent without Secure`
	c.Cookie(&fiber.Cookie{Name: "lang", Value: "de"})
	c.Cookie(&fiber.Cookie{Name: "jwt", Value: "", Expires: time.Now().Add(-time.Hour)})
	return nil
}
