// Package authhelp holds session helpers used by handlers in another package.
package authhelp

import (
	"net/http"

	"github.com/alexedwards/scs/v2"
)

// Renew issues a new session token.
func Renew(sm *scs.SessionManager, r *http.Request) error { // want Renew:"renewsSession"
	return sm.RenewToken(r.Context())
}

// RenewChecked renews and wraps the error.
func RenewChecked(sm *scs.SessionManager, r *http.Request) error { // want RenewChecked:"renewsSession"
	if err := Renew(sm, r); err != nil {
		return err
	}
	return nil
}

// MaybeRenew renews only when asked to: not a renewal on every path.
func MaybeRenew(sm *scs.SessionManager, r *http.Request, yes bool) {
	if yes {
		_ = sm.RenewToken(r.Context())
	}
}

// StoreUser records the user in the session.
func StoreUser(sm *scs.SessionManager, r *http.Request, id int) { // want StoreUser:"writesIdentity\\(userID\\)"
	sm.Put(r.Context(), "userID", id)
}
