package flags

import (
	"flag"

	"github.com/gorilla/sessions"
)

var secret = flag.String("secret", "changeme", "session secret") // want `session store key is a literal`

var store = sessions.NewCookieStore([]byte(*secret))

var csrfKey string

func init() {
	flag.StringVar(&csrfKey, "csrf-key", "please-change-me", "key") // want `session store key is a literal`
}

var store2 = sessions.NewCookieStore([]byte(csrfKey))
