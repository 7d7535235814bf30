package golib

import "strings"

// How each session library renews and ends a session, in its own terms:
// the fix advice of the fixation and logout rules. %[1]s is the session
// (or manager) expression of the finding.
type sessionAdvice struct {
	renew      string // the operation that issues a new ID, "" when there is none
	renewFix   string
	destroyFix string
}

var advice = map[SessionLib]sessionAdvice{
	LibSCS: {renew: "RenewToken",
		renewFix:   "call %[1]s.RenewToken(ctx) before Put (or use session.Login)",
		destroyFix: "call %[1]s.Destroy(ctx) (or session.Logout)"},
	LibFiber: {renew: "Regenerate",
		renewFix:   "call %[1]s.Regenerate() before Set (or use session.Login)",
		destroyFix: "call %[1]s.Destroy() (or session.Logout)"},
	LibBeego: {renew: "SessionRegenerateID",
		renewFix:   "call SessionRegenerateID() before storing the user (or use session.Login)",
		destroyFix: "call DestroySession() (or session.Logout)"},
	LibOwn: {renew: "session.Renew",
		renewFix:   "use session.Login, which issues a new ID, instead of Put",
		destroyFix: "call session.Logout"},
	LibGorilla: {renew: `session.ID = ""`,
		renewFix:   `set %[1]s.ID = "" before saving so the store issues a new ID (or use session.Login)`,
		destroyFix: "set %[1]s.Options.MaxAge = -1 and save it (or use session.Logout)"},
	LibGin: {
		renewFix:   "gin-contrib/sessions cannot rotate a server-side session ID, so use a library that can (session.Login)",
		destroyFix: "call %[1]s.Options(sessions.Options{MaxAge: -1}) and save it (or use session.Logout)"},
}

// RenewOp names the operation that issues a new session ID in lib, or "".
func RenewOp(lib SessionLib) string { return advice[lib].renew }

// RenewFix says how to issue a new session ID before storing the user.
func RenewFix(lib SessionLib, sess string) string { return format(advice[lib].renewFix, sess) }

// DestroyFix says how to end a session at logout.
func DestroyFix(lib SessionLib, sess string) string {
	if f := advice[lib].destroyFix; f != "" {
		return format(f, sess)
	}
	return "call session.Logout"
}

// format puts the session expression into f; not every advice names it.
func format(f, sess string) string {
	return strings.ReplaceAll(f, "%[1]s", sess)
}
