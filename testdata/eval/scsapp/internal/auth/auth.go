package auth

import (
	"crypto/sha256"
	"database/sql"
	"encoding/hex"
	"errors"
	"net/http"

	"github.com/alexedwards/scs/v2"
	"golang.org/x/crypto/bcrypt"
)

type Service struct {
	db             *sql.DB
	sessionManager *scs.SessionManager
}

func New(db *sql.DB, sm *scs.SessionManager) *Service {
	return &Service{db: db, sessionManager: sm}
}

var ErrInvalidCredentials = errors.New("invalid credentials")

func (s *Service) authenticate(email, password string) (int, error) {
	var id int
	var hashed []byte
	err := s.db.QueryRow("SELECT id, hashed_password FROM users WHERE email = $1", email).Scan(&id, &hashed)
	if err != nil {
		return 0, ErrInvalidCredentials
	}
	if err := bcrypt.CompareHashAndPassword(hashed, []byte(password)); err != nil {
		return 0, ErrInvalidCredentials
	}
	return id, nil
}

func (s *Service) Login(w http.ResponseWriter, r *http.Request) {
	id, err := s.authenticate(r.PostFormValue("email"), r.PostFormValue("password"))
	if err != nil {
		http.Error(w, "Email or password is incorrect", http.StatusUnauthorized)
		return
	}
	if err := s.sessionManager.RenewToken(r.Context()); err != nil {
		http.Error(w, "server error", http.StatusInternalServerError)
		return
	}
	s.sessionManager.Put(r.Context(), "authenticatedUserID", id)
	http.Redirect(w, r, "/", http.StatusSeeOther)
}

func (s *Service) LoginWithOTP(w http.ResponseWriter, r *http.Request) {
	var id int
	err := s.db.QueryRow("SELECT user_id FROM otp_codes WHERE code = $1 AND expires_at > now()", r.PostFormValue("code")).Scan(&id)
	if err != nil {
		http.Error(w, "invalid code", http.StatusUnauthorized)
		return
	}
	s.sessionManager.Put(r.Context(), "authenticatedUserID", id) // WANT: fixation
	http.Redirect(w, r, "/", http.StatusSeeOther)
}

func (s *Service) Logout(w http.ResponseWriter, r *http.Request) {
	s.sessionManager.Remove(r.Context(), "authenticatedUserID") // WANT: logout
	s.sessionManager.Put(r.Context(), "flash", "You've been logged out successfully!")
	http.Redirect(w, r, "/", http.StatusSeeOther)
}

func (s *Service) Signup(w http.ResponseWriter, r *http.Request) {
	sum := sha256.Sum256([]byte(r.PostFormValue("password")))
	_, err := s.db.Exec("INSERT INTO users (name, email, hashed_password, created) VALUES ($1, $2, $3, now())",
		r.PostFormValue("name"), r.PostFormValue("email"), hex.EncodeToString(sum[:])) // WANT: plainpassword
	if err != nil {
		http.Error(w, "could not sign up", http.StatusBadRequest)
		return
	}
	http.Redirect(w, r, "/user/login", http.StatusSeeOther)
}
