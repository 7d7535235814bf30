package gorilla

import (
	"flag"
	"log"
	"os"

	"github.com/gorilla/csrf"
	"github.com/gorilla/securecookie"
	"github.com/gorilla/sessions"
)

var envStore = sessions.NewCookieStore([]byte(os.Getenv("SESSION_KEY")))

var randStore = sessions.NewCookieStore(securecookie.GenerateRandomKey(32), securecookie.GenerateRandomKey(32))

var protectEnv = csrf.Protect([]byte(os.Getenv("CSRF_KEY")), csrf.Secure(true), csrf.CookieName("_csrf"))

func required() *sessions.CookieStore {
	secret := os.Getenv("SESSION_SECRET")
	if secret == "" {
		log.Fatal("SESSION_SECRET is required")
	}
	return sessions.NewCookieStore([]byte(secret))
}

func emptyDefault() *sessions.CookieStore {
	return sessions.NewCookieStore([]byte(getenv("SESSION_SECRET", "")))
}

// getenv's other callers pass harmless defaults.
var port = getenv("PORT", "8080")

var keyFlag = flag.String("session-key", "", "session signing key")

func fromFlag() *sessions.CookieStore {
	return sessions.NewCookieStore([]byte(*keyFlag))
}

func devOnly() *sessions.CookieStore {
	key := []byte(os.Getenv("SESSION_KEY"))
	if os.Getenv("APP_ENV") == "development" {
		key = []byte("local-dev-key")
	}
	return sessions.NewCookieStore(key)
}

type Settings struct {
	SessionKey string `envconfig:"SESSION_KEY" required:"true"`
}

func fromSettings(s Settings) *sessions.CookieStore {
	return sessions.NewCookieStore([]byte(s.SessionKey))
}

func fromFile() (*sessions.CookieStore, error) {
	key, err := os.ReadFile("/run/secrets/session_key")
	if err != nil {
		return nil, err
	}
	return sessions.NewCookieStore(key), nil
}

// Literals that are not keys: the store path, the cookie name.
var fsStore2 = sessions.NewFilesystemStore("/var/lib/app/sessions", []byte(os.Getenv("FS_KEY")))

func cookieName() string { return "app-session" }
