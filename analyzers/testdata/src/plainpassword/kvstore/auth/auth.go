package auth

import (
	"crypto/sha512"
	"encoding/hex"
	"net/http"

	"golang.org/x/crypto/bcrypt"

	"plainpassword/kvstore/database"
)

type Agent struct{ DB *database.Database }

// Hash is a fast digest: no salt, no work factor.
func Hash(raw string) string { // want Hash:`hashesPassword\(SHA-512\)`
	h := sha512.Sum512([]byte(raw))
	return hex.EncodeToString(h[:])
}

func (a *Agent) CreateUser(name, password string) error {
	return a.DB.Write("auth", "passhash/"+name, Hash(password)) // want `password hashed with`
}

func (a *Agent) SetWebdavPassword(password string) error {
	return a.DB.Write("webserv", "webdavPasswordHash", Hash(password)) // want `password hashed with`
}

// A user record whose hash field gets a fast digest.
type User struct {
	Username     string
	PasswordHash string
}

func (a *Agent) ChangePassword(u *User, newPassword string) error {
	u.PasswordHash = Hash(newPassword)
	return a.DB.Write("users", u.Username, u) // want `password hashed with`
}

// Correct: a slow hash under the same key; other keys are not passwords.
func (a *Agent) CreateUserSafely(name, password string) error {
	h, err := bcrypt.GenerateFromPassword([]byte(password), bcrypt.DefaultCost)
	if err != nil {
		return err
	}
	if err := a.DB.Write("auth", "email/"+name, name+"@example.org"); err != nil {
		return err
	}
	if err := a.DB.Write("settings", "passwordPolicy", "min=12"); err != nil {
		return err
	}
	return a.DB.Write("auth", "passhash/"+name, string(h))
}

func (a *Agent) RenameUser(u *User, name string) error { // want RenameUser:`storesPassword\(0.PasswordHash\)`
	u.Username = name
	return a.DB.Write("users", name, u)
}

// The handlers pass the form's password on.
func (a *Agent) HandleRegister(w http.ResponseWriter, r *http.Request) {
	_ = a.CreateUser(r.FormValue("username"), r.FormValue("password"))
	_ = a.CreateUserSafely(r.FormValue("username"), r.FormValue("password"))
}

func (a *Agent) HandleWebdav(w http.ResponseWriter, r *http.Request) {
	_ = a.SetWebdavPassword(r.FormValue("password"))
}

func (a *Agent) HandleChange(w http.ResponseWriter, r *http.Request) {
	var u User
	_ = a.DB.Read("users", r.FormValue("username"), &u)
	_ = a.ChangePassword(&u, r.FormValue("new_password"))
}
