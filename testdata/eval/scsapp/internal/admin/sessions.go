package admin

import (
	"fmt"
	"net/http"
	"time"

	"github.com/alexedwards/scs/v2"
)

// NewSessions returns the session manager used by the back-office.
func NewSessions() *scs.SessionManager {
	sm := scs.New() // WANT: memstore, cookieflags
	sm.Lifetime = 2 * time.Hour
	sm.Cookie.Name = "admin_session"
	return sm
}

func Routes(sm *scs.SessionManager) http.Handler {
	mux := http.NewServeMux()
	mux.HandleFunc("GET /admin/", func(w http.ResponseWriter, r *http.Request) {
		fmt.Fprintf(w, "admin %s", sm.GetString(r.Context(), "adminUser"))
	})
	mux.HandleFunc("POST /admin/logout", func(w http.ResponseWriter, r *http.Request) {
		if err := sm.Destroy(r.Context()); err != nil {
			http.Error(w, "server error", http.StatusInternalServerError)
			return
		}
		http.Redirect(w, r, "/admin/", http.StatusSeeOther)
	})
	return mux
}
