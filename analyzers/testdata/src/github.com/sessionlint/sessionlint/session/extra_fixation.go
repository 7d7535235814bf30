// Package session is a stub of github.com/sessionlint/sessionlint/session
// with the request-scoped API (signatures as in /session/state.go).
package session

import "context"

func Put(ctx context.Context, key string, value any) error { return nil }
func Delete(ctx context.Context, key string) error         { return nil }
func Login(ctx context.Context, userID string) error       { return nil }
func Renew(ctx context.Context) error                      { return nil }
func Logout(ctx context.Context) error                     { return nil }
func LogoutAll(ctx context.Context, userID string) error   { return nil }
