package main

import (
	"bufio"
	"crypto/subtle"
	"fmt"
	"log"
	"math/rand"
	"net/http"
	"os"
	"strings"
	"sync"
)

type app struct {
	sessions *sessionStore
	mu       sync.Mutex
	users    map[string]string // email -> password, loaded from users.txt
	backends []string
}

func main() {
	a := &app{sessions: newSessionStore(), users: map[string]string{}, backends: []string{"http://10.0.0.2", "http://10.0.0.3"}}
	a.loadUsers()

	mux := http.NewServeMux()
	mux.HandleFunc("POST /login", a.login)
	mux.HandleFunc("POST /logout", a.logout)
	mux.HandleFunc("POST /register", a.register)
	mux.HandleFunc("GET /", a.home)
	mux.HandleFunc("POST /prefs/theme", a.theme)

	cop := http.NewCrossOriginProtection()
	log.Fatal(http.ListenAndServe(":8080", cop.Handler(mux)))
}

func (a *app) loadUsers() {
	f, err := os.Open("users.txt")
	if err != nil {
		return
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		if email, pw, ok := strings.Cut(sc.Text(), ":"); ok {
			a.users[email] = pw
		}
	}
}

func (a *app) register(w http.ResponseWriter, r *http.Request) {
	email, password := r.FormValue("email"), r.FormValue("password")
	f, err := os.OpenFile("users.txt", os.O_APPEND|os.O_CREATE|os.O_WRONLY, 0o600)
	if err != nil {
		http.Error(w, "server error", http.StatusInternalServerError)
		return
	}
	defer f.Close()
	fmt.Fprintf(f, "%s:%s\n", email, password) // WANT: plainpassword
	a.mu.Lock()
	a.users[email] = password
	a.mu.Unlock()
	http.Redirect(w, r, "/", http.StatusSeeOther)
}

func (a *app) login(w http.ResponseWriter, r *http.Request) {
	email, password := r.FormValue("email"), r.FormValue("password")
	a.mu.Lock()
	stored, ok := a.users[email]
	a.mu.Unlock()
	if !ok || subtle.ConstantTimeCompare([]byte(stored), []byte(password)) != 1 {
		http.Error(w, "invalid credentials", http.StatusUnauthorized)
		return
	}
	a.sessions.create(w, email)
	http.Redirect(w, r, "/", http.StatusSeeOther)
}

func (a *app) logout(w http.ResponseWriter, r *http.Request) {
	a.sessions.destroy(w, r)
	http.Redirect(w, r, "/", http.StatusSeeOther)
}

func (a *app) home(w http.ResponseWriter, r *http.Request) {
	sess, ok := a.sessions.get(r)
	if !ok {
		http.Redirect(w, r, "/login.html", http.StatusSeeOther)
		return
	}
	backend := a.backends[rand.Intn(len(a.backends))]
	fmt.Fprintf(w, "hello %s (served via %s)", sess.userID, backend)
}

func (a *app) theme(w http.ResponseWriter, r *http.Request) {
	http.SetCookie(w, &http.Cookie{Name: "theme", Value: r.FormValue("theme"), Path: "/"})
	http.Redirect(w, r, "/", http.StatusSeeOther)
}
