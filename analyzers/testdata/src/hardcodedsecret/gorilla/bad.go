package gorilla

import (
	"cmp"
	"encoding/hex"
	"os"

	"github.com/boj/redistore"
	"github.com/gorilla/csrf"
	"github.com/gorilla/securecookie"
	"github.com/gorilla/sessions"
)

var store = sessions.NewCookieStore([]byte("super-secret-key")) // want `session store key is a literal in the source, so anyone with the code can forge sessions; load it from the environment or a secret manager`

var sessionKey = []byte("another-secret-32-bytes-long!!!!") // want `session store key is a literal`

var fsStore = sessions.NewFilesystemStore("/tmp/sessions", sessionKey)

const cookieSecret = "const-secret" // want `securecookie key is a literal`

var sc = securecookie.New([]byte(cookieSecret), nil)

var sc2 = securecookie.New(
	securecookie.GenerateRandomKey(64),
	[]byte{0x01, 0x02, 0x03, 0x04, 0x05, 0x06, 0x07, 0x08, 0x09, 0x0a, 0x0b, 0x0c, 0x0d, 0x0e, 0x0f, 0x10}, // want `securecookie key is a literal`
)

var protect = csrf.Protect([]byte("32-byte-long-auth-key-1234567890")) // want `CSRF key is a literal in the source, so anyone with the code can forge CSRF tokens`

func envFallback() *sessions.CookieStore {
	key := cmp.Or(os.Getenv("SESSION_KEY"), "dev-secret") // want `session store key is a literal`
	return sessions.NewCookieStore([]byte(key))
}

func ifEmpty() *sessions.CookieStore {
	secret := os.Getenv("SESSION_SECRET")
	if secret == "" {
		secret = "changeme" // want `session store key is a literal`
	}
	return sessions.NewCookieStore([]byte(secret))
}

func getenv(key, def string) string {
	if v := os.Getenv(key); v != "" {
		return v
	}
	return def
}

func helperDefault() *sessions.CookieStore {
	return sessions.NewCookieStore([]byte(getenv("SESSION_SECRET", "insecure-default"))) // want `session store key is a literal`
}

func keyPairs() *sessions.CookieStore {
	keys := [][]byte{
		[]byte("auth-key-0123456789"), // want `session store key is a literal`
		[]byte(os.Getenv("ENC_KEY")),
	}
	return sessions.NewCookieStore(keys...)
}

func decoded() *securecookie.SecureCookie {
	hashKey, _ := hex.DecodeString("6368616e676520746869732070617373") // want `securecookie key is a literal`
	return securecookie.New(hashKey, nil)
}

func redis() (*redistore.RediStore, error) {
	return redistore.NewRediStore(10, "tcp", ":6379", "", "", []byte("redis-store-secret")) // want `session store key is a literal`
}

type Config struct {
	SessionSecret string `envconfig:"SESSION_SECRET" default:"dev-session-secret"` // want `session store key is a literal`
	Port          int
}

func fromConfig(cfg Config) *sessions.CookieStore {
	return sessions.NewCookieStore([]byte(cfg.SessionSecret))
}
