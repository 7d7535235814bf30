// Package noexpiry is the JavaScript/TypeScript noexpiry rule.
package noexpiry

import (
	"fmt"
	"strings"
	"time"

	"github.com/sessionlint/sessionlint/internal/js/analysis"
	"github.com/sessionlint/sessionlint/internal/js/jslib"
	"github.com/sessionlint/sessionlint/internal/js/resolve"
	"github.com/sessionlint/sessionlint/internal/js/routes"
	"github.com/sessionlint/sessionlint/internal/js/syntax"
	"github.com/sessionlint/sessionlint/internal/js/web"
	"github.com/sessionlint/sessionlint/internal/lazyre"
)

// Rule flags sessions with no bounded lifetime: a session library whose
// sessions live in an unbounded in-memory store (express-session's
// MemoryStore) with no cookie.maxAge/expires, one whose signed cookie is
// the session and carries no expiry (cookie-session without maxAge), a
// lifetime of zero that means forever (iron-session ttl: 0), and session
// lifetimes over 30 days, in each library's unit (the catalog's). A store
// with its own TTL (connect-redis, connect-mongo, connect-pg-simple, ...)
// counts as expiry. Session and auth cookies that live longer than 30 days
// (maxAge, or expires as now plus a lifetime) count too.
var Rule = &analysis.Rule{
	ID:    "noexpiry",
	Query: analysis.CallQuery + "\n" + analysis.PairQuery,
	Check: check,
}

func check(f *analysis.File, m syntax.Match) {
	if f.Test {
		return
	}
	var u *web.Session
	if p := m.Capture("pair"); p != nil {
		absoluteLifetime(f, p)
		if f.Text(p.ChildByField("key")) == "plugin" {
			u = web.SessionAt(f, p.Parent)
		}
	} else {
		u = web.SessionAt(f, m.Capture("call"))
		if u == nil {
			if w := web.CookieAt(f, m.Capture("call")); w != nil {
				authCookie(f, w)
				return
			}
			lifetimeArgs(f, m.Capture("call"))
			token(f, m.Capture("call"))
			return
		}
	}
	if u == nil || u.Opts == nil || web.DevOnly(f, u.At) {
		return
	}
	session(f, u)
}

// token checks the lifetime of a signed token (the catalog's JWT signers):
// a login token with no expiry, or one that lives longer than 30 days.
func token(f *analysis.File, call *syntax.Node) {
	b, ok := f.Callee(call)
	if !ok || !signer(b) {
		throughHelper(f, call)
		return
	}
	for _, s := range jslib.JWTSigners(jslib.Call) {
		if s.Ref != b || s.Expiry == "" {
			continue
		}
		as := resolve.Args(call)
		opts := resolve.NewObj()
		if s.OptionsArg >= 0 && s.OptionsArg < len(as) {
			opts = f.Object(as[s.OptionsArg])
		}
		unit := time.Millisecond
		if s.ExpirySeconds {
			unit = time.Second
		}
		if s.Service != "" && signsNothing(f, call, s.Service) {
			return
		}
		l := f.Get(opts, s.Expiry)
		switch {
		case l.Found:
			if d, ok := f.Duration(l.Value, unit); ok && d > jslib.SessionLifetime && !rememberMe(f, call) {
				f.Report("noexpiry", lifetimeAt(f, l.Value), "the token signed here lives longer than 30 days, so a stolen token stays valid for a long time; sign login tokens for hours or days and renew them")
			}
		case l.Unknown || s.DefaultBounded || s.KeyArg < 0 || web.DevOnly(f, call):
		case len(as) > 0 && expiryClaim(f, as[0]):
		case loginToken(f, call, as):
			f.Report("noexpiry", call, "the login token is signed without an expiry (expiresIn), so a stolen token stays valid forever; set expiresIn to hours or days and renew tokens")
		}
		return
	}
}

// signer reports whether b is one of the catalog's token signers.
func signer(b jslib.Ref) bool {
	for _, s := range jslib.JWTSigners(jslib.Call) {
		if s.Ref == b {
			return true
		}
	}
	return false
}

// throughHelper checks a call of the app's own signing helper that passes
// its options parameter on to a signer (createToken(payload, secret,
// options) { return jwt.sign(payload, secret, options) }): a login call
// that leaves the options out signs a token that never expires.
func throughHelper(f *analysis.File, call *syntax.Node) {
	fn := syntax.Unwrap(call.ChildByField("function"))
	if fn == nil || fn.Kind != "identifier" || !signerName.MatchString(f.Text(fn)) || web.DevOnly(f, call) {
		return
	}
	s, opt, payload, ok := signsThrough(f.File, call, 0)
	if !ok {
		return
	}
	as := resolve.Args(call)
	if opt < len(as) || payload >= len(as) {
		return // options passed: judged where they are built
	}
	if expiryClaim(f, as[payload]) {
		return
	}
	if loginToken(f, call, as[payload:]) {
		f.Report("noexpiry", call, "the login token is signed by "+f.Text(fn)+" without options, so it gets no expiry ("+s.Expiry+") and a stolen token stays valid forever; pass "+s.Expiry+" of hours or days and renew tokens")
	}
}

// signerName: helpers named for signing or making tokens.
var signerName = lazyre.New(`(?i)(sign|token|jwt)`)

// signsThrough reports whether the function a call names signs a token
// with one of the catalog's signers (directly or through one more helper),
// passing its own parameters on as the payload and the options; it
// returns the indexes of those parameters.
func signsThrough(f *resolve.File, call *syntax.Node, depth int) (s *jslib.JWTSigner, opt, payload int, ok bool) {
	body := f.LocalFunction(call.ChildByField("function"))
	if body == nil || depth > 1 {
		return nil, 0, 0, false
	}
	g := f.Owner(body)
	syntax.Walk(body, func(n *syntax.Node) bool {
		if ok || n.Kind != "call_expression" {
			return !ok
		}
		ias := resolve.Args(n)
		var io, ip int
		if b, found := g.Callee(n); found {
			for _, c := range jslib.JWTSigners(jslib.Call) {
				if c.Ref == b && c.Expiry != "" && !c.DefaultBounded && c.KeyArg >= 0 && c.OptionsArg > 0 {
					s, io, ip = &c, c.OptionsArg, 0
					break
				}
			}
		}
		if fn := syntax.Unwrap(n.ChildByField("function")); s == nil && fn != nil && fn.Kind == "identifier" && signerName.MatchString(g.Text(fn)) {
			var found bool
			s, io, ip, found = signsThrough(g, n, depth+1)
			if !found {
				s = nil
			}
		}
		if s == nil || io >= len(ias) || ip >= len(ias) {
			s = nil
			return true
		}
		opt, payload = g.ParamIndex(body, ias[io]), g.ParamIndex(body, ias[ip])
		ok = opt >= 0 && payload >= 0 && !hasDefault(body, opt)
		if !ok {
			s = nil
		}
		return !ok
	})
	return s, opt, payload, ok
}

// hasDefault reports a parameter with a default value (options = {
// expiresIn: '1h' }): leaving it out is not leaving the options out.
func hasDefault(fn *syntax.Node, i int) bool {
	params := fn.ChildByField("parameters")
	if params == nil {
		return false
	}
	ps := params.NamedChildren()
	if i >= len(ps) {
		return false
	}
	p := ps[i]
	return p.Kind == "assignment_pattern" || p.ChildByField("value") != nil
}

func hasKey(f *analysis.File, n *syntax.Node, key string) bool {
	o := f.Object(n)
	l := f.Get(o, key)
	return l.Found || l.Unknown || o == nil
}

// expiryClaimKey: a payload claim that names an expiry, the standard exp
// or an app's own (expiresAt, expires_at, expiry) that its verifier
// checks.
var expiryClaimKey = lazyre.New(`(?i)^(exp|expires?|expires?_?(at|on)|expiry|expiration(_?(date|time))?|valid_?until)$`)

// expiryClaim reports whether a token payload carries an expiry claim (or
// may: an unknown payload).
func expiryClaim(f *analysis.File, n *syntax.Node) bool {
	if hasKey(f, n, "exp") {
		return true
	}
	found := false
	f.Object(n).Props(func(p *resolve.Prop) {
		if expiryClaimKey.MatchString(p.Key) {
			found = true
		}
	})
	return found
}

var (
	loginTokenFn = lazyre.New(`(?i)(access|auth|session|login|user|id|jwt|bearer)_?token|(generate|create|sign|issue|make|new)_?(jwt|token)$|^(sign|issue)_?(in|jwt)$`)
	oneTime      = lazyre.New(`(?i)reset|verif|confirm|invite|email|magic|unsubscribe|share|download|upload|file|preview|refresh|remember|api_?key|webhook`)
	identityKey  = lazyre.New(`(?i)^(user_?id|uid|sub|username|user|email|account_?id)$`)
	rememberWord = lazyre.New(`(?i)remember|persist|long_?lived|refresh`)
)

// loginToken reports a token signed for a login: a function named for
// one (generateAccessToken), or a payload naming the user, outside
// one-time uses (reset, verification, invitations).
func loginToken(f *analysis.File, call *syntax.Node, as []*syntax.Node) bool {
	enc := syntax.EnclosingFunction(call)
	name := web.FunctionName(f, enc)
	if oneTime.MatchString(name) {
		return false
	}
	// The route a handler serves: app.post('/login', ...), or a file
	// route (export async function POST in app/api/auth/login/route.ts).
	path := ""
	if enc != nil {
		path = web.RoutePathOf(f, enc)
		for _, r := range routes.File(f, enc) {
			path = r.Path
		}
	}
	if oneTime.MatchString(path) {
		return false
	}
	if loginTokenFn.MatchString(name) {
		return true
	}
	if len(as) == 0 {
		return false
	}
	o := f.Object(as[0])
	found := false
	o.Props(func(p *resolve.Prop) {
		if identityKey.MatchString(p.Key) {
			found = true
		}
		if oneTime.MatchString(p.Key) {
			found = false
		}
	})
	return found && (web.LoginPath.MatchString(name) || web.LoginPath.MatchString(path))
}

// rememberMe reports a token signed in a remember-me branch.
func rememberMe(f *analysis.File, n *syntax.Node) bool {
	for p := n.Parent; p != nil; p = p.Parent {
		if (p.Kind == "if_statement" || p.Kind == "ternary_expression") && rememberWord.MatchString(f.Text(p.ChildByField("condition"))) {
			return true
		}
	}
	return rememberWord.MatchString(web.FunctionName(f, syntax.EnclosingFunction(n)))
}

func session(f *analysis.File, u *web.Session) {
	for _, d := range u.Lib.Lifetime {
		l := f.Get(u.Opts, d.Key)
		if l.Unknown && !l.Found {
			return // set somewhere we cannot see
		}
		if !l.Found {
			continue
		}
		if d.UndefinedForever {
			if v := syntax.Unwrap(l.Value); v != nil && (v.Kind == "undefined" || v.Kind == "identifier" && f.Text(v) == "undefined") {
				f.Report("noexpiry", at(f, l.Value), u.Lib.Name+" "+d.Key+" is undefined, which "+u.Lib.Name+" reads as a ttl of 0: the sealed session never expires, so a stolen cookie stays valid forever even after the browser drops it; remove "+d.Key+" and set ttl to a few hours or days")
				return
			}
			continue
		}
		if d.Unit == 0 {
			return // an expiry date: bounded
		}
		v, ok := f.Number(l.Value)
		if !ok {
			return
		}
		life := time.Duration(v * float64(d.Unit))
		switch {
		case v == 0 && d.ZeroForever:
			f.Report("noexpiry", at(f, l.Value), u.Lib.Name+" "+d.Key+" is 0, which never expires, so a stolen session cookie stays valid forever; set "+d.Key+" to a few hours or days")
		case life > jslib.SessionLifetime:
			f.Report("noexpiry", at(f, l.Value), u.Lib.Name+" "+d.Key+" is longer than 30 days, so a stolen session cookie stays valid for a long time; use a shorter "+d.Key+" and a separate remember-me token if needed")
		}
		return
	}
	where := u.At
	if u.OptsNode != nil {
		where = u.OptsNode
	}
	switch {
	case u.Lib.NoExpiry:
		example := "24 * 60 * 60 * 1000"
		if len(u.Lib.Lifetime) > 0 && u.Lib.Lifetime[0].Unit == time.Second {
			example = "24 * 60 * 60, in seconds"
		}
		f.Report("noexpiry", where, u.Lib.Name+" has no maxAge, and the signed cookie carries no expiry of its own, so a copied session cookie stays valid forever; set maxAge (e.g. "+example+")")
	case u.Lib.MemoryUnbounded:
		store := f.Get(u.Opts, u.Lib.Store)
		if store.Unknown {
			return
		}
		if store.Found {
			if memory, bounded := web.IsMemoryStore(f, u, store.Value); !memory || bounded {
				return // a store's own TTL bounds the session
			}
		}
		f.Report("noexpiry", where, u.Lib.Name+" has no cookie.maxAge and keeps sessions in MemoryStore, so a session never expires on the server and a stolen session ID stays valid indefinitely; set cookie.maxAge (and use a store with a TTL)")
	case u.Lib.DefaultLifetime > jslib.SessionLifetime:
		f.Report("noexpiry", where, u.Lib.Name+" sessions last longer than 30 days by default; set a shorter lifetime")
	}
}

// at reports a lifetime at the value, or, when the value is a constant of
// the same function (const maxAge = 73050 * day), where it is computed.
func at(f *analysis.File, v *syntax.Node) *syntax.Node {
	v = syntax.Unwrap(v)
	if v != nil && (v.Kind == "identifier" || v.Kind == "shorthand_property_identifier") {
		if d := f.IdentValue(v); d != nil && f.Owner(d) == f.Owner(v) && syntax.EnclosingFunction(d) == syntax.EnclosingFunction(v) && syntax.EnclosingFunction(v) != nil {
			return d
		}
	}
	if v != nil && v.Kind == "binary_expression" {
		if l := syntax.Unwrap(v.ChildByField("left")); l != nil && l.Kind == "identifier" {
			return at(f, l)
		}
	}
	// cfg.maxAge: the number where the settings object spells it, where
	// the fix goes.
	if v != nil && v.Kind == "member_expression" {
		if d := syntax.Unwrap(f.Value(v)); d != nil && d != v {
			if _, ok := f.Owner(d).Number(d); ok {
				return d
			}
		}
	}
	return v
}

// lifetimeAt reports a lifetime at its configuration default when it
// comes from one (configService.get('JWT_EXPIRES_IN', '90d'), where the fix
// goes), else where at says.
func lifetimeAt(f *analysis.File, v *syntax.Node) *syntax.Node {
	if val := f.Value(v); val != nil {
		if d, ok := f.Owner(val).EnvDefault(val); ok {
			return d
		}
	}
	return at(f, v)
}

// signsNothing reports a module registration of a signer (Nest's
// JwtModule.register in @Module({ imports })) that nothing in its module
// signs with: none of the module's providers and controllers mentions the
// service it configures, and the module does not export it. Unknown
// providers (a provider object, an unresolved class) count as signing.
func signsNothing(f *analysis.File, call *syntax.Node, service string) bool {
	mod := moduleOf(f, call)
	if mod == nil {
		return false
	}
	registered := ""
	if fn := syntax.Unwrap(call.ChildByField("function")); fn != nil && fn.Kind == "member_expression" {
		registered = f.Text(fn.ChildByField("object"))
	}
	o := f.Object(mod)
	if l := f.Get(o, "exports"); l.Found || l.Unknown {
		return false
	}
	classes := 0
	for _, key := range []string{"providers", "controllers"} {
		l := f.Get(o, key)
		if l.Unknown {
			return false
		}
		if !l.Found {
			continue
		}
		arr := syntax.Unwrap(l.Value)
		if arr == nil || arr.Kind != "array" {
			return false
		}
		for _, el := range arr.Children {
			if !el.Named || el.Kind == "comment" {
				continue
			}
			v := syntax.Unwrap(f.Value(el))
			if v == nil || v.Kind != "class_declaration" && v.Kind != "class" {
				return false
			}
			text := f.Owner(v).Text(v)
			if strings.Contains(text, service) || registered != "" && strings.Contains(text, registered) {
				return false
			}
			classes++
		}
	}
	return classes > 0
}

// moduleOf returns the options object of the @Module decorator whose
// imports list holds call, or nil.
func moduleOf(f *analysis.File, call *syntax.Node) *syntax.Node {
	arr := call.Parent
	if arr == nil || arr.Kind != "array" {
		return nil
	}
	pair := arr.Parent
	if pair == nil || pair.Kind != "pair" || f.Text(pair.ChildByField("key")) != "imports" {
		return nil
	}
	obj := pair.Parent
	if obj == nil || obj.Kind != "object" || obj.Parent == nil || obj.Parent.Kind != "arguments" {
		return nil
	}
	dec := obj.Parent.Parent
	if dec == nil || dec.Kind != "call_expression" {
		return nil
	}
	if b, ok := f.Callee(dec); !ok || b != jslib.NestModule {
		return nil
	}
	return obj
}

var (
	// lifetimeConst: a constant named for a login session's lifetime
	// (LOGIN_SESSION_VALIDITY_IN_SECONDS, SESSION_TTL_MS), its unit in the
	// name.
	lifetimeConst = lazyre.New(`^[A-Z0-9_]*(SESSION|LOGIN|AUTH)[A-Z0-9_]*_(VALIDITY|TTL|LIFETIME|DURATION|MAX_AGE|EXPIRY|EXPIRATION|EXPIRES_IN|TIMEOUT)_?(IN_)?(MS|MILLIS|MILLISECONDS|S|SEC|SECS|SECONDS|MIN|MINUTES|H|HOURS|D|DAYS)$`)
	// sessionCall: a call that makes a session or a token.
	sessionCall = lazyre.New(`(?i)(session|token)s?\.(create|new|add|issue|start)\w*$|(create|new|issue|start)_?(session|token)\w*$`)
)

// calleeName returns the end of a callee's name, "sessions.create" for
// db.sessions.create: the whole text of a callee can be a long chain of
// calls with their callbacks, which a pattern anchored at its end would
// scan again for every call in it.
func calleeName(f *analysis.File, fn *syntax.Node) string {
	if p := f.MemberPath(fn); p != "" {
		return p
	}
	if fn.Kind != "member_expression" {
		return ""
	}
	name := f.Text(fn.ChildByField("property"))
	if obj := syntax.Unwrap(fn.ChildByField("object")); obj != nil && obj.Kind == "member_expression" {
		name = f.Text(obj.ChildByField("property")) + "." + name
	}
	return name
}

// lifetimeUnit returns the unit a lifetime constant's name ends with.
func lifetimeUnit(name string) time.Duration {
	i := strings.LastIndex(name, "_")
	switch name[i+1:] {
	case "MS", "MILLIS", "MILLISECONDS":
		return time.Millisecond
	case "MIN", "MINUTES":
		return time.Minute
	case "H", "HOURS":
		return time.Hour
	case "D", "DAYS":
		return 24 * time.Hour
	}
	return time.Second
}

// lifetimeArgs checks the app's own session or token maker called with a
// lifetime constant (session.create(user.id, scope,
// LOGIN_SESSION_VALIDITY_IN_SECONDS)): longer than 30 days, outside
// remember-me code, a stolen session stays valid that long. Reported at
// the constant, where the fix goes.
func lifetimeArgs(f *analysis.File, call *syntax.Node) {
	fn := syntax.Unwrap(call.ChildByField("function"))
	if fn == nil || !sessionCall.MatchString(calleeName(f, fn)) || web.DevOnly(f, call) || rememberMe(f, call) {
		return
	}
	for _, a := range resolve.Args(call) {
		a = syntax.Unwrap(a)
		if a.Kind != "identifier" {
			continue
		}
		name := f.Text(a)
		if !lifetimeConst.MatchString(name) || rememberWord.MatchString(name) {
			continue
		}
		v := f.IdentValue(a)
		if v == nil {
			continue
		}
		if d, ok := f.Duration(v, lifetimeUnit(name)); ok && d > jslib.SessionLifetime {
			f.Report("noexpiry", v, fmt.Sprintf("sessions made with %s last %d days, more than 30, so a stolen session stays valid that long; keep login sessions to hours or days and renew them", name, int(d.Hours()/24)))
		}
	}
}

// durationKey: option keys that take a duration, not a point in time.
var durationKey = lazyre.New(`^(expiresIn|expires_in|maxAge|max_age|ttl)$`)

// absoluteLifetime reports a duration option given a point in time:
// { expiresIn: new Date().setHours(h + 1) } or { maxAge: Date.now() + day }
// is read as a lifetime of decades (a time in milliseconds since 1970, or
// seconds for Math.floor(Date.now() / 1000) + n).
func absoluteLifetime(f *analysis.File, pair *syntax.Node) {
	key, ok := f.KeyName(pair.ChildByField("key"))
	if !ok || !durationKey.MatchString(key) || web.DevOnly(f, pair) {
		return
	}
	v := pair.ChildByField("value")
	if !absoluteTime(f, v, 0) || deletes(f, pair) {
		return
	}
	f.Report("noexpiry", v, key+" is given a point in time (counted from 1970), which is read as a lifetime, so what it bounds lasts decades; pass the lifetime itself (e.g. expiresIn: '1h', maxAge: 3600000)")
}

// deletes reports whether the options object around pair goes with a
// cleared value (cookies.set('token', null, { maxAge: ... })): a deletion,
// whose lifetime does not matter.
func deletes(f *analysis.File, pair *syntax.Node) bool {
	obj := pair.Parent
	if obj == nil || obj.Parent == nil || obj.Parent.Kind != "arguments" {
		return false
	}
	for _, a := range obj.Parent.NamedChildren() {
		if a == obj {
			return false
		}
		if web.IsClearing(f, a) {
			return true
		}
	}
	return false
}

// setters of a Date that return the new time in milliseconds.
var dateSetter = lazyre.New(`^(setHours|setDate|setMinutes|setSeconds|setMonth|setFullYear|setTime|setMilliseconds|getTime|valueOf)$`)

// absoluteTime reports whether n is a point in time as a number: Date.now(),
// date.getTime(), date.setHours(...), plus or minus a duration, or divided
// into seconds; a difference of two times is a duration.
func absoluteTime(f *analysis.File, n *syntax.Node, depth int) bool {
	n = syntax.Unwrap(n)
	if n == nil || depth > resolve.MaxDepth {
		return false
	}
	switch n.Kind {
	case "identifier":
		if v := f.IdentValue(n); v != nil {
			return absoluteTime(f, v, depth+1)
		}
	case "call_expression":
		fn := syntax.Unwrap(n.ChildByField("function"))
		if fn == nil {
			return false
		}
		if f.Text(fn) == "Date.now" {
			return true
		}
		if fn.Kind == "member_expression" {
			obj := syntax.Unwrap(fn.ChildByField("object"))
			if dateSetter.MatchString(f.Text(fn.ChildByField("property"))) && obj != nil && isDate(f, obj, depth+1) {
				return true
			}
			if f.Text(fn) == "Math.floor" || f.Text(fn) == "Math.round" || f.Text(fn) == "Math.ceil" {
				if as := resolve.Args(n); len(as) == 1 {
					return absoluteTime(f, as[0], depth+1)
				}
			}
		}
	case "binary_expression":
		l, r := n.ChildByField("left"), n.ChildByField("right")
		switch f.Text(n.ChildByField("operator")) {
		case "+":
			return absoluteTime(f, l, depth+1) != absoluteTime(f, r, depth+1)
		case "-":
			return absoluteTime(f, l, depth+1) && !absoluteTime(f, r, depth+1)
		case "/":
			return absoluteTime(f, l, depth+1)
		}
	}
	return false
}

// isDate reports whether n is a Date object: new Date(...), or a name
// bound to one.
func isDate(f *analysis.File, n *syntax.Node, depth int) bool {
	n = syntax.Unwrap(n)
	if n == nil || depth > resolve.MaxDepth {
		return false
	}
	switch n.Kind {
	case "new_expression":
		return f.Text(n.ChildByField("constructor")) == "Date"
	case "identifier":
		if v := f.IdentValue(n); v != nil {
			return isDate(f, v, depth+1)
		}
	}
	return false
}
