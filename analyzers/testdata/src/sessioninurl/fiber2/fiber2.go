package fiber2

import (
	"github.com/gofiber/fiber/v2"
	"github.com/gofiber/fiber/v2/middleware/session"
)

var store = session.New(session.Config{
	KeyLookup: "query:sid", // want `fiber session reads its ID from the URL query \("query:sid"\)`
})

var good = session.New(session.Config{KeyLookup: "cookie:__Host-sid"})

var header = session.New(session.Config{KeyLookup: "header:X-Session-ID"})

func handler(c *fiber.Ctx) error {
	sess, err := store.Get(c)
	if err != nil {
		return err
	}
	return c.Redirect("/x/" + sess.ID()) // want `session ID placed in a URL path`
}
