package noexpiry

import (
	"fmt"
	"time"

	"github.com/sessionlint/sessionlint/internal/js/analysis"
	"github.com/sessionlint/sessionlint/internal/js/jslib"
	"github.com/sessionlint/sessionlint/internal/js/resolve"
	"github.com/sessionlint/sessionlint/internal/js/syntax"
	"github.com/sessionlint/sessionlint/internal/js/web"
	"github.com/sessionlint/sessionlint/internal/lazyre"
)

// authCookie checks the lifetime of a session or auth cookie written
// through the catalog's setters (res.cookie('jwt', token, { maxAge })):
// more than 30 days, outside remember-me code, keeps a stolen cookie
// working for that long. maxAge is read in the setter's unit; expires as
// a date from now (new Date(Date.now() + ms), DateTime.utc().plus({ days }),
// dayjs().add(n, 'day')).
func authCookie(f *analysis.File, w *web.CookieWrite) {
	if w.Opts == nil || w.Setter.Client || !web.AuthCookie(f, w.Name, w.Value) || w.Deleting(f) || web.DevOnly(f, w.Call) || rememberMe(f, w.Call) {
		return
	}
	unit := time.Millisecond
	if w.Setter.MaxAgeSeconds {
		unit = time.Second
	}
	var d time.Duration
	var at *syntax.Node
	if l := f.Get(w.Opts, "maxAge"); l.Found {
		if v, ok := f.Duration(l.Value, unit); ok {
			d, at = v, l.Value
		}
	} else if l := f.Get(w.Opts, "expires"); l.Found {
		if v, ok := fromNow(f, l.Value, 0); ok {
			d, at = v, l.Value
		}
	}
	if at == nil || d <= jslib.SessionLifetime || ownLifetime(f, w, at) {
		return
	}
	name := w.Name
	if name == "" {
		name = f.Text(w.NameNode)
	}
	where := lifetimeAt(f, at)
	if at.Kind == "shorthand_property_identifier" {
		where = at // { expires }: the option of this cookie, not the date's variable
	}
	f.Report("noexpiry", where, fmt.Sprintf("the auth cookie '%s' lives %d days, more than 30, so a stolen cookie stays valid that long; keep session cookies to hours or days and renew them", name, int(d.Hours()/24)))
}

// accessToken: cookies named for an access or ID token, which carry their
// own expiry (exp) and are refreshed; the cookie outliving them is
// harmless.
var accessToken = lazyre.New(`(?i)(^|[_.-])(access|id)[_-]?token`)

// ownLifetime reports a cookie whose value expires by itself: a token
// signed here with an expiry (its own lifetime is judged where it is
// signed), or one named for an access or ID token, unless the token is
// made with the cookie's own lifetime (getSessionToken(expires) set with
// { expires }): then it lives as long as the cookie.
func ownLifetime(f *analysis.File, w *web.CookieWrite, lifetime *syntax.Node) bool {
	v := f.Value(w.Value)
	if v != nil && web.SignsJWT(f, v, 0) {
		_, ok := web.TokenLifetime(f, v)
		return ok
	}
	return accessToken.MatchString(w.Name) && !madeWith(f, v, lifetime)
}

// madeWith reports whether a call's arguments include the variable a
// lifetime option is read from.
func madeWith(f *analysis.File, call, lifetime *syntax.Node) bool {
	call, lifetime = syntax.Unwrap(call), syntax.Unwrap(lifetime)
	if call == nil || call.Kind != "call_expression" || lifetime == nil {
		return false
	}
	if k := lifetime.Kind; k != "identifier" && k != "shorthand_property_identifier" {
		return false
	}
	want := f.IdentValue(lifetime)
	if want == nil {
		return false
	}
	for _, a := range resolve.Args(call) {
		if a = syntax.Unwrap(a); a.Kind == "identifier" && f.IdentValue(a) == want {
			return true
		}
	}
	return false
}

// fromNow evaluates an expiry date written as now plus a lifetime.
func fromNow(f *analysis.File, n *syntax.Node, depth int) (time.Duration, bool) {
	n = syntax.Unwrap(n)
	if n == nil || depth > 3 {
		return 0, false
	}
	g := f.Owner(n)
	switch n.Kind {
	case "identifier", "shorthand_property_identifier": // { expires }
		if v := g.Value(n); v != nil && v != n {
			return fromNow(f, v, depth+1)
		}
	case "new_expression": // new Date(Date.now() + ms)
		if g.Text(n.ChildByField("constructor")) != "Date" {
			return 0, false
		}
		as := resolve.Args(n)
		if len(as) != 1 {
			return 0, false
		}
		b := syntax.Unwrap(as[0])
		if b == nil || b.Kind != "binary_expression" || g.Text(b.ChildByField("operator")) != "+" {
			return 0, false
		}
		l, r := syntax.Unwrap(b.ChildByField("left")), syntax.Unwrap(b.ChildByField("right"))
		if !isNow(g, l) {
			l, r = r, l
		}
		if isNow(g, l) {
			return g.Duration(r, time.Millisecond)
		}
	case "call_expression":
		fn := syntax.Unwrap(n.ChildByField("function"))
		as := resolve.Args(n)
		if fn != nil && fn.Kind == "identifier" {
			// date-fns: addMonths(new Date(), 3)
			unit, ok := dateAdders[g.Text(fn)]
			if !ok || len(as) != 2 || !isNowDate(g, syntax.Unwrap(as[0])) {
				return 0, false
			}
			if v, ok := g.Number(as[1]); ok {
				return time.Duration(v * float64(unit)), true
			}
			return 0, false
		}
		if fn == nil || fn.Kind != "member_expression" {
			return 0, false
		}
		switch g.Text(fn.ChildByField("property")) {
		case "toJSDate", "toDate": // DateTime.utc().plus({ days: 365 }).toJSDate()
			return fromNow(f, fn.ChildByField("object"), depth+1)
		case "plus": // DateTime.now().plus({ days: 365 })
			if len(as) == 1 {
				total, ok := time.Duration(0), false
				g.Object(as[0]).Props(func(p *resolve.Prop) {
					if v, found := g.Number(p.Value); found {
						if u, known := resolve.ParseDuration("1" + p.Key); known {
							total += time.Duration(v * float64(u))
							ok = true
						}
					}
				})
				return total, ok
			}
		case "add": // dayjs().add(365, 'day'), moment().add(1, 'y')
			if len(as) == 2 {
				v, ok1 := g.Number(as[0])
				u, ok2 := g.String(as[1])
				if ud, known := resolve.ParseDuration("1" + u); ok1 && ok2 && known {
					return time.Duration(v * float64(ud)), true
				}
			}
		}
	}
	return 0, false
}

// dateAdders are date-fns's functions that add a lifetime to a date, with
// their unit (a month as 30 days, a year as 365).
var dateAdders = map[string]time.Duration{
	"addSeconds": time.Second, "addMinutes": time.Minute, "addHours": time.Hour,
	"addDays": 24 * time.Hour, "addWeeks": 7 * 24 * time.Hour,
	"addMonths": 30 * 24 * time.Hour, "addYears": 365 * 24 * time.Hour,
}

// isNowDate reports new Date() or Date.now(): the date a lifetime starts at.
func isNowDate(f *resolve.File, n *syntax.Node) bool {
	t := f.Text(n)
	return t == "new Date()" || t == "Date.now()" || t == "new Date(Date.now())"
}

// isNow reports Date.now() or new Date().getTime().
func isNow(f *resolve.File, n *syntax.Node) bool {
	t := f.Text(n)
	return t == "Date.now()" || t == "new Date().getTime()" || t == "+new Date()"
}
