package sqlplain

import (
	"crypto/sha256"
	"database/sql"
	"encoding/hex"
	"net/http"
	"os"
)

// Login compares; it does not store.
func (a *app) login(w http.ResponseWriter, r *http.Request) {
	var id int64
	a.db.QueryRow("SELECT id FROM users WHERE email = $1 AND password = $2", r.FormValue("email"), r.FormValue("password")).Scan(&id)
	a.db.Exec("UPDATE users SET last_login = now() WHERE id = $1", id)
}

// A session token hashed with SHA-256 is fine: it is random, not a password.
func (a *app) storeSessionToken(token string, uid int64) {
	sum := sha256.Sum256([]byte(token))
	a.db.Exec("INSERT INTO sessions (token_hash, user_id) VALUES ($1, $2)", hex.EncodeToString(sum[:]), uid)
}

// Password reset requests store a token, not a password.
func (a *app) forgotPassword(w http.ResponseWriter, r *http.Request) {
	a.db.Exec("INSERT INTO password_resets (email, token) VALUES ($1, $2)", r.FormValue("email"), r.FormValue("token"))
}

func (a *app) signupHashed(w http.ResponseWriter, r *http.Request) {
	password := r.FormValue("password")
	hashed, err := hashPasswordPBKDF2(password)
	if err != nil {
		return
	}
	a.db.Exec("INSERT INTO users (email, password) VALUES ($1, $2)", r.FormValue("email"), hashed)
}

func (a *app) signupReassigned(w http.ResponseWriter, r *http.Request) {
	password := r.FormValue("password")
	password, _ = hashPasswordPBKDF2(password)
	a.db.Exec("INSERT INTO users (email, password) VALUES ($1, $2)", r.FormValue("email"), password)
}

type dbConfig struct {
	Host     string
	Password string
}

// writeConfig writes a service password to a config file: not a user
// password taken from a request.
func writeConfig(path string, cfg dbConfig) error {
	return os.WriteFile(path, []byte("host="+cfg.Host+"\npassword="+cfg.Password+"\n"), 0o600)
}

// Settings are not passwords.
func updateTheme(db *sql.DB, uid int64, theme string) {
	db.Exec("UPDATE users SET theme = $1 WHERE id = $2", theme, uid)
}

// passwordPolicy rows are not passwords.
func savePolicy(db *sql.DB, passwordMinLength int) {
	db.Exec("UPDATE settings SET password_min_length = $1", passwordMinLength)
}
