// Secure turned off only when the operator asks for it: what ships is the
// secure default.
package optout

import (
	"net/http"

	"github.com/alexedwards/scs/v2"
)

type Config struct {
	Insecure bool
	UseHTTPS bool
}

func sessions(cfg Config) *scs.SessionManager {
	sm := scs.New()
	sm.Cookie.Secure = true
	sm.Cookie.SameSite = http.SameSiteLaxMode
	if cfg.Insecure {
		sm.Cookie.Secure = false
	}
	return sm
}

func sessionsHTTPS(cfg Config) *scs.SessionManager {
	sm := scs.New()
	sm.Cookie.Secure = true
	sm.Cookie.SameSite = http.SameSiteLaxMode
	if !cfg.UseHTTPS {
		sm.Cookie.Secure = false
	}
	return sm
}

// A condition that names no opt-out: the literal false ships.
func sessionsLegacy(legacy bool) *scs.SessionManager {
	sm := scs.New()
	sm.Cookie.Secure = true
	sm.Cookie.SameSite = http.SameSiteLaxMode
	if legacy {
		sm.Cookie.Secure = false // want `scs session cookie is sent without Secure`
	}
	return sm
}
