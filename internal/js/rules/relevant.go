package rules

import "bytes"

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

// in reports whether src contains one of the words.
func (s *wordSet) in(src []byte) bool {
	for i := 0; i+1 < len(src); i++ {
		j := s.byPrefix[uint16(src[i])<<8|uint16(src[i+1])]
		if j == 0 {
			continue
		}
		for _, w := range s.lists[j] {
			if bytes.HasPrefix(src[i:], w) {
				return true
			}
		}
	}
	return false
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
	"session", "Session", "SESSION", "cookie", "Cookie", "Storage",
	"password", "Password", "PASSWORD", "passwd", "Passwd", "pwd", "passphrase", "passport", "Passport",
	"secret", "Secret", "SECRET", "token", "Token", "TOKEN", "jwt", "Jwt", "JWT", "bearer", "Bearer",
	"apiKey", "ApiKey", "api_key", "API_KEY", "sid=", "Sid", "SID", "jsessionid",
	"csrf", "Csrf", "CSRF", "xsrf", "Xsrf", "XSRF", "lusca",
	"login", "Login", "logIn", "LogIn", "log_in", "signin", "signIn", "SignIn", "sign_in",
	"logout", "Logout", "logOut", "LogOut", "log_out", "signout", "signOut", "SignOut", "sign_out", "logoff", "logOff",
	".post(", ".put(", ".patch(", ".delete(", ".del(", "route(", "koa", "genid", "sessionlint",
)

// predictableid also needs a weak randomness source and a name that says
// token or identifier (the token-like names above are already in always).
var (
	weakSources = words("random", "Random", "Date.now", "new Date", "getTime", "now()", "hrtime", "uuid", "shortid", "cuid", "++", "+= 1")
	idNames     = words("sid", "nonce", "Nonce", "state", "State", "otp", "Otp", "OTP", "Id", "ID", "_id", "key", "Key", "code", "Code")
)

var alwaysSet, weakSourceSet, idNameSet = newWordSet(always), newWordSet(weakSources), newWordSet(idNames)

func containsAny(src []byte, ws [][]byte) bool {
	for _, w := range ws {
		if bytes.Contains(src, w) {
			return true
		}
	}
	return false
}

// Relevant reports whether any rule could use the file: a cheap test on
// the bytes, so that files that cannot matter are not parsed.
func Relevant(src []byte) bool {
	return alwaysSet.in(src) || weakSourceSet.in(src) && idNameSet.in(src)
}
