package main

import (
	"crypto/rand"
	"crypto/sha256"
	"database/sql"
	"encoding/hex"
	"encoding/json"
	"log"
	"net/http"
	"os"
	"time"

	"github.com/golang-jwt/jwt/v5"
	"github.com/google/uuid"
	"github.com/gorilla/mux"
	"github.com/gorilla/sessions"
	_ "github.com/lib/pq"
	"golang.org/x/crypto/bcrypt"
)

var jwtKey = []byte("my_secret_key") // WANT: hardcodedsecret

type Claims struct {
	Username string `json:"username"`
	jwt.RegisteredClaims
}

type App struct {
	db          *sql.DB
	store       *sessions.CookieStore
	frontendURL string
}

func NewApp(db *sql.DB) *App {
	key := os.Getenv("SESSION_KEY")
	if key == "" {
		key = "dev-session-key-please-change-0001" // WANT: hardcodedsecret
	}
	a := &App{db: db, store: sessions.NewCookieStore([]byte(key)), frontendURL: os.Getenv("FRONTEND_URL")} // WANT: cookieflags, csrf
	a.store.Options.MaxAge = 86400 * 90                                                                    // WANT: noexpiry
	return a
}

func main() {
	db, err := sql.Open("postgres", os.Getenv("DATABASE_URL"))
	if err != nil {
		log.Fatal(err)
	}
	a := NewApp(db)
	r := mux.NewRouter()
	r.HandleFunc("/signin", a.Signin).Methods(http.MethodPost)
	r.HandleFunc("/refresh", a.Refresh).Methods(http.MethodPost)
	r.HandleFunc("/logout", a.Logout).Methods(http.MethodPost)
	r.HandleFunc("/oauth/callback", a.OAuthCallback).Methods(http.MethodGet)
	r.HandleFunc("/password/reset", a.SendReset).Methods(http.MethodPost)
	log.Fatal(http.ListenAndServe(":8000", r))
}

type Credentials struct {
	Username   string `json:"username"`
	Password   string `json:"password"`
	RememberMe bool   `json:"remember_me"`
}

func (a *App) issueJWT(w http.ResponseWriter, username string) (string, error) {
	expirationTime := time.Now().Add(5 * time.Minute)
	claims := &Claims{
		Username:         username,
		RegisteredClaims: jwt.RegisteredClaims{ExpiresAt: jwt.NewNumericDate(expirationTime)},
	}
	tokenString, err := jwt.NewWithClaims(jwt.SigningMethodHS256, claims).SignedString(jwtKey)
	if err != nil {
		return "", err
	}
	http.SetCookie(w, &http.Cookie{ // WANT: cookieflags
		Name:    "token",
		Value:   tokenString,
		Expires: expirationTime,
	})
	return tokenString, nil
}

func (a *App) Signin(w http.ResponseWriter, r *http.Request) {
	var creds Credentials
	if err := json.NewDecoder(r.Body).Decode(&creds); err != nil {
		w.WriteHeader(http.StatusBadRequest)
		return
	}
	var hash []byte
	if err := a.db.QueryRow("SELECT password_hash FROM users WHERE username = $1", creds.Username).Scan(&hash); err != nil ||
		bcrypt.CompareHashAndPassword(hash, []byte(creds.Password)) != nil {
		w.WriteHeader(http.StatusUnauthorized)
		return
	}
	if _, err := a.issueJWT(w, creds.Username); err != nil {
		w.WriteHeader(http.StatusInternalServerError)
		return
	}
	sess, _ := a.store.Get(r, "web")
	sess.Values["username"] = creds.Username
	sess.Save(r, w)

	if creds.RememberMe {
		a.setRememberMe(w, creds.Username)
	}

	id, _ := uuid.NewUUID() // WANT: predictableid
	refreshToken := id.String()
	a.db.Exec("INSERT INTO refresh_tokens (token, username, expires_at) VALUES ($1, $2, $3)", refreshToken, creds.Username, time.Now().Add(7*24*time.Hour))
	json.NewEncoder(w).Encode(map[string]string{"refresh_token": refreshToken})
}

func (a *App) setRememberMe(w http.ResponseWriter, username string) {
	validator := make([]byte, 32)
	if _, err := rand.Read(validator); err != nil {
		return
	}
	selector := uuid.NewString()
	sum := sha256.Sum256(validator)
	a.db.Exec("INSERT INTO remember_tokens (selector, validator_hash, username) VALUES ($1, $2, $3)", selector, hex.EncodeToString(sum[:]), username)
	http.SetCookie(w, &http.Cookie{
		Name:     "remember_me",
		Value:    selector + ":" + hex.EncodeToString(validator),
		Path:     "/",
		Expires:  time.Now().AddDate(1, 0, 0),
		Secure:   true,
		HttpOnly: true,
		SameSite: http.SameSiteLaxMode,
	})
}

func (a *App) Refresh(w http.ResponseWriter, r *http.Request) {
	c, err := r.Cookie("token")
	if err != nil {
		w.WriteHeader(http.StatusUnauthorized)
		return
	}
	claims := &Claims{}
	tkn, err := jwt.ParseWithClaims(c.Value, claims, func(*jwt.Token) (any, error) { return jwtKey, nil })
	if err != nil || !tkn.Valid {
		w.WriteHeader(http.StatusUnauthorized)
		return
	}
	a.issueJWT(w, claims.Username)
}

func (a *App) Logout(w http.ResponseWriter, r *http.Request) {
	http.SetCookie(w, &http.Cookie{Name: "token", Value: "", Path: "/", MaxAge: -1})
	sess, _ := a.store.Get(r, "web")
	sess.Options.MaxAge = -1
	sess.Save(r, w)
	w.WriteHeader(http.StatusNoContent)
}

// OAuthCallback finishes the social login and hands the token to the SPA.
func (a *App) OAuthCallback(w http.ResponseWriter, r *http.Request) {
	username := r.URL.Query().Get("login") // (provider exchange elided)
	tokenString, err := a.issueJWT(w, username)
	if err != nil {
		w.WriteHeader(http.StatusInternalServerError)
		return
	}
	http.Redirect(w, r, a.frontendURL+"/auth/callback?token="+tokenString, http.StatusFound) // WANT: sessioninurl
}

func (a *App) SendReset(w http.ResponseWriter, r *http.Request) {
	tok := rand.Text()
	a.db.Exec("INSERT INTO password_resets (token_hash, email) VALUES ($1, $2)", sha256Hex(tok), r.FormValue("email"))
	link := a.frontendURL + "/reset?token=" + tok
	log.Printf("reset link for %s: %s", r.FormValue("email"), link)
	w.WriteHeader(http.StatusAccepted)
}

func sha256Hex(s string) string {
	sum := sha256.Sum256([]byte(s))
	return hex.EncodeToString(sum[:])
}
