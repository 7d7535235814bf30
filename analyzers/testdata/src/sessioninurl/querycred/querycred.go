// Package querycred: auth credentials accepted from the URL query.
package querycred

import (
	"net/http"
	"net/url"

	"github.com/beego/beego/v2/server/web/context"
	"github.com/gin-gonic/gin"
)

// A credential from the query that opens a session: a login link.
func apiAuth(w http.ResponseWriter, r *http.Request) string {
	if k := r.URL.Query().Get("api_key"); k != "" { // want `auth credential accepted from the URL query \("api_key"\)`
		http.SetCookie(w, &http.Cookie{Name: "session", Value: k, Secure: true, HttpOnly: true, SameSite: http.SameSiteLaxMode})
		return k
	}
	q := r.URL.Query()
	return q.Get("access_token") // want `auth credential accepted from the URL query \("access_token"\)`
}

func setSessionUser(ctx *context.Context, user string) {}

func autoSignin(ctx *context.Context) {
	token := ctx.Input.Query("accessToken") // want `auth credential accepted from the URL query \("accessToken"\)`
	setSessionUser(ctx, token)
}

// An API key checked on each request (a stream URL a media player
// requests): what the protocol asks for, no session is opened.
func streamAuth(w http.ResponseWriter, r *http.Request) bool {
	return r.URL.Query().Get("api_key") == "k" || r.URL.Query().Get("access_token") == "t"
}

func ginAuth(c *gin.Context) string {
	return c.Query("sessionId") // want `auth credential accepted from the URL query \("sessionId"\)`
}

// Link tokens, OAuth parameters and headers are not query credentials.
func fine(w http.ResponseWriter, r *http.Request, c *gin.Context) []string {
	q := r.URL.Query()
	return []string{
		q.Get("token"), // a password-reset or verification link's token
		q.Get("code"),
		q.Get("state"),
		c.Query("session"), // a checkout or game session's name
		c.Query("key_name"),
		r.Header.Get("X-API-Key"),
		r.FormValue("access_token"), // a POST form (and query) value: not judged
	}
}

// "sid" also names subscribers, sites and streams: it is a session ID
// only where the value read is used to look a session up.
type subscriber struct{ Email string }

func subscriberBySignature(sig string) *subscriber { return &subscriber{} }

func loadSession(sid string) map[string]any { return nil }

func activate(c *gin.Context) *subscriber {
	sid := c.Query("sid")
	return subscriberBySignature(sid)
}

func resume(w http.ResponseWriter, r *http.Request) map[string]any {
	sid := r.URL.Query().Get("sid") // want `auth credential accepted from the URL query \("sid"\)`
	return loadSession(sid)
}

func resumeDirect(c *gin.Context) map[string]any {
	return loadSession(c.Query("sid")) // want `auth credential accepted from the URL query \("sid"\)`
}

// A URL the code parsed itself (a redirect it followed, a link a forge
// returned) is not the request the server accepts a credential from.
func tokenFromRedirect(location string) (string, error) {
	u, err := url.Parse(location)
	if err != nil {
		return "", err
	}
	q := u.Query()
	return u.Query().Get("access_token") + q.Get("api_key"), nil
}
