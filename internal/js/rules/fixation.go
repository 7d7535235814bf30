package rules

import (
	"regexp"
	"strings"

	"github.com/sessionlint/sessionlint/internal/js/syntax"
)

// Fixation flags login handlers that write the user's identity into the
// existing session (req.session.userId = ...) without first issuing a new
// session ID with req.session.regenerate, and req.login / passport
// authenticate in apps on passport < 0.6 (which, unlike 0.6+, does not
// regenerate; CVE-2022-25896). An awaited express-session regenerate() does
// not wait (it takes a callback), so writes after it still count. Apps
// whose only session middleware is cookie-based (cookie-session) have no
// server-side ID and are silent. Login handlers are recognised by name or
// route path (login, auth, callback, magic links, passwordless, /:token
// sign-in links) or by a credential check in their body.
var Fixation = &Rule{
	ID:    "fixation",
	Query: assignQuery + "\n" + callQuery,
	Check: checkFixation,
}

var (
	identityKey = regexp.MustCompile(`(?i)^(user|user_?id|uid|username|user_?name|account|account_?id|logged_?in|is_?logged_?in|authenticated|is_?authenticated|auth|is_?auth|admin|is_?admin|role|roles|email|member|member_?id|current_?user|principal|passport)$`)
	loginPath   = regexp.MustCompile(`(?i)log_?-?in|sign_?-?in|auth|register|sign_?-?up|callback|oauth|sso|saml|otp|2fa|mfa|verify|magic|passwordless|email_?-?link|login_?-?link`)
	// tokenPath: a route keyed by a token parameter (/m/:token,
	// /invite/:inviteToken) that writes the identity signs the user in.
	tokenPath  = regexp.MustCompile(`(?i)/:\w*token\b`)
	credCheck  = regexp.MustCompile(`(?i)(bcrypt|bcryptjs|argon2|scrypt|pbkdf2)\.|(compare|verify|check|validate|authenticate|login|logIn|signIn)\w*\s*\(`)
	credWord   = regexp.MustCompile(`(?i)password|passwd|credential|otp|totp|passcode|secret`)
	reqVar     = regexp.MustCompile(`^(req|request)$`)
	logoutName = regexp.MustCompile(`(?i)log_?out|sign_?out|logoff`)
)

func checkFixation(f *File, m syntax.Match) {
	if a := m.Capture("assign"); a != nil {
		fixationWrite(f, a)
		return
	}
	call := m.Capture("call")
	fn := syntax.Unwrap(call.ChildByField("function"))
	if fn == nil || fn.Kind != "member_expression" {
		return
	}
	prop := f.text(fn.ChildByField("property"))
	switch {
	case (prop == "login" || prop == "logIn") && rootIdent(fn) != nil && reqVar.MatchString(f.text(rootIdent(fn))):
		if f.inCallbackOf(call, ".session.regenerate") {
			return
		}
		f.reportWhen(oldPassport, "fixation", call, passportMessage("req."+prop))
	case prop == "authenticate" && f.isCallTo(call, "passport", "authenticate"):
		// passport.authenticate('local', ...) as route middleware logs in.
		if call.Parent == nil || call.Parent.Kind != "arguments" {
			return
		}
		if _, ok := f.route(call.Parent.Parent); !ok {
			return
		}
		f.reportWhen(oldPassport, "fixation", call, passportMessage("passport.authenticate"))
	}
}

func oldPassport(a *App) bool {
	regen, known := a.PassportRegenerates()
	return known && !regen
}

func passportMessage(what string) string {
	return what + " logs the user in without regenerating the session on passport < 0.6 (CVE-2022-25896), so a session ID planted before login stays valid after it; upgrade passport to 0.6 or later, or call req.session.regenerate() before logging in"
}

func fixationWrite(f *File, a *syntax.Node) {
	reqName, key, ok := f.sessionKey(a.ChildByField("left"))
	if !ok || !(identityKey.MatchString(key) || f.names().identityKey(key)) || reqName == "ctx" || f.isClearing(a.ChildByField("right")) {
		return
	}
	if f.Test {
		return
	}
	h := f.handlerOf(a, reqName)
	if h == nil {
		return
	}
	name := f.functionName(h)
	login := f.names().loginHandler(name, f.routePathOf(h))
	if !login && (logoutName.MatchString(name) || logoutName.MatchString(f.routePathOf(h)) || f.names().logoutHandler(name, f.routePathOf(h))) {
		return
	}
	text := f.funcText(h)
	path := f.routePathOf(h)
	if !login && !loginPath.MatchString(path) && !tokenPath.MatchString(path) && !loginPath.MatchString(name) && !(credCheck.MatchString(text) && credWord.MatchString(text)) {
		return
	}
	if f.inCallbackOf(a, ".session.regenerate") {
		return
	}
	// A regenerate awaited before the write: promisified ones wait, a bare
	// await req.session.regenerate() on express-session does not.
	msg := ""
	sawRegenerate := false
	syntax.Walk(h, func(n *syntax.Node) bool {
		if n.Start >= a.Start {
			return false
		}
		if n.Kind == "await_expression" && strings.Contains(f.text(n), "regenerate") {
			inner := syntax.Unwrap(firstNamed(n))
			if inner != nil && inner.Kind == "call_expression" && len(args(inner)) == 0 &&
				strings.HasSuffix(f.memberPath(inner.ChildByField("function")), ".session.regenerate") && !f.imported(libFastifySession, "fastify-session") {
				msg = "await " + reqName + ".session.regenerate() does not wait on express-session (it takes a callback and returns the session), so " +
					reqName + ".session." + key + " is written before the new session ID exists; set it inside the regenerate callback or promisify regenerate"
				return false
			}
			sawRegenerate = true
		}
		return true
	})
	if sawRegenerate && msg == "" {
		return
	}
	if msg != "" {
		// @fastify/session's regenerate returns a promise: fine there.
		f.reportWhen(func(a *App) bool { return serverSessions(a) && !a.Facts.FastifySession }, "fixation", a, msg)
		return
	}
	if msg == "" {
		msg = "login handler writes " + reqName + ".session." + key + " without regenerating the session ID first, so an attacker who planted a session ID before login shares the logged-in session; call " +
			reqName + ".session.regenerate() and set the user in its callback"
	}
	f.reportWhen(serverSessions, "fixation", a, msg)
}

// serverSessions: the app does not rely only on cookie-stored sessions.
func serverSessions(a *App) bool {
	return a.Facts.ServerSessions || !a.Facts.CookieSessions
}

func firstNamed(n *syntax.Node) *syntax.Node {
	for _, c := range n.Children {
		if c.Named && c.Kind != "comment" {
			return c
		}
	}
	return nil
}
