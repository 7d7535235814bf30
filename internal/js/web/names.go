package web

import "github.com/sessionlint/sessionlint/internal/lazyre"

// The vocabulary the rules share: how names of session keys, cookies,
// handlers and routes say what they hold or do.
var (
	// identityKey matches session keys that hold the logged-in identity;
	// IsIdentityKey adds the exceptions.
	identityKey = lazyre.New(`(?i)^(id|user|user_?id|uid|username|user_?name|account|account_?id|logged_?in|is_?logged_?in|authenticated|is_?authenticated|auth|is_?auth|admin|admin_?id|is_?admin|staff_?id|customer_?id|employee_?id|role|roles|email|member|member_?id|current_?user|principal|passport|(?-i:[a-z]+(?:Uid|UID|UserId|UserID|AccountId|MemberId))|[a-z]+_(?:uid|user_?id|account_?id|member_?id))$`)
	// notYetIdentity: an ID kept before the login completes or about
	// another user (pendingUserId, lastUserId, impersonatedUid).
	notYetIdentity = lazyre.New(`(?i)^(pending|temp|tmp|partial|unverified|mfa|otp|tfa|two_?fa|invite|invited|reset|last|prev|previous|old|impersonat|target|other|new)`)
	// ReqVar matches the request object's usual names.
	ReqVar = lazyre.New(`^(req|request)$`)
	// LoginPath matches login handler names and route paths.
	LoginPath = lazyre.New(`(?i)log_?-?in|sign_?-?in|auth|register|sign_?-?up|callback|oauth|sso|saml|otp|2fa|mfa|verify|magic|passwordless|email_?-?link|login_?-?link`)
	// LogoutName matches logout handler names and paths.
	LogoutName = lazyre.New(`(?i)log_?out|sign_?out|logoff`)

	// AuthCookieName matches cookie names that carry a session or credential.
	AuthCookieName = lazyre.New(`(?i)(sess|^sid$|[._-]sid$|auth|token|jwt|login|remember|identity|^id$|credential|^user_?id$)`)
	// CSRFName matches CSRF token names (a CSRF cookie is not an auth cookie).
	CSRFName = lazyre.New(`(?i)csrf|xsrf`)
	// NotAuthCookie: names with an auth word that hold a convenience value
	// (the e-mail to prefill, when the user last logged in).
	NotAuthCookie = lazyre.New(`(?i)e_?mail|last_?login|login_?(hint|name|at|time|date)|username`)
	// ResponseName matches response objects (res.cookie, reply.setCookie).
	ResponseName = lazyre.New(`^(res|response|reply|ctx|resp)$`)
)

// IsIdentityKey reports whether a session key holds the logged-in
// identity: userId, principal, an app-prefixed user ID (whydUid,
// app_user_id), not one kept before the login completes (pendingUserId).
func IsIdentityKey(key string) bool {
	return identityKey.MatchString(key) && !notYetIdentity.MatchString(key)
}
