package analysis

// Facts are what a file contributes to app-level decisions.
type Facts struct {
	Sessions []SessionFact // cookie-authenticated sessions set up in the file
	Routes   []Route       // state-changing routes
	CSRF     bool          // a CSRF defence is applied
	// Password hashing in ORM hooks: on save/create, on update queries;
	// models declared in a file with no hashing hook.
	HashHook, HashHookUpdate bool
	PlainModels              []string
	// ServerSessions and CookieSessions: session libraries seen, by the
	// request object their session hangs on ("req", "ctx"): with
	// server-side IDs, and kept in the cookie only.
	ServerSessions, CookieSessions map[string]bool
	// PromiseRegenerate: a server-side session library whose regenerate()
	// returns a promise (awaiting it waits).
	PromiseRegenerate bool
	// SessionIdentity: the app writes the logged-in user into a session
	// (req.session.user = ..., req.login, passport.session()).
	SessionIdentity bool
	// Callers are the app's functions (path#offset) called with a
	// password somewhere in the app: what they store is judged at the calls.
	Callers map[string]bool
	// HashingMethods are the app's class methods that write a model and
	// hash its password first ("users.update" for class Users { update()
	// { ... passhash(password) ... } }), by lower-case class and method.
	HashingMethods map[string]bool
	// DigestFuncs are the names of the app's functions and methods every
	// return of which is a fast digest (hashify_password: function (p) {
	// return md5(p + secret) }); HashFuncs the names of its other
	// functions named for hashing, which make a name ambiguous.
	DigestFuncs, HashFuncs map[string]bool
	// Mounts are the path prefixes the app mounts its own modules at
	// (app.use('/signin', require('./routes/signin'))), by module file: a
	// router's route '/' there is /signin.
	Mounts map[string]string
}

func (a *Facts) merge(b Facts) {
	a.Sessions = append(a.Sessions, b.Sessions...)
	a.Routes = append(a.Routes, b.Routes...)
	a.CSRF = a.CSRF || b.CSRF
	a.HashHook = a.HashHook || b.HashHook
	a.HashHookUpdate = a.HashHookUpdate || b.HashHookUpdate
	a.PlainModels = append(a.PlainModels, b.PlainModels...)
	a.ServerSessions = union(a.ServerSessions, b.ServerSessions)
	a.CookieSessions = union(a.CookieSessions, b.CookieSessions)
	a.PromiseRegenerate = a.PromiseRegenerate || b.PromiseRegenerate
	a.Callers = union(a.Callers, b.Callers)
	a.HashingMethods = union(a.HashingMethods, b.HashingMethods)
	a.DigestFuncs = union(a.DigestFuncs, b.DigestFuncs)
	a.HashFuncs = union(a.HashFuncs, b.HashFuncs)
	a.SessionIdentity = a.SessionIdentity || b.SessionIdentity
	for k, v := range b.Mounts {
		if _, ok := a.Mounts[k]; !ok {
			if a.Mounts == nil {
				a.Mounts = map[string]string{}
			}
			a.Mounts[k] = v
		}
	}
}

func union(a, b map[string]bool) map[string]bool {
	if len(b) == 0 {
		return a
	}
	if a == nil {
		a = map[string]bool{}
	}
	for k, v := range b {
		a[k] = a[k] || v
	}
	return a
}

// Mark records a session library of the file in a facts map.
func Mark(m *map[string]bool, key string) {
	if *m == nil {
		*m = map[string]bool{}
	}
	(*m)[key] = true
}

// A SessionFact is one cookie-authenticated session (middleware, auth
// cookie), for the csrf rule.
type SessionFact struct {
	Lib      string
	File     string
	Line     int
	Column   int
	EndLine  int
	EndCol   int
	SameSite Tri // Yes: Lax/Strict set (or library default); No: absent/None; Unknown
	// Cookie: an auth cookie the server writes, rather than a session
	// middleware's.
	Cookie bool
}

// A Tri is a three-valued fact.
type Tri int8

const (
	Unknown Tri = iota
	Yes
	No
)

// A Route is a state-changing route registration.
type Route struct {
	Method string
	Path   string
	File   string
	Line   int
}
