package gorilla

import (
	"os"

	"github.com/gorilla/sessions"
)

// A store whose defaults (v1.3.0+) leave HttpOnly off.
var store = sessions.NewCookieStore([]byte(os.Getenv("SESSION_KEY"))) // want `the session cookie of this CookieStore \(gorilla/sessions v1.3.0\+ defaults\) is sent without HttpOnly, so scripts can read it; set store.Options.HttpOnly = true`

type app struct {
	files *sessions.FilesystemStore
}

func newApp() *app {
	return &app{files: sessions.NewFilesystemStore("/tmp", []byte(os.Getenv("K")))} // want `FilesystemStore .* is sent without Secure, HttpOnly and SameSite`
}
