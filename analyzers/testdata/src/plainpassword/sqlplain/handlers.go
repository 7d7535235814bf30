package sqlplain

import (
	"crypto/md5"
	"crypto/pbkdf2"
	"crypto/rand"
	"crypto/sha256"
	"database/sql"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"net/http"
	"os"
)

type app struct {
	db    *sql.DB
	users *userStore
}

func (a *app) register(w http.ResponseWriter, r *http.Request) {
	email := r.FormValue("email")
	password := r.FormValue("password")
	if _, err := a.db.Exec("INSERT INTO users (email, password) VALUES ($1, $2)", email, password); err != nil { // want `password written to the database in plaintext, so a leak of the table exposes every account; hash it with argon2id \(github.com/sessionlint/sessionlint/session/password\) or bcrypt first`
		http.Error(w, "error", http.StatusInternalServerError)
	}
}

func (a *app) changePassword(w http.ResponseWriter, r *http.Request) {
	id := r.Context().Value("uid")
	a.db.ExecContext(r.Context(), `UPDATE users SET password = ? WHERE id = ?`, r.PostFormValue("new_password"), id) // want `password written to the database in plaintext`
}

type signupRequest struct {
	Email    string `json:"email"`
	Password string `json:"password"`
}

func (a *app) signupJSON(w http.ResponseWriter, r *http.Request) {
	var req signupRequest
	if err := json.NewDecoder(r.Body).Decode(&req); err != nil {
		return
	}
	var id int64
	a.db.QueryRowContext(r.Context(), "INSERT INTO users (email, password) VALUES ($1, $2) RETURNING id", req.Email, req.Password).Scan(&id) // want `password written to the database in plaintext`
}

func (a *app) legacySignup(w http.ResponseWriter, r *http.Request) {
	q := fmt.Sprintf("INSERT INTO users (name, pass) VALUES ('%s', '%s')", r.FormValue("name"), r.FormValue("pass")) // want `password written to the database in plaintext`
	a.db.Exec(q)
}

func (a *app) preparedSignup(w http.ResponseWriter, r *http.Request) {
	username, passwd := r.FormValue("username"), r.FormValue("passwd")
	stmt, err := a.db.Prepare("INSERT INTO accounts(username, passwd) VALUES(?, ?)")
	if err != nil {
		return
	}
	defer stmt.Close()
	stmt.Exec(username, passwd) // want `password written to the database in plaintext`
}

// The repository writes what it is given; the handler passes plaintext.
func (a *app) signupViaStore(w http.ResponseWriter, r *http.Request) {
	a.users.Create(r.Context(), r.FormValue("email"), r.FormValue("password"))
}

func (a *app) signupViaStoreHashed(w http.ResponseWriter, r *http.Request) {
	hash, err := hashPasswordPBKDF2(r.FormValue("password"))
	if err != nil {
		return
	}
	a.users.Create(r.Context(), r.FormValue("email"), hash)
	a.users.UpdatePassword(r.Context(), 1, hash)
}

func md5Hex(p string) string {
	sum := md5.Sum([]byte(p))
	return hex.EncodeToString(sum[:])
}

func (a *app) signupMD5(w http.ResponseWriter, r *http.Request) {
	password := r.FormValue("password")
	a.db.Exec("INSERT INTO users (email, password) VALUES (?, ?)", r.FormValue("email"), md5Hex(password)) // want `password hashed with MD5, a fast digest that GPUs brute-force, before it is written to the database; use argon2id`
}

func (a *app) signupSHA256(w http.ResponseWriter, r *http.Request) {
	password := r.FormValue("password")
	salt := r.FormValue("email")
	h := sha256.New()
	h.Write([]byte(salt + password))
	digest := hex.EncodeToString(h.Sum(nil))
	a.db.Exec("INSERT INTO users (email, password_hash) VALUES (?, ?)", salt, digest) // want `password hashed with SHA-256`
}

func (a *app) signupWeakPBKDF2(w http.ResponseWriter, r *http.Request) {
	salt := make([]byte, 16)
	rand.Read(salt)
	key, _ := pbkdf2.Key(sha256.New, r.FormValue("password"), salt, 1000, 32) // want `password hashed with PBKDF2 at only 1000 iterations`
	a.db.Exec("INSERT INTO users (email, password_hash, salt) VALUES (?, ?, ?)", r.FormValue("email"), key, salt)
}

// exportUsers writes a submitted password to a file.
func (a *app) exportSignup(w http.ResponseWriter, r *http.Request) {
	line := r.FormValue("email") + ":" + r.FormValue("password") + "\n"
	os.WriteFile("/var/lib/app/users.txt", []byte(line), 0o600) // want `password written to a file in plaintext`
}
