// Package sesshelp ends sessions for handlers in other packages.
package sesshelp

import (
	"net/http"

	"github.com/alexedwards/scs/v2"
)

// End destroys the session.
func End(sm *scs.SessionManager, r *http.Request) error { // want End:"endsSession"
	return sm.Destroy(r.Context())
}
