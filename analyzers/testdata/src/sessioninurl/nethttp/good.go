package nethttp

import (
	"fmt"
	"net/http"
	"net/url"
	"strings"
)

// Password reset and email verification links carry one-time tokens by design.
func resetLink(base, token string) string {
	return base + "/reset-password?token=" + token
}

func verifyLink(token string) string {
	return fmt.Sprintf("https://app.example.com/verify-email?token=%s", token)
}

func magicLink(loginToken string) string {
	return "https://app.example.com/auth/magic?token=" + loginToken
}

func invite(inviteToken string) string {
	return "/invitations/accept?token=" + inviteToken
}

// OAuth authorize URLs carry state and code.
func authorize(w http.ResponseWriter, r *http.Request, state string) {
	q := url.Values{}
	q.Set("client_id", "abc")
	q.Set("state", state)
	q.Set("response_type", "code")
	http.Redirect(w, r, "https://idp.example.com/authorize?"+q.Encode(), http.StatusFound)
}

// A token sent in a POST body, not in a URL.
func refresh(refreshToken string) (*http.Response, error) {
	form := url.Values{}
	form.Set("grant_type", "refresh_token")
	form.Set("refresh_token", refreshToken)
	return http.Post("https://idp.example.com/token", "application/x-www-form-urlencoded", strings.NewReader(form.Encode()))
}

// An API client that must put its key in a query (third-party requirement)
// is not a redirect: silent.
func graph(accessToken string) (*http.Response, error) {
	return http.Get("https://graph.example.com/me?access_token=" + accessToken)
}

// IDs of non-secret things.
func order(w http.ResponseWriter, r *http.Request, orderID string) {
	http.Redirect(w, r, "/orders/"+orderID, http.StatusSeeOther)
}

func userPage(userID string) string { return "/users/" + userID + "?tab=profile" }

func paginate(nextToken string) string { return "/items?page_token=" + nextToken }

// Stripe-style checkout sessions are not login sessions.
func checkout(w http.ResponseWriter, r *http.Request, checkoutSessionID string) {
	http.Redirect(w, r, "/success?checkout_session="+checkoutSessionID, http.StatusSeeOther)
}

// A redirect with no token.
func home(w http.ResponseWriter, r *http.Request) {
	http.Redirect(w, r, "/home?welcome=1", http.StatusFound)
}

// The session ID in a cookie, not in the URL.
func login(w http.ResponseWriter, r *http.Request, sessionID string) {
	http.SetCookie(w, &http.Cookie{Name: "sid", Value: sessionID, HttpOnly: true, Secure: true})
	http.Redirect(w, r, "/dashboard", http.StatusFound)
}

// Logging a message that mentions a session.
func msg(sessionID string) string { return "session " + sessionID + " expired" }

// A CSRF token in a form action is a different matter.
func formAction(csrfToken string) string { return "/transfer?csrf_token=" + csrfToken }

// A WebDriver-style client addresses a remote session resource by path.
func webdriver(base, sessionID string) (*http.Response, error) {
	return http.Get(base + "/session/" + sessionID + "/url")
}

// An SSO handshake: a single-use token signed for the partner site travels
// in the URL by design.
func ssoHandshake(w http.ResponseWriter, r *http.Request, sessionToken, signature string) {
	u, _ := url.Parse("https://partner.example.com/sso")
	q := u.Query()
	q.Set("token", sessionToken)
	q.Set("hmac", signature)
	u.RawQuery = q.Encode()
	http.Redirect(w, r, u.String(), http.StatusFound)
}

// A signature over a mail link's data under a "sid" key is no session ID.
func subscribeLink(domain, email, nonce string) string {
	signature := md5Hex(email + nonce)
	return fmt.Sprintf("%s/active?sid=%s", domain, signature)
}

func md5Hex(s string) string { return s }

// A variable named sid that holds a row number is not a session ID.
func editRedirect(w http.ResponseWriter, r *http.Request, id int) {
	sid := fmt.Sprintf("%d", id)
	http.Redirect(w, r, r.URL.Path+"?type=post&id="+sid, http.StatusFound)
}
