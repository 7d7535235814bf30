// Sessions kept as rows of the app's database.
package dbsessions

import "time"

type Session struct {
	UserID     int
	Key        string
	LastUsedAt time.Time
	ExpiresAt  time.Time
}

type SessionConfig struct {
	ExpiresAt time.Time
}

const sessionLength = 24 * 100 * time.Hour

func create(userID int, key string) Session {
	return Session{
		UserID:     userID,
		Key:        key,
		LastUsedAt: time.Now(),
		ExpiresAt:  time.Now().Add(sessionLength), // want `a Session record lets the session live for 100 days`
	}
}

func touch(s *Session) {
	s.ExpiresAt = time.Now().Add(14 * 24 * time.Hour)
}

func extend(s *Session) {
	s.ExpiresAt = time.Now().AddDate(1, 0, 0) // want `a Session record lets the session live for 365 days`
}

// A config type and an idle field are not a session's lifetime.
func configure() SessionConfig {
	return SessionConfig{ExpiresAt: time.Now().Add(365 * 24 * time.Hour)}
}

// A password reset is no session.
type ResetRequest struct {
	ExpiresAt time.Time
}

func reset() ResetRequest { return ResetRequest{ExpiresAt: time.Now().Add(90 * 24 * time.Hour)} }
