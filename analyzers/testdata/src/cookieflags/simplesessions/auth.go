package simplesessions

import (
	"net/http"
	"time"

	"github.com/zerodha/simplesessions/v3"
)

func manager() *simplesessions.Manager {
	return simplesessions.New(simplesessions.Options{
		SessionIDLength: 64,
		Cookie: simplesessions.CookieOptions{ // want `simplesessions session cookie is sent without Secure and SameSite`
			IsHTTPOnly: true,
			MaxAge:     7 * 24 * time.Hour,
		},
	})
}

func secureManager() *simplesessions.Manager {
	return simplesessions.New(simplesessions.Options{Cookie: simplesessions.CookieOptions{
		IsSecure: true, IsHTTPOnly: true, SameSite: http.SameSiteLaxMode}})
}
