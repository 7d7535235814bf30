package rules

import (
	"regexp"
	"strings"

	"github.com/sessionlint/sessionlint/internal/js/syntax"
)

// ClientStorage flags browser code that keeps a token, JWT, session ID,
// password or secret in localStorage or sessionStorage (setItem, property
// or index assignment), where any script on the page (and so any XSS) can
// read it. UI state (theme, language, cart) and keys that hold a token's
// label rather than the token (md:lastTokenName, apiKeyLabel) are silent.
var ClientStorage = &Rule{
	ID:    "clientstorage",
	Query: callQuery + "\n" + assignQuery,
	Check: checkClientStorage,
}

var (
	storageName    = regexp.MustCompile(`(^|\.)(localStorage|sessionStorage)$`)
	secretStoreKey = regexp.MustCompile(`(?i)(token|jwt|auth|session|^sid$|password|passwd|secret|api_?key|apikey|credential|bearer)`)
	benignStoreKey = regexp.MustCompile(`(?i)(csrf|xsrf|expir|_at$|At$|ttl|time|redirect|return_?to|theme|lang|locale|consent|state$|count|storage|provider|method|type|remember_?me)`)
	// labelKey: a key or value named for what describes a token rather than
	// the token itself (md:lastTokenName, apiKeyLabel, tokenIds).
	labelKey = regexp.MustCompile(`(?i)(name|label|title|hint|desc|description|ids|list|prefix|suffix|last_?4|color|colour|icon)s?$`)
)

func checkClientStorage(f *File, m syntax.Match) {
	if call := m.Capture("call"); call != nil {
		fn := syntax.Unwrap(call.ChildByField("function"))
		if fn == nil || fn.Kind != "member_expression" || f.text(fn.ChildByField("property")) != "setItem" ||
			!storageName.MatchString(f.memberPath(fn.ChildByField("object"))) {
			return
		}
		as := args(call)
		if len(as) < 2 {
			return
		}
		key, _ := f.stringValue(as[0], 0)
		storageFinding(f, call, f.memberPath(fn.ChildByField("object")), key, as[1])
		return
	}
	a := m.Capture("assign")
	lhs := syntax.Unwrap(a.ChildByField("left"))
	if lhs == nil || (lhs.Kind != "member_expression" && lhs.Kind != "subscript_expression") {
		return
	}
	obj := lhs.ChildByField("object")
	if !storageName.MatchString(f.memberPath(obj)) {
		return
	}
	key := ""
	if lhs.Kind == "member_expression" {
		key = f.text(lhs.ChildByField("property"))
	} else {
		key, _ = f.stringValue(lhs.ChildByField("index"), 0)
	}
	storageFinding(f, a, f.memberPath(obj), key, a.ChildByField("right"))
}

func storageFinding(f *File, at *syntax.Node, store, key string, value *syntax.Node) {
	if f.isClearing(value) {
		return
	}
	if s, ok := f.stringValue(value, 0); ok && s == "" {
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
			name = f.text(v)
		case "member_expression":
			name = f.text(v.ChildByField("property"))
		}
		if name != "" && secretStoreKey.MatchString(name) && !benignStoreKey.MatchString(name) && !labelKey.MatchString(name) {
			what = name
		}
	}
	if what == "" {
		return
	}
	store = store[strings.LastIndex(store, ".")+1:]
	f.report("clientstorage", at, store+" holds "+what+", which any script on the page (and so any XSS) can read and send away; keep session and auth tokens in an HttpOnly, Secure, SameSite cookie set by the server")
}
