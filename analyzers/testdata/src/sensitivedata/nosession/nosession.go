// Package nosession stores passwords in maps that are not sessions.
package nosession

type Session struct{ Values map[string]string }

func (s *Session) Put(key, val string) { s.Values[key] = val }

func fill(password string) {
	s := &Session{Values: map[string]string{}}
	s.Put("password", password)
	s.Values["password"] = password
}
