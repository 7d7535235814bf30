package gorillaold

import (
	"os"

	"github.com/gorilla/sessions"
)

// Before v1.3.0 NewCookieStore set only Path and MaxAge.
var Store = sessions.NewCookieStore([]byte(os.Getenv("SESSION_KEY"))) // want `CookieStore \(gorilla/sessions v1.2.1 defaults\) is sent without Secure and SameSite`

func init() {
	Store.Options.HttpOnly = true
}
