package fiber3

import (
	"github.com/gofiber/fiber/v3/extractors"
	"github.com/gofiber/fiber/v3/middleware/session"
)

var _ = session.New(session.Config{
	Extractor: extractors.FromQuery("session_id"), // want `fiber session reads its ID from the URL query \(extractors.FromQuery\)`
})

var _ = session.New(session.Config{
	Extractor: extractors.Chain(extractors.FromCookie("session_id"), extractors.FromParam("sid")), // want `fiber session reads its ID from the URL path`
})

var _ = session.New(session.Config{Extractor: extractors.FromCookie("__Host-session")})

// An API key extractor elsewhere is not a session.
var apiKey = extractors.FromQuery("page")
