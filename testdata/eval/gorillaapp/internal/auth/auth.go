// Package auth holds the session store and the login/logout handlers.
package auth

import (
	"database/sql"
	"encoding/gob"
	"math/rand"
	"net/http"
	"strconv"
	"time"

	"github.com/gorilla/sessions"
	"golang.org/x/crypto/bcrypt"
)

const sessionName = "app-session"

func init() { gob.Register(time.Time{}) }

// Handler serves authentication routes.
type Handler struct {
	DB    *sql.DB
	Store sessions.Store
}

// NewStore builds the server-side session store.
func NewStore(dir string, key []byte) *sessions.FilesystemStore {
	store := sessions.NewFilesystemStore(dir, key)
	store.Options = &sessions.Options{ // WANT: cookieflags
		Path:   "/",
		MaxAge: 8 * 3600,
	}
	return store
}

func (h *Handler) Login(w http.ResponseWriter, r *http.Request) {
	email := r.FormValue("email")
	var id int64
	var hash []byte
	if err := h.DB.QueryRow("SELECT id, password_hash FROM users WHERE email = ?", email).Scan(&id, &hash); err != nil {
		http.Error(w, "invalid login", http.StatusUnauthorized)
		return
	}
	if bcrypt.CompareHashAndPassword(hash, []byte(r.FormValue("password"))) != nil {
		http.Error(w, "invalid login", http.StatusUnauthorized)
		return
	}
	sess, _ := h.Store.Get(r, sessionName)
	sess.Values["user_id"] = id // WANT: fixation
	sess.Values["login_time"] = time.Now()
	if err := sess.Save(r, w); err != nil {
		http.Error(w, err.Error(), http.StatusInternalServerError)
		return
	}
	http.Redirect(w, r, "/dashboard", http.StatusSeeOther)
}

func (h *Handler) Logout(w http.ResponseWriter, r *http.Request) {
	sess, _ := h.Store.Get(r, sessionName)
	delete(sess.Values, "user_id") // WANT: logout
	_ = sess.Save(r, w)
	http.Redirect(w, r, "/", http.StatusSeeOther)
}

func (h *Handler) Register(w http.ResponseWriter, r *http.Request) {
	hash, err := bcrypt.GenerateFromPassword([]byte(r.FormValue("password")), 12)
	if err != nil {
		http.Error(w, "try again", http.StatusInternalServerError)
		return
	}
	if _, err := h.DB.Exec("INSERT INTO users (email, password_hash) VALUES (?, ?)", r.FormValue("email"), hash); err != nil {
		http.Error(w, "try again", http.StatusInternalServerError)
		return
	}
	http.Redirect(w, r, "/login", http.StatusSeeOther)
}

// apiToken mints a token for the API client.
func apiToken(userID int64) string {
	r := rand.New(rand.NewSource(time.Now().UnixNano()))
	return strconv.FormatInt(userID, 10) + "-" + strconv.FormatUint(r.Uint64(), 36) // WANT: predictableid
}

func (h *Handler) IssueAPIToken(w http.ResponseWriter, r *http.Request) {
	sess, _ := h.Store.Get(r, sessionName)
	id, _ := sess.Values["user_id"].(int64)
	tok := apiToken(id)
	if _, err := h.DB.Exec("UPDATE users SET api_token = ? WHERE id = ?", tok, id); err != nil {
		http.Error(w, "try again", http.StatusInternalServerError)
		return
	}
	w.Write([]byte(tok))
}

// backoff spreads retries; no secret depends on it.
func backoff(attempt int) time.Duration {
	return time.Duration(attempt*100+rand.Intn(100)) * time.Millisecond
}

var _ = backoff
