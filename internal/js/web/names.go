package web

import "github.com/sessionlint/sessionlint/internal/lazyre"

// The vocabulary the rules share: how names of session keys, cookies,
// handlers and routes say what they hold or do.
var (
	// IdentityKey matches session keys that hold the logged-in identity.
	IdentityKey = lazyre.New(`(?i)^(id|user|user_?id|uid|username|user_?name|account|account_?id|logged_?in|is_?logged_?in|authenticated|is_?authenticated|auth|is_?auth|admin|admin_?id|is_?admin|staff_?id|customer_?id|employee_?id|role|roles|email|member|member_?id|current_?user|principal|passport)$`)
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
