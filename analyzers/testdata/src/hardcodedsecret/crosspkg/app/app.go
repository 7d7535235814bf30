package app

import (
	"hardcodedsecret/crosspkg/config"

	"github.com/gorilla/sessions"
)

var s1 = sessions.NewCookieStore(config.SessionSecret) // want `session store key is a literal`

var s2 = sessions.NewCookieStore([]byte(config.Getenv("SECRET", "fallback-secret"))) // want `session store key is a literal`

var s3 = sessions.NewCookieStore(config.Fixed()) // want `session store key is a literal`

var s4 = sessions.NewCookieStore(config.FromEnv())

var s5 = sessions.NewCookieStore([]byte(config.Getenv("SECRET", "")))
