package session

import (
	"context"
	"crypto/rand"
	"crypto/sha256"
	"crypto/subtle"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"log/slog"
	"strings"
	"time"
)

// Remember-me tokens are split: a selector, whose hash is the store key,
// and a validator, of which the store keeps only a hash. A leaked store
// therefore holds nothing a browser could present, and the validator is
// compared in constant time after a lookup that reveals nothing about it.
const (
	selectorBytes  = 16
	validatorBytes = 32
	selectorLen    = 22 // unpadded base64url
	tokenLen       = selectorLen + 1 + idLen
	validatorName  = "v"
)

// Remember issues a remember-me token for the logged-in user of this
// request (call it right after Login, when the user asked to stay logged
// in). The token is sent in its own cookie, valid for Options.RememberFor.
// When a later request brings the token but no live session, the Manager
// checks it, replaces it by a new token (each token works once) and starts
// a fresh session through Login, with a new session ID as for a password
// login. The token never extends itself: RememberFor after the password
// login, the user logs in again.
//
// Logout revokes the browser's token; LogoutAll and PasswordChanged revoke
// every token of the user. Needs Options.RememberStore. Ask for the
// password again before sensitive actions in sessions started this way.
func Remember(ctx context.Context) error {
	s, err := from(ctx)
	if err != nil {
		return err
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	if err := s.writable(ctx); err != nil {
		return err
	}
	m := s.m
	if m.remember == nil {
		return errors.New("session: Remember needs Options.RememberStore")
	}
	if s.rec.UserID == "" {
		return errors.New("session: Remember needs a logged-in session (call Login first)")
	}
	deadline := m.now().Add(m.rememberFor)
	token, key, rec := newToken(s.rec.UserID, deadline)
	if err := m.remember.Create(ctx, key, rec, CreateOptions{}); err != nil {
		return s.failed(ctx, "remember", err)
	}
	// A token this browser had before is superseded.
	if old, _, ok := s.presentedToken(); ok {
		if err := m.remember.Delete(ctx, old); err != nil {
			m.storeError(ctx, "revoke remember-me token", err)
		}
	}
	m.event(ctx, slog.LevelInfo, "remember-me token issued", key, s.rec.UserID)
	s.remSet, s.remDel = m.rememberCookie(token, deadline), false
	return nil
}

// newToken returns a token for the cookie, its store key and its record.
func newToken(user string, deadline time.Time) (token, key string, rec Record) {
	var sel [selectorBytes]byte
	var val [validatorBytes]byte
	_, _ = rand.Read(sel[:])
	_, _ = rand.Read(val[:])
	token = idEncoding.EncodeToString(sel[:]) + "." + idEncoding.EncodeToString(val[:])
	rec = Record{
		UserID:           user,
		IdleDeadline:     deadline,
		AbsoluteDeadline: deadline,
		Values:           map[string][]byte{validatorName: validatorHash(val[:])},
	}
	return token, keyOf(sel[:]), rec
}

// validatorHash is the stored form of a validator (a JSON string, as the
// store expects values to be).
func validatorHash(val []byte) []byte {
	sum := sha256.Sum256(val)
	b, _ := json.Marshal(hex.EncodeToString(sum[:]))
	return b
}

// parseToken checks the exact shape of a token and returns its store key
// and validator.
func parseToken(s string) (key string, validator []byte, ok bool) {
	if len(s) != tokenLen || s[selectorLen] != '.' {
		return "", nil, false
	}
	var sel [selectorBytes]byte
	var val [validatorBytes]byte
	n, err := idEncoding.Decode(sel[:], []byte(s[:selectorLen]))
	if err != nil || n != selectorBytes {
		return "", nil, false
	}
	n, err = idEncoding.Decode(val[:], []byte(s[selectorLen+1:]))
	if err != nil || n != validatorBytes {
		return "", nil, false
	}
	return keyOf(sel[:]), val[:], true
}

// presentedToken returns the token of the request's remember-me cookie.
func (s *state) presentedToken() (key string, validator []byte, ok bool) {
	cs := s.r.CookiesNamed(s.m.rememberName)
	if len(cs) == 0 || strings.TrimSpace(cs[0].Value) == "" {
		return "", nil, false
	}
	return parseToken(cs[0].Value)
}

// rememberLogin logs the request in with its remember-me token, if it has
// a valid one; it runs when the request has no live session. Only a store
// failure returns an error.
func (m *Manager) rememberLogin(ctx context.Context, s *state) error {
	if m.remember == nil || len(s.r.CookiesNamed(m.rememberName)) == 0 {
		return nil
	}
	key, validator, ok := s.presentedToken()
	if !ok {
		m.event(ctx, slog.LevelInfo, "remember-me token rejected", "", "", slog.String("reason", "malformed"))
		s.remDel = true
		return nil
	}
	rec, err := m.remember.Load(ctx, key)
	switch {
	case errors.Is(err, ErrNotFound):
		m.event(ctx, slog.LevelInfo, "remember-me token rejected", key, "", slog.String("reason", "unknown_used_or_expired"))
		s.remDel = true
		return nil
	case err != nil:
		m.storeError(ctx, "load remember-me token", err)
		return fmt.Errorf("%w: %w", ErrLoadFailed, err)
	case rec.ForwardTo != "":
		// Used moments ago by a concurrent request of the same browser
		// (tabs restored together): that request's response carries the
		// new token and session; this one stays anonymous and leaves the
		// cookies alone.
		m.event(ctx, slog.LevelDebug, "remember-me token already used", key, rec.UserID)
		return nil
	}
	now := m.now()
	if !now.Before(rec.Expiry()) {
		s.remDel = true
		return nil
	}
	if subtle.ConstantTimeCompare(rec.Values[validatorName], validatorHash(validator)) != 1 {
		m.event(ctx, slog.LevelWarn, "remember-me token rejected", key, rec.UserID, slog.String("reason", "validator_mismatch"))
		s.remDel = true
		return nil
	}
	// Single use: the token is replaced atomically, so of two requests
	// presenting it only one logs in.
	token, nkey, nrec := newToken(rec.UserID, rec.AbsoluteDeadline)
	err = m.remember.Create(ctx, nkey, nrec, CreateOptions{Replace: key, ForwardUntil: m.forwardUntil(now)})
	switch {
	case errors.Is(err, ErrNotFound):
		return nil
	case err != nil:
		m.storeError(ctx, "rotate remember-me token", err)
		return fmt.Errorf("%w: %w", ErrLoadFailed, err)
	}
	s.remSet = m.rememberCookie(token, rec.AbsoluteDeadline)
	return s.login(ctx, rec.UserID, "remember_me")
}

// forgetRemembered revokes the remember-me token the request carries (or
// issued) and has its cookie expired; mu must be held.
func (s *state) forgetRemembered(ctx context.Context) error {
	m := s.m
	if m.remember == nil {
		return nil
	}
	if key, _, ok := s.presentedToken(); ok {
		if err := m.remember.Delete(ctx, key); err != nil {
			return err
		}
		s.remDel = true
	}
	if s.remSet != nil {
		if key, _, ok := parseToken(s.remSet.Value); ok {
			if err := m.remember.Delete(ctx, key); err != nil {
				return err
			}
		}
		s.remSet, s.remDel = nil, true
	}
	return nil
}

// PasswordChanged ends every other session and revokes every remember-me
// token of the logged-in user, and gives this session a new ID: call it
// after the user changed (or reset) the password, so that whoever knew the
// old password, or holds a stolen cookie or token, is logged out, while the
// user stays logged in here.
func PasswordChanged(ctx context.Context) error {
	s, err := from(ctx)
	if err != nil {
		return err
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	if err := s.writable(ctx); err != nil {
		return err
	}
	user := s.rec.UserID
	if user == "" {
		return errors.New("session: PasswordChanged needs a logged-in session")
	}
	if err := s.m.LogoutAll(ctx, user); err != nil {
		s.fail = fmt.Errorf("%w: %w", ErrSaveFailed, err)
		return s.fail
	}
	s.key = "" // deleted with the others; the values stay with the request
	s.remSet, s.remDel = nil, true
	return s.login(ctx, user, "password_changed")
}
