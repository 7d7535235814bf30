package clientstorage

import (
	"regexp"
	"slices"
	"strings"
	"sync"

	"github.com/sessionlint/sessionlint/internal/js/analysis"
	"github.com/sessionlint/sessionlint/internal/js/jslib"
	"github.com/sessionlint/sessionlint/internal/js/resolve"
	"github.com/sessionlint/sessionlint/internal/js/syntax"
	"github.com/sessionlint/sessionlint/internal/js/web"
	"github.com/sessionlint/sessionlint/internal/lazyre"
)

// ClientStorage flags browser code that keeps a token, JWT, session ID,
// password or secret in localStorage or sessionStorage (setItem, property
// or index assignment), where any script on the page (and so any XSS) can
// read it. An object stored whole counts when it visibly carries a token
// (a literal key, or this.user.access_token in the class storing
// this.user). UI state (theme, language, cart) and keys that hold a token's
// label rather than the token (md:lastTokenName, apiKeyLabel) are silent.
var Rule = &analysis.Rule{
	ID:    "clientstorage",
	Query: analysis.CallQuery + "\n" + analysis.AssignQuery + "\n" + analysis.NewQuery,
	Check: check,
}

var (
	storageName    = lazyre.New(`(^|\.)(localStorage|sessionStorage)$`)
	secretStoreKey = lazyre.New(`(?i)(token|jwt|auth|session|^sid$|password|passwd|secret|api_?key|apikey|credential|bearer)`)
	benignStoreKey = lazyre.New(`(?i)(csrf|xsrf|expir|_at$|At$|ttl|time|redirect|return_?to|theme|lang|locale|consent|state$|count|storage|provider|method|type|remember_?me)`)
	// labelKey: a key or value named for what describes a token rather than
	// the token itself (md:lastTokenName, apiKeyLabel, tokenIds).
	labelKey = lazyre.New(`(?i)(name|label|title|hint|desc|description|ids|list|prefix|suffix|last_?4|color|colour|icon)s?$`)
)

func check(f *analysis.File, m syntax.Match) {
	if n := m.Capture("new"); n != nil {
		tokenStore(f, n)
		return
	}
	if call := m.Capture("call"); call != nil {
		fn := syntax.Unwrap(call.ChildByField("function"))
		if persisted(f, call) {
			return
		}
		if fn == nil || fn.Kind != "member_expression" {
			wrapperCall(f, call)
			return
		}
		if store := wrapper(f, fn); store != "" { // this.$ls.set('token', t)
			if as := resolve.Args(call); len(as) >= 2 {
				key, _ := f.String(as[0])
				storageFinding(f, call, store, key, as[1])
			}
			return
		}
		store := storageOf(f.File, fn.ChildByField("object"))
		if f.Text(fn.ChildByField("property")) != "setItem" || store == "" {
			wrapperCall(f, call)
			return
		}
		as := resolve.Args(call)
		if len(as) < 2 {
			return
		}
		key, _ := f.String(as[0])
		storageFinding(f, call, store, key, as[1])
		return
	}
	a := m.Capture("assign")
	lhs := syntax.Unwrap(a.ChildByField("left"))
	if lhs == nil || (lhs.Kind != "member_expression" && lhs.Kind != "subscript_expression") {
		return
	}
	obj := lhs.ChildByField("object")
	if !storageName.MatchString(f.MemberPath(obj)) {
		return
	}
	key := ""
	if lhs.Kind == "member_expression" {
		key = f.Text(lhs.ChildByField("property"))
	} else {
		key, _ = f.String(lhs.ChildByField("index"))
	}
	storageFinding(f, a, f.MemberPath(obj), key, a.ChildByField("right"))
}

func storageFinding(f *analysis.File, at *syntax.Node, store, key string, value *syntax.Node) {
	if web.IsClearing(f, value) {
		return
	}
	if s, ok := f.String(value); ok && s == "" {
		return
	}
	what := ""
	switch {
	case key != "" && labelKey.MatchString(key):
		// A label of a token, not the token.
	case key != "" && secretStoreKey.MatchString(key) && !benignStoreKey.MatchString(key):
		what = "'" + key + "'"
	case key == "" || !benignStoreKey.MatchString(key):
		// The value's name: res.data.accessToken, token, jwt.
		v := syntax.Unwrap(value)
		name := ""
		switch v.Kind {
		case "identifier":
			name = f.Text(v)
		case "member_expression":
			name = f.Text(v.ChildByField("property"))
		}
		if name != "" && secretStoreKey.MatchString(name) && !benignStoreKey.MatchString(name) && !labelKey.MatchString(name) {
			what = name
		}
	}
	if what == "" && (key == "" || !benignStoreKey.MatchString(key) && !labelKey.MatchString(key)) {
		if prop := tokenProp(f, value, 0); prop != "" {
			what = "an object with its " + prop
			if key != "" {
				what = "'" + key + "', an object with its " + prop
			}
		}
	}
	if what == "" {
		return
	}
	store = store[strings.LastIndex(store, ".")+1:]
	f.Report("clientstorage", at, store+" holds "+what+", which any script on the page (and so any XSS) can read and send away; keep session and auth tokens in an HttpOnly, Secure, SameSite cookie set by the server")
}

var (
	wrapperOnce sync.Once
	wrapperRE   []*regexp.Regexp
)

// wrapper returns the Web Storage a catalog wrapper's set call writes
// (vue-ls's this.$ls.set writes localStorage), or "".
func wrapper(f *analysis.File, fn *syntax.Node) string {
	wrapperOnce.Do(func() {
		for _, w := range jslib.ClientStorage {
			wrapperRE = append(wrapperRE, regexp.MustCompile(w.Receiver))
		}
	})
	method := f.Text(fn.ChildByField("property"))
	recv := f.Text(fn.ChildByField("object"))
	for i, w := range jslib.ClientStorage {
		if w.Method == method && wrapperRE[i].MatchString(recv) {
			return w.Store
		}
	}
	return ""
}

// wrapperCall judges a call of the app's own storage helper with a key
// that names a token (createStorage(`app_token_${v}`), storage.set('jwt',
// t)): the helper writes Web Storage under its parameter, so the finding
// is at that write, with the key the call gives it.
func wrapperCall(f *analysis.File, call *syntax.Node) {
	fn := syntax.Unwrap(call.ChildByField("function"))
	switch {
	case fn == nil || f.Text(fn) == "require":
		return
	case fn.Kind == "identifier":
	case fn.Kind == "member_expression":
		// storage.save(...): a helper of one of the app's modules.
		if b, ok := f.Ref(fn.ChildByField("object")); !ok || strings.HasPrefix(b.Module, "@") || !strings.ContainsAny(b.Module, "./") {
			return
		}
	default:
		return
	}
	as := resolve.Args(call)
	key, index := "", -1
	for i, a := range as {
		// Only keys written at the call, or constants named like one
		// (AUTH_TOKEN): resolving every argument of every call costs more
		// than it finds.
		switch a = syntax.Unwrap(a); a.Kind {
		case "string", "template_string":
		case "identifier", "member_expression":
			name := f.Text(a)
			if a.Kind == "member_expression" {
				name = f.Text(a.ChildByField("property"))
			}
			if !constantName.MatchString(name) || !secretStoreKey.MatchString(name) {
				continue
			}
		default:
			continue
		}
		if s, ok := f.Skeleton(a); ok && storageKey.MatchString(s) && secretStoreKey.MatchString(s) && !benignStoreKey.MatchString(s) && !labelKey.MatchString(s) {
			key, index = s, i
			break
		}
	}
	if index < 0 {
		valueCall(f, call, fn, as)
		return
	}
	body := f.LocalFunction(fn)
	if body == nil {
		return
	}
	g := f.Owner(body)
	param := g.ParamName(body, index)
	if param == "" {
		return
	}
	syntax.Walk(body, func(n *syntax.Node) bool {
		if n.Kind != "call_expression" {
			return true
		}
		c := syntax.Unwrap(n.ChildByField("function"))
		if c == nil || c.Kind != "member_expression" || g.Text(c.ChildByField("property")) != "setItem" {
			return true
		}
		store := storageOf(g, c.ChildByField("object"))
		if store == "" {
			return true
		}
		if ks := resolve.Args(n); len(ks) >= 2 && g.Text(syntax.Unwrap(ks[0])) == param {
			// A helper called with the value too (setToken(KEY, token))
			// stores it at the call; a factory bound to the key
			// (createStorage('app_token')) stores later values at its write.
			if v := valueParam(g, body, ks[1]); v >= 0 && v < len(as) {
				f.Report("clientstorage", call, store+" holds '"+key+"' (through the helper "+f.Text(fn)+"), which any script on the page (and so any XSS) can read and send away; keep session and auth tokens in an HttpOnly, Secure, SameSite cookie set by the server")
				return false
			}
			f.Report("clientstorage", n, store+" holds '"+key+"' (the key this helper is called with), which any script on the page (and so any XSS) can read and send away; keep session and auth tokens in an HttpOnly, Secure, SameSite cookie set by the server")
		}
		return true
	})
}

// valueCall judges a call of the app's own storage helper by the value it
// hands over (saveItem(KEY, accessToken)) when no argument names a key: the
// helper must write its value parameter to Web Storage, under a key the
// call does not name as UI state.
func valueCall(f *analysis.File, call, fn *syntax.Node, as []*syntax.Node) {
	vi, what := -1, ""
	for i, a := range as {
		a = syntax.Unwrap(a)
		name := ""
		switch a.Kind {
		case "identifier":
			name = f.Text(a)
		case "member_expression":
			name = f.Text(a.ChildByField("property"))
		}
		if name != "" && secretStoreKey.MatchString(name) && !benignStoreKey.MatchString(name) && !labelKey.MatchString(name) && !constantName.MatchString(name) {
			vi, what = i, name
			break
		}
	}
	if vi < 0 {
		return
	}
	body := f.LocalFunction(fn)
	if body == nil {
		return
	}
	g := f.Owner(body)
	syntax.Walk(body, func(n *syntax.Node) bool {
		if n.Kind != "call_expression" {
			return true
		}
		c := syntax.Unwrap(n.ChildByField("function"))
		if c == nil || c.Kind != "member_expression" || g.Text(c.ChildByField("property")) != "setItem" {
			return true
		}
		store := storageOf(g, c.ChildByField("object"))
		ks := resolve.Args(n)
		if store == "" || len(ks) < 2 || valueParam(g, body, ks[1]) != vi {
			return true
		}
		// The key: the helper's own, or the caller's argument for it.
		key, known := g.String(ks[0])
		if known && tokenKey(key) {
			return false // the helper's own write under a token key is the finding
		}
		if !known {
			if ki := valueParam(g, body, ks[0]); ki >= 0 && ki < len(as) {
				key, known = f.String(as[ki])
			}
		}
		if known && (benignStoreKey.MatchString(key) || labelKey.MatchString(key)) {
			return false
		}
		f.Report("clientstorage", call, store+" holds "+what+" (through the helper "+f.Text(fn)+"), which any script on the page (and so any XSS) can read and send away; keep session and auth tokens in an HttpOnly, Secure, SameSite cookie set by the server")
		return false
	})
}

// storageOf returns the Web Storage an expression names (localStorage,
// window.sessionStorage, or either branch of (session ? sessionStorage :
// localStorage) names both), or "".
func storageOf(f *resolve.File, n *syntax.Node) string {
	n = syntax.Unwrap(n)
	if n != nil && n.Kind == "ternary_expression" {
		a, b := storageOf(f, n.ChildByField("consequence")), storageOf(f, n.ChildByField("alternative"))
		if a == "" || b == "" {
			return ""
		}
		if a == b {
			return a
		}
		return "localStorage or sessionStorage"
	}
	p := f.MemberPath(n)
	if !storageName.MatchString(p) {
		return ""
	}
	return p[strings.LastIndex(p, ".")+1:]
}

// valueParam returns the index of the parameter of fn that a stored value
// is made of (value, JSON.stringify(data)), or -1.
func valueParam(f *resolve.File, fn, value *syntax.Node) int {
	idx := -1
	syntax.Walk(value, func(n *syntax.Node) bool {
		if idx >= 0 {
			return false
		}
		if n.Kind == "identifier" {
			for i := 0; ; i++ {
				p := f.ParamName(fn, i)
				if p == "" && !hasParam(fn, i) {
					break
				}
				if p == f.Text(n) {
					idx = i
					break
				}
			}
		}
		return true
	})
	return idx
}

func hasParam(fn *syntax.Node, i int) bool {
	if params := fn.ChildByField("parameters"); params != nil {
		return i < len(params.NamedChildren())
	}
	return i == 0 && fn.ChildByField("parameter") != nil
}

// constantName matches an identifier written as a constant (AUTH_TOKEN,
// TOKEN_KEY), the way apps name their storage keys.
var constantName = lazyre.New(`^[A-Z][A-Z0-9_]*$`)

// storageKey matches what looks like a storage key (app_token_*), not a
// path, a route or a sentence.
var storageKey = lazyre.New(`^[\w*:.-]+$`)

// tokenProp returns a token property of an object stored whole
// (JSON.stringify(user)): a key of an object literal, or a property the
// class reads or writes on the field the object is (this.user.access_token
// when this.user is stored), through copies (Object.assign, spreads);
// "" when none is known.
func tokenProp(f *analysis.File, n *syntax.Node, depth int) string {
	n = syntax.Unwrap(n)
	if n == nil || depth > 4 {
		return ""
	}
	switch n.Kind {
	case "identifier":
		return tokenProp(f, f.IdentValue(n), depth+1)
	case "call_expression":
		fn := f.Text(syntax.Unwrap(n.ChildByField("function")))
		if fn != "JSON.stringify" && fn != "Object.assign" {
			return ""
		}
		for _, a := range resolve.Args(n) {
			if p := tokenProp(f, a, depth+1); p != "" {
				return p
			}
			if fn == "JSON.stringify" {
				break
			}
		}
	case "object":
		for _, c := range n.Children {
			switch c.Kind {
			case "pair", "shorthand_property_identifier":
				k, ok := "", false
				if c.Kind == "pair" {
					k, ok = f.KeyName(c.ChildByField("key"))
				} else {
					k, ok = f.Text(c), true
				}
				if ok && tokenKey(k) {
					return k
				}
			case "spread_element":
				if p := tokenProp(f, resolve.FirstNamed(c), depth+1); p != "" {
					return p
				}
			}
		}
	case "member_expression":
		if obj := syntax.Unwrap(n.ChildByField("object")); obj == nil || obj.Kind != "this" {
			return ""
		}
		return fieldTokenProp(f, n)
	}
	return ""
}

// fieldTokenProp returns a token property the class around this.field
// reads or writes on it (this.user.access_token).
func fieldTokenProp(f *analysis.File, field *syntax.Node) string {
	path := f.Text(field)
	body := field.Parent
	for body != nil && body.Kind != "class_body" {
		body = body.Parent
	}
	if body == nil {
		return ""
	}
	found := ""
	syntax.Walk(body, func(n *syntax.Node) bool {
		if found != "" {
			return false
		}
		if n.Kind == "member_expression" && f.Text(n.ChildByField("object")) == path {
			if p := f.Text(n.ChildByField("property")); tokenKey(p) {
				found = p
			}
		}
		return true
	})
	return found
}

// tokenKey: a property that holds a token itself, not its label or expiry.
func tokenKey(k string) bool {
	return secretStoreKey.MatchString(k) && !benignStoreKey.MatchString(k) && !labelKey.MatchString(k)
}

// tokenStore reports a client library's token store set up on
// localStorage: new WebStorageStateStore({ store: window.localStorage })
// as oidc-client-ts's userStore keeps the access, ID and refresh tokens
// there.
func tokenStore(f *analysis.File, n *syntax.Node) {
	ref, ok := f.Ref(n.ChildByField("constructor"))
	if !ok {
		return
	}
	for _, ts := range jslib.TokenStores {
		if ref.Path != ts.Class || !slices.Contains(ts.Modules, ref.Module) {
			continue
		}
		p := n.Parent
		for p != nil && p.Kind == "parenthesized_expression" {
			p = p.Parent
		}
		if p == nil || p.Kind != "pair" || f.Text(p.ChildByField("key")) != ts.Option {
			return // a state store, or one whose use cannot be seen
		}
		as := resolve.Args(n)
		if len(as) == 0 {
			return
		}
		l := f.Get(f.Object(as[0]), ts.Store)
		if !l.Found || storageOf(f.File, l.Value) != "localStorage" {
			return
		}
		f.Report("clientstorage", n, ref.Module+" keeps the signed-in user's access, ID and refresh tokens in localStorage through this "+ts.Option+
			", where any script on the page (and so any XSS) can read them and they outlive the tab; keep them in memory (new WebStorageStateStore({ store: new InMemoryWebStorage() })) or leave "+ts.Option+" unset")
		return
	}
}

// authSlice names a slice of an app's state that holds the login: its
// token and user.
var authSlice = lazyre.New(`(?i)^(auth|authentication|session|sessions|login|token|tokens|user|currentUser|account)$`)

// persisted reports a state persister's call (redux-persist's
// persistReducer(config, reducer)) and whether it keeps the login's slice
// in Web Storage: config.storage is a Web Storage module and config
// whitelists the auth slice, or persists the auth slice itself (key:
// 'auth').
func persisted(f *analysis.File, call *syntax.Node) bool {
	b, ok := f.Callee(call)
	if !ok || !slices.Contains(jslib.StatePersisters, b) {
		return false
	}
	as := resolve.Args(call)
	if len(as) == 0 {
		return true
	}
	cfg := f.Object(as[0])
	if cfg == nil {
		return true
	}
	st := f.Get(cfg, "storage")
	if !st.Found {
		return true
	}
	ref, ok := f.Ref(st.Value)
	store := jslib.PersistStorages[ref.Module]
	if !ok || ref.Path != "" || store == "" {
		return true
	}
	slice := ""
	if wl := f.Get(cfg, "whitelist"); wl.Found {
		if arr := syntax.Unwrap(wl.Value); arr != nil && arr.Kind == "array" {
			for _, el := range arr.NamedChildren() {
				if s, ok := f.String(el); ok && authSlice.MatchString(s) {
					slice = s
					break
				}
			}
		}
	} else if k := f.Get(cfg, "key"); k.Found {
		if s, ok := f.String(k.Value); ok && authSlice.MatchString(s) {
			slice = s
		}
	}
	if slice == "" {
		return true
	}
	at := as[0]
	if cfg.Lit != nil {
		at = cfg.Lit
	}
	f.Report("clientstorage", at, store+" holds the '"+slice+"' state (persisted by "+f.Text(syntax.Unwrap(call.ChildByField("function")))+"), with its token, which any script on the page (and so any XSS) can read and send away; leave the auth slice out of the whitelist and keep the token in an HttpOnly, Secure, SameSite cookie set by the server")
	return true
}
