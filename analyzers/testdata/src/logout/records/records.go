// Package records keeps its own session records: the cookie carries a
// signed record of the user and session IDs.
package records

import (
	"encoding/base64"
	"encoding/json"
	"net/http"
	"time"
)

type Session struct {
	ID     int
	UserID int
}

type Store struct{}

func (Store) CreateSession(s Session) (Session, error) { s.ID = 1; return s, nil }
func (Store) ExpireSession(userID, id int) error       { return nil }

var store Store

func encode(v any) string {
	b, _ := json.Marshal(v)
	return base64.URLEncoding.EncodeToString(b)
}

func login(w http.ResponseWriter, r *http.Request) {
	s, err := store.CreateSession(Session{UserID: 7})
	if err != nil {
		return
	}
	http.SetCookie(w, &http.Cookie{Name: "app", Value: encode(map[string]any{"user": s.UserID, "session": s.ID}), Path: "/", HttpOnly: true, Secure: true, SameSite: http.SameSiteLaxMode})
}

// logout only expires the cookie: the record stays valid.
func logout(w http.ResponseWriter, r *http.Request) {
	http.SetCookie(w, &http.Cookie{ // want `logout only expires the "app" cookie and leaves the session record the login made \(CreateSession\) valid on the server`
		Name:    "app",
		Value:   "",
		Expires: time.Now().Add(24 * 7 * time.Hour * -1),
		Path:    "/",
	})
	w.WriteHeader(http.StatusNoContent)
}

// signOut expires the record too.
func signOut(w http.ResponseWriter, r *http.Request) {
	_ = store.ExpireSession(7, 1)
	http.SetCookie(w, &http.Cookie{Name: "app", Value: "", MaxAge: -1, Path: "/"})
}

// A preference cookie deleted at logout carries no record.
func logoutTheme(w http.ResponseWriter, r *http.Request) {
	http.SetCookie(w, &http.Cookie{Name: "theme", Value: "dark", Path: "/"})
	http.SetCookie(w, &http.Cookie{Name: "theme", Value: "", MaxAge: -1, Path: "/"})
}

func routes() {
	http.HandleFunc("/login", login)
	http.HandleFunc("/logout", logout)
	http.HandleFunc("/signout", signOut)
	http.HandleFunc("/logout-theme", logoutTheme)
}
