// Package oauthstate: the state of an OAuth authorization request must be
// random per login; one the attacker knows or chooses stops no login CSRF.
package oauthstate

import (
	"crypto/hmac"
	"crypto/rand"
	"crypto/sha256"
	"encoding/base64"
	"encoding/hex"
	"fmt"
	mrand "math/rand"
	"net/http"
	"net/url"
	"time"

	"github.com/astaxie/beego/context"
	"golang.org/x/oauth2"
)

var conf = &oauth2.Config{ClientID: "id"}

func fixedLiteral(w http.ResponseWriter, r *http.Request) {
	http.Redirect(w, r, conf.AuthCodeURL("state", oauth2.AccessTypeOffline), http.StatusFound) // want `OAuth state is the fixed string "state"`
}

func returnPage(w http.ResponseWriter, r *http.Request) {
	scheme := "http"
	if r.TLS != nil {
		scheme = "https"
	}
	back := scheme + "://" + r.Host + r.RequestURI
	state := url.QueryEscape(back) // want `OAuth state comes from the request's r.Host, which an attacker can know or choose`
	http.Redirect(w, r, conf.AuthCodeURL(state), http.StatusFound)
	http.Redirect(w, r, conf.AuthCodeURL(state, oauth2.AccessTypeOnline), http.StatusFound)
}

// OAuther stands for *oauth2.Config behind the app's own interface.
type OAuther interface {
	AuthCodeURL(state string, opts ...oauth2.AuthCodeOption) string
}

var providers = map[string]OAuther{"github": conf}

func beegoNext(ctx *context.Context, token string) string {
	next := ctx.Input.Query("next")
	if token == "" {
		return providers["github"].AuthCodeURL(next, oauth2.AccessTypeOnline) // want `OAuth state comes from the request's ctx.Input.Query\("next"\)`
	}
	next = next + "&sid=" + token // after the state was sent
	return next
}

func clockState() string {
	return conf.AuthCodeURL(fmt.Sprint(time.Now().UnixNano())) // want `OAuth state comes from the current time`
}

func weakRandState() string {
	return conf.AuthCodeURL(fmt.Sprint(mrand.Int63())) // want `OAuth state comes from math/rand`
}

// Random states, PKCE-bound requests and non-state interfaces are fine.
func randomState(w http.ResponseWriter, r *http.Request) {
	b := make([]byte, 32)
	_, _ = rand.Read(b)
	state := hex.EncodeToString(b)
	http.SetCookie(w, &http.Cookie{Name: "oauthstate", Value: state, HttpOnly: true, Secure: true, SameSite: http.SameSiteLaxMode})
	http.Redirect(w, r, conf.AuthCodeURL(state), http.StatusFound)
}

func textState() string { return conf.AuthCodeURL(rand.Text()) }

func pkce(w http.ResponseWriter, r *http.Request) {
	verifier := oauth2.GenerateVerifier()
	http.Redirect(w, r, conf.AuthCodeURL("", oauth2.S256ChallengeOption(verifier)), http.StatusFound)
}

func signedState(secret []byte, r *http.Request) string {
	nonce := make([]byte, 16)
	_, _ = rand.Read(nonce)
	m := hmac.New(sha256.New, secret)
	m.Write(nonce)
	m.Write([]byte(r.URL.Path))
	return conf.AuthCodeURL(base64.RawURLEncoding.EncodeToString(append(nonce, m.Sum(nil)...)))
}

// Linker has an AuthCodeURL of its own that takes no OAuth option.
type Linker interface{ AuthCodeURL(page string) string }

func link(l Linker, r *http.Request) string { return l.AuthCodeURL(r.URL.Path) }

// An HMAC is as secret as its key.
func weakKeyToken(user string) string {
	key := []byte(fmt.Sprint(mrand.New(mrand.NewSource(time.Now().UnixNano())).Uint64())) // want `token comes from an HMAC keyed with`
	h := hmac.New(sha256.New, key)
	h.Write([]byte(user + fmt.Sprint(time.Now().Unix())))
	return base64.StdEncoding.EncodeToString(h.Sum(nil))
}

func secretKeyToken(secret []byte, user string) string {
	h := hmac.New(sha256.New, secret)
	h.Write([]byte(user))
	return hex.EncodeToString(h.Sum(nil))
}

// The client's own session token as the state: a secret, not a value an
// attacker knows (the session-in-URL rule judges sending it).
func commenterState(w http.ResponseWriter, r *http.Request) {
	commenterToken := r.FormValue("commenterToken")
	http.Redirect(w, r, conf.AuthCodeURL(commenterToken), http.StatusFound)
}
