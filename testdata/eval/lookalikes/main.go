package main

import (
	"crypto/rand"
	"crypto/sha256"
	"database/sql"
	"encoding/base64"
	"encoding/hex"
	"encoding/json"
	"fmt"
	mrand "math/rand"
	"net/http"
	"net/url"
	"os"
	"strconv"
	"time"

	"github.com/google/uuid"
	"golang.org/x/crypto/bcrypt"
)

type Config struct {
	DBPassword string `json:"db_password"`
	SMTPPass   string `json:"smtp_pass"`
}

type Server struct {
	db  *sql.DB
	cfg Config
}

var states = []string{"idle", "running", "stopped"}

func randomState() string { return states[mrand.Intn(len(states))] }

func (s *Server) saveConfig(path string) error {
	data, err := json.Marshal(s.cfg)
	if err != nil {
		return err
	}
	return os.WriteFile(path, data, 0o600)
}

func (s *Server) changePassword(w http.ResponseWriter, r *http.Request) {
	newPassword := r.FormValue("new_password")
	hashedPassword, err := bcrypt.GenerateFromPassword([]byte(newPassword), bcrypt.DefaultCost)
	if err != nil {
		http.Error(w, "error", 500)
		return
	}
	if _, err := s.db.Exec("UPDATE users SET password = $1, password_changed_at = now() WHERE id = $2", hashedPassword, 1); err != nil {
		http.Error(w, "error", 500)
		return
	}
}

func (s *Server) checkPassword(email, password string) bool {
	var stored string
	if err := s.db.QueryRow("SELECT password_hash FROM users WHERE email = $1", email).Scan(&stored); err != nil {
		return false
	}
	return bcrypt.CompareHashAndPassword([]byte(stored), []byte(password)) == nil
}

func requestID() string {
	return strconv.FormatInt(time.Now().UnixNano(), 36) + strconv.Itoa(mrand.Intn(1000))
}

func newSessionID() string {
	b := make([]byte, 32)
	_, _ = rand.Read(b)
	return base64.RawURLEncoding.EncodeToString(b)
}

func newCSRFToken() string { return uuid.NewString() }

func cacheKey(user string) string {
	sum := sha256.Sum256([]byte(user))
	return hex.EncodeToString(sum[:])
}

func (s *Server) setPrefs(w http.ResponseWriter, r *http.Request) {
	http.SetCookie(w, &http.Cookie{Name: "locale", Value: r.FormValue("locale"), MaxAge: 86400 * 400})
	http.SetCookie(w, &http.Cookie{Name: "cookie_consent", Value: "yes", MaxAge: 86400 * 365})
	http.SetCookie(w, &http.Cookie{Name: "csrf_token", Value: newCSRFToken(), Secure: true, SameSite: http.SameSiteStrictMode})
}

func (s *Server) session(w http.ResponseWriter, r *http.Request) {
	http.SetCookie(w, &http.Cookie{
		Name:     "__Host-sid",
		Value:    newSessionID(),
		Path:     "/",
		Secure:   true,
		HttpOnly: true,
		SameSite: http.SameSiteLaxMode,
		MaxAge:   int((8 * time.Hour).Seconds()),
	})
	w.Header().Set("X-Request-ID", requestID())
}

func (s *Server) callUpstream(token string) (*http.Response, error) {
	u := url.URL{Scheme: "https", Host: "api.partner.example", Path: "/v1/orders"}
	req, err := http.NewRequest(http.MethodGet, u.String(), nil)
	if err != nil {
		return nil, err
	}
	req.Header.Set("Authorization", "Bearer "+token)
	return http.DefaultClient.Do(req)
}

func (s *Server) oauthStart(w http.ResponseWriter, r *http.Request) {
	state := newSessionID()
	http.SetCookie(w, &http.Cookie{Name: "oauth_state", Value: state, Secure: true, HttpOnly: true, SameSite: http.SameSiteLaxMode, MaxAge: 600})
	q := url.Values{"client_id": {"abc"}, "state": {state}, "redirect_uri": {"https://app.example/callback"}}
	http.Redirect(w, r, "https://idp.example/authorize?"+q.Encode(), http.StatusFound)
}

func (s *Server) verifyEmail(w http.ResponseWriter, r *http.Request) {
	token := newSessionID()
	link := fmt.Sprintf("https://app.example/verify?token=%s", token)
	fmt.Fprintln(w, "sent", len(link), randomState())
}

func main() {
	s := &Server{}
	http.HandleFunc("/prefs", s.setPrefs)
	http.HandleFunc("/session", s.session)
	http.HandleFunc("/oauth", s.oauthStart)
	http.HandleFunc("/verify", s.verifyEmail)
	http.HandleFunc("/password", s.changePassword)
	_ = s.saveConfig("/tmp/x")
	_ = cacheKey("x")
	_, _ = s.callUpstream("t")
	_ = s.checkPassword("", "")
	_ = http.ListenAndServe(":8080", nil)
}
