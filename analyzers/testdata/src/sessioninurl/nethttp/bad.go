package nethttp

import (
	"fmt"
	"net/http"
	"net/url"

	"golang.org/x/oauth2"
)

func afterLogin(w http.ResponseWriter, r *http.Request, sessionID string) {
	http.Redirect(w, r, "/dashboard?sid="+sessionID, http.StatusFound) // want `session ID placed in a URL query, where logs, Referer headers and browser history leak it; keep it in a cookie`
}

func link(sid string) string {
	return fmt.Sprintf("https://app.example.com/home?session_id=%s&lang=en", sid) // want `session ID placed in a URL query`
}

func javaStyle(id string) string {
	return "/app;jsessionid=" + id // want `session ID placed in a URL query`
}

func pathSegment(w http.ResponseWriter, r *http.Request, sessionID string) {
	http.Redirect(w, r, "/s/"+sessionID+"/home", http.StatusSeeOther) // want `session ID placed in a URL path`
}

func values(w http.ResponseWriter, r *http.Request, sessionToken string) {
	u, _ := url.Parse("https://app.example.com/welcome")
	q := u.Query()
	q.Set("session", sessionToken) // want `session ID placed in a URL query`
	u.RawQuery = q.Encode()
	http.Redirect(w, r, u.String(), http.StatusFound)
}

func rawQuery(sid string) *url.URL {
	return &url.URL{Path: "/home", RawQuery: "sid=" + sid} // want `session ID placed in a URL query`
}

func cookieToURL(w http.ResponseWriter, r *http.Request) {
	c, err := r.Cookie("session_id")
	if err != nil {
		return
	}
	next := "/other-app?s=" + c.Value // want `session ID placed in a URL query`
	http.Redirect(w, r, next, http.StatusFound)
}

// A JWT handed to the front end in a redirect.
func oauthCallback(w http.ResponseWriter, r *http.Request, jwt string) {
	http.Redirect(w, r, "https://spa.example.com/callback?token="+jwt, http.StatusFound) // want `auth token placed in a redirect URL, where logs, Referer headers and browser history leak it; set it in a Secure, HttpOnly cookie instead`
}

func oauthCallback2(w http.ResponseWriter, r *http.Request, accessToken string) {
	target := fmt.Sprintf("%s/app?access_token=%s", "https://spa.example.com", accessToken) // want `auth token placed in a redirect URL`
	http.Redirect(w, r, target, http.StatusFound)
}

var githubConfig = &oauth2.Config{ClientID: "id", RedirectURL: "https://app.example.com/oauth/callback"}

// The commenter's session token doubles as the OAuth state.
func oauthRedirect(w http.ResponseWriter, r *http.Request) {
	commenterToken := r.FormValue("commenterToken")
	http.Redirect(w, r, githubConfig.AuthCodeURL(commenterToken), http.StatusFound) // want `session token used as the OAuth state`
}

// A random state is what the parameter is for.
func oauthRedirectGood(w http.ResponseWriter, r *http.Request, state string) {
	http.Redirect(w, r, githubConfig.AuthCodeURL(state), http.StatusFound)
}

// The key says session and the value says nothing: still a session ID.
func resumeLink(domain, id string) string {
	return fmt.Sprintf("%s/resume?sid=%s", domain, id) // want `session ID placed in a URL query`
}
