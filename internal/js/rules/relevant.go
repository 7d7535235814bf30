package rules

import (
	"bytes"

	"github.com/sessionlint/sessionlint/internal/js/jslib"
)

func words(ws ...string) [][]byte {
	out := make([][]byte, len(ws))
	for i, w := range ws {
		out[i] = []byte(w)
	}
	return out
}

// wordSet finds any of a fixed set of words (two bytes or longer) in one
// pass over the source: every file goes through Relevant, and one
// bytes.Contains per word is several times slower on large files.
type wordSet struct {
	byPrefix [1 << 16]uint8 // the words' first two bytes → 1 + index into lists
	lists    [][][]byte
}

func newWordSet(ws [][]byte) *wordSet {
	s := &wordSet{lists: [][][]byte{nil}}
	for _, w := range ws {
		if len(w) < 2 {
			panic("wordSet: word shorter than two bytes: " + string(w))
		}
		k := uint16(w[0])<<8 | uint16(w[1])
		if s.byPrefix[k] == 0 {
			if len(s.lists) > 255 {
				panic("wordSet: too many distinct word prefixes")
			}
			s.lists = append(s.lists, nil)
			s.byPrefix[k] = uint8(len(s.lists) - 1)
		}
		s.lists[s.byPrefix[k]] = append(s.lists[s.byPrefix[k]], w)
	}
	return s
}

// weakNearID reports whether a weak source has a token-like name within
// idWindow bytes: date libraries mention "token" and Date.now(), but far
// apart.
func weakNearID(src []byte) bool {
	for off := 0; off < len(src); {
		i := weakSourceSet.index(src[off:])
		if i < 0 {
			return false
		}
		i += off
		if idNameSet.in(src[max(0, i-idWindow):min(len(src), i+idWindow)]) {
			return true
		}
		off = i + 1
	}
	return false
}

const idWindow = 160

// in reports whether src contains one of the words.
func (s *wordSet) in(src []byte) bool { return s.index(src) >= 0 }

// index returns the offset of the first word in src, or -1.
func (s *wordSet) index(src []byte) int {
	for i := 0; i+1 < len(src); i++ {
		j := s.byPrefix[uint16(src[i])<<8|uint16(src[i+1])]
		if j == 0 {
			continue
		}
		if !wordStart(src, i) {
			continue
		}
		for _, w := range s.lists[j] {
			if bytes.HasPrefix(src[i:], w) {
				return i
			}
		}
	}
	return -1
}

// Without one of these words in the source, no rule can report anything
// in a file and the file contributes no app-level fact, so it is not
// parsed. always: session libraries and req.session (fixation, logout,
// sensitivedata, memstore, noexpiry, csrf), cookies (cookieflags,
// cookie-parser), Web Storage (clientstorage), passwords (plainpassword),
// secrets, JWTs and tokens (hardcodedsecret, sessioninurl), CSRF
// defences, login and logout names, state-changing routes (csrf), koa,
// and ignore directives.
var always = words(
	"session", "Session", "SESSION", "cookie", "Cookie", "localStorage", "sessionStorage",
	"password", "Password", "PASSWORD", "passwd", "Passwd", "pwd", "passphrase", "passport", "Passport",
	"secret", "Secret", "SECRET", "jwt", "Jwt", "JWT", "jsonwebtoken", "bearer", "Bearer",
	"apiKey", "ApiKey", "api_key", "API_KEY", "jsessionid",
	"csrf", "Csrf", "CSRF", "xsrf", "Xsrf", "XSRF", "lusca",
	"login", "Login", "logIn", "LogIn", "log_in", "signin", "signIn", "SignIn", "sign_in",
	"logout", "Logout", "logOut", "LogOut", "log_out", "signout", "signOut", "SignOut", "sign_out", "logoff", "logOff",
	// Tokens and IDs in URLs (sessioninurl): the query key is written.
	"token=", "Token=", "TOKEN=", "sid=", "key=", "Key=", "jwt=", "searchParams",
	// Keys of tokens handed to the app's own storage helpers.
	"_token", "token_", "_TOKEN", "TOKEN_",
	// State-changing routes (csrf): the path is a literal.
	".post('", ".post(\"", ".post(`", ".put('", ".put(\"", ".put(`", ".patch('", ".patch(\"", ".patch(`",
	".delete('", ".delete(\"", ".delete(`", ".del('", ".del(\"", "route('", "route(\"", "route(`",
	// Routes by decorator (NestJS), by file (Next.js) or as objects (hapi).
	"@Post", "@Put", "@Patch", "@Delete", " POST(", " PUT(", " PATCH(", " DELETE(", "'POST'", "\"POST\"", "'PUT'", "'PATCH'", "'DELETE'",
	"koa", "genid", "sessionlint", "config.keys", // egg's config/config.default.js
	"persistReducer", // redux-persist's state in Web Storage (clientstorage)
	// Configuration the app ships (hardcodedsecret): files it reads,
	// env files it loads, config schemas.
	".yml", ".yaml", "loadEnvFile", "convict", "dotenv",
)

// predictableid also needs a weak randomness source with a name that says
// token, secret or ID (or a key prefix such as sk_) close by, as in
// `const resetToken = Math.random().toString(36)` or a generateToken body.
var (
	weakSources = words("random", "Random", "Date.now", "new Date", "getTime", "now()", "hrtime", "uuid", "shortid", "cuid", "++", "+= 1")
	idNames     = words("sid", "Sid", "SID", "sess", "Sess", "token", "Token", "TOKEN", "secret", "Secret", "nonce", "Nonce",
		"state", "State", "otp", "Otp", "OTP", "code", "Code", "apiKey", "ApiKey", "api_key", "API_KEY",
		"sk_", "pk_", "rk_", "tok_", "Key", "password", "Password", "passwd")
)

// wordStart reports whether a word may start at src[i]: not inside a
// lower-case run ("signIn" must not match "assignIn"), but at a camel-case
// hump ("userSignIn") or after anything that is not a letter or digit.
func wordStart(src []byte, i int) bool {
	if i == 0 || !isAlnum(src[i]) {
		return true
	}
	prev := src[i-1]
	if !isAlnum(prev) {
		return true
	}
	return 'A' <= src[i] && src[i] <= 'Z' && !('A' <= prev && prev <= 'Z')
}

func isAlnum(b byte) bool {
	return 'a' <= b && b <= 'z' || 'A' <= b && b <= 'Z' || '0' <= b && b <= '9'
}

var alwaysSet, weakSourceSet, idNameSet = newWordSet(append(always, clientModules()...)), newWordSet(weakSources), newWordSet(idNames)

// clientModules are the catalog's clients that put an options object into
// the URL they connect to (sessioninurl): a file that imports one may pass
// a token with no other word of the list nearby.
func clientModules() [][]byte {
	var out [][]byte
	seen := map[string]bool{}
	for _, c := range jslib.QueryOptionClients {
		if !seen[c.Ref.Module] {
			seen[c.Ref.Module] = true
			out = append(out, []byte(c.Ref.Module))
		}
	}
	return out
}

// Relevant reports whether any rule could use the file: a cheap test on
// the bytes, so that files that cannot matter are not parsed.
func Relevant(src []byte) bool {
	return alwaysSet.in(src) || weakNearID(src)
}
