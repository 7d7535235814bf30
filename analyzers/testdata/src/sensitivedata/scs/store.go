package scs

import (
	"net/http"

	"github.com/alexedwards/scs/v2"
	"golang.org/x/crypto/bcrypt"
)

var sm = scs.New()

type loginForm struct {
	Email    string
	Password string
}

type paymentForm struct {
	CardNumber string
	CVV        string
	Last4      string
	Brand      string
	Token      string
}

type user struct {
	ID           int
	PasswordHash []byte
}

func login(w http.ResponseWriter, r *http.Request) {
	form := loginForm{Email: r.FormValue("email"), Password: r.FormValue("password")}
	sm.Put(r.Context(), "password", form.Password) // want `session stores a password under key "password", so it sits in the session store \(or cookie\) and every copy of it; keep the secret out of the session and store only an identifier`
	sm.Put(r.Context(), "form", form.Password)     // want `session stores a password \(form.Password\) under key "form"`
	pwd := r.FormValue("password")
	sm.Put(r.Context(), "loginData", pwd)                      // want `session stores a password \(pwd\) under key "loginData"`
	sm.Put(r.Context(), "secret", r.PostFormValue("password")) // want `session stores a password \(r.PostFormValue\("password"\)\)`
	sm.Put(r.Context(), "email", form.Email)
}

func checkout(w http.ResponseWriter, r *http.Request) {
	var p paymentForm
	sm.Put(r.Context(), "card_number", p.CardNumber) // want `session stores a card number under key "card_number"`
	sm.Put(r.Context(), "cvv", p.CVV)                // want `session stores a card security code under key "cvv"`
	sm.Put(r.Context(), "checkout", p.CVV)           // want `session stores a card security code \(p.CVV\)`
	sm.Put(r.Context(), "pin", r.FormValue("pin"))   // want `session stores a PIN under key "pin"`
	sm.Put(r.Context(), "ssn", r.FormValue("ssn"))   // want `session stores a national ID number under key "ssn"`
	// Metadata about the secret, not the secret.
	sm.Put(r.Context(), "card_last4", p.Last4)
	sm.Put(r.Context(), "cardBrand", p.Brand)
	sm.Put(r.Context(), "cardToken", p.Token)
	sm.Put(r.Context(), "pin_attempts", 2)
	sm.Put(r.Context(), "password_reset_sent", true)
	sm.Put(r.Context(), "passwordChangedAt", "2024-01-01")
}

func register(w http.ResponseWriter, r *http.Request) {
	hash, _ := bcrypt.GenerateFromPassword([]byte(r.FormValue("password")), 12)
	u := user{ID: 1, PasswordHash: hash}
	// A password hash in the session is odd but not this rule's target.
	sm.Put(r.Context(), "hash", u.PasswordHash)
	sm.Put(r.Context(), "passwordHash", hash)
	sm.Put(r.Context(), "userID", u.ID)
	// Compared, not stored.
	if bcrypt.CompareHashAndPassword(hash, []byte(r.FormValue("password"))) == nil {
		sm.Put(r.Context(), "authenticated", true)
	}
	// Removing a password someone stored earlier is the fix, not a finding.
	sm.Put(r.Context(), "password", nil)
	sm.Remove(r.Context(), "password")
}

func flags(w http.ResponseWriter, r *http.Request) {
	passwordless := r.FormValue("mode") == "magic"
	sm.Put(r.Context(), "loginMode", passwordless)
	sm.Put(r.Context(), "pin", true) // a flag, not the PIN
	sm.Put(r.Context(), "needsPasswordChange", true)
	sm.Put(r.Context(), "mustChangePassword", 1)
}
