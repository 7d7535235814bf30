package controllers

import (
	"net/http"

	"golang.org/x/crypto/bcrypt"

	"plainpassword/selfsave/models"
)

func ChangePassword(r *http.Request, m *models.Member) {
	m.Password = models.PasswordHash(r.FormValue("password1"))
	m.Update("password") // want `password hashed with SHA-512`
}

func ChangePasswordPlain(r *http.Request, m *models.Member) {
	m.Password = r.FormValue("password")
	if err := m.Update(); err != nil { // want `password written to the database in plaintext`
		return
	}
}

func ChangePasswordSafe(r *http.Request, m *models.Member) { // want ChangePasswordSafe:`hashesPassword`
	h, _ := bcrypt.GenerateFromPassword([]byte(r.FormValue("password")), 12)
	m.Password = string(h)
	m.Update("password")
}

// ChangeEmail saves the member it is given, password and all: its callers
// decide what that password is.
func ChangeEmail(r *http.Request, m *models.Member) { // want ChangeEmail:`storesPassword\(1.Password\)`
	m.Email = r.FormValue("email")
	m.Update("email")
	m.Touch()
}

func Register(r *http.Request) {
	a := &models.Account{Password: r.FormValue("password")}
	_ = a.Insert()
}
