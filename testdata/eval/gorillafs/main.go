package main

import (
	"database/sql"
	"html/template"
	"log"
	"math/rand/v2"
	"net/http"
	"os"
	"strconv"
	"time"

	"github.com/gorilla/mux"
	"github.com/gorilla/sessions"
	_ "github.com/lib/pq"
	"golang.org/x/crypto/bcrypt"
)

var (
	db    *sql.DB
	tmpl  = template.Must(template.New("page").Parse(`<h1>{{.}}</h1>`))
	store = sessions.NewFilesystemStore(os.TempDir(), []byte("n0t-s0-s3cr3t-k3y-for-sessions!!")) // WANT: hardcodedsecret, csrf
)

func init() {
	store.Options = &sessions.Options{ // WANT: cookieflags
		Path:     "/",
		MaxAge:   60 * 60 * 8,
		HttpOnly: true,
	}
}

func main() {
	var err error
	db, err = sql.Open("postgres", os.Getenv("DATABASE_URL"))
	if err != nil {
		log.Fatal(err)
	}

	r := mux.NewRouter()
	r.HandleFunc("/", home).Methods("GET")
	r.HandleFunc("/signup", signup).Methods("POST")
	r.HandleFunc("/login", login).Methods("POST")
	r.HandleFunc("/logout", logout).Methods("POST")
	r.HandleFunc("/password/forgot", forgotPassword).Methods("POST")
	r.HandleFunc("/settings/theme", setTheme).Methods("POST")
	r.HandleFunc("/signup/step2", signupStep2).Methods("POST")

	srv := &http.Server{Addr: ":8080", Handler: r, ReadHeaderTimeout: 5 * time.Second}
	log.Fatal(srv.ListenAndServe())
}

func home(w http.ResponseWriter, r *http.Request) {
	sess, _ := store.Get(r, "app-session")
	uid, ok := sess.Values["user_id"].(int)
	if !ok {
		http.Redirect(w, r, "/login", http.StatusSeeOther)
		return
	}
	tmpl.Execute(w, "welcome user "+strconv.Itoa(uid))
}

func signup(w http.ResponseWriter, r *http.Request) {
	email := r.FormValue("email")
	hash, err := bcrypt.GenerateFromPassword([]byte(r.FormValue("password")), bcrypt.DefaultCost)
	if err != nil {
		http.Error(w, "server error", http.StatusInternalServerError)
		return
	}
	if _, err := db.Exec(`INSERT INTO users (email, password_hash) VALUES ($1, $2)`, email, hash); err != nil {
		http.Error(w, "could not create user", http.StatusBadRequest)
		return
	}
	http.Redirect(w, r, "/login", http.StatusSeeOther)
}

// signupStep2 is the second page of the legacy multi-step wizard.
func signupStep2(w http.ResponseWriter, r *http.Request) {
	sess, _ := store.Get(r, "app-session")
	sess.Values["signup_email"] = r.FormValue("email")
	sess.Values["signup_password"] = r.FormValue("password") // WANT: sensitivedata
	sess.Save(r, w)
	http.Redirect(w, r, "/signup/step3", http.StatusSeeOther)
}

func login(w http.ResponseWriter, r *http.Request) {
	email, password := r.FormValue("email"), r.FormValue("password")
	var id int
	var hash []byte
	err := db.QueryRow(`SELECT id, password_hash FROM users WHERE email = $1`, email).Scan(&id, &hash)
	if err != nil || bcrypt.CompareHashAndPassword(hash, []byte(password)) != nil {
		// small random delay so failed logins are not trivially timed
		time.Sleep(time.Duration(200+rand.IntN(300)) * time.Millisecond)
		http.Error(w, "invalid credentials", http.StatusUnauthorized)
		return
	}
	sess, _ := store.Get(r, "app-session")
	sess.Values["user_id"] = id // WANT: fixation
	if err := sess.Save(r, w); err != nil {
		http.Error(w, "server error", http.StatusInternalServerError)
		return
	}
	http.Redirect(w, r, "/", http.StatusSeeOther)
}

func logout(w http.ResponseWriter, r *http.Request) {
	sess, _ := store.Get(r, "app-session")
	delete(sess.Values, "user_id") // WANT: logout
	sess.Save(r, w)
	http.Redirect(w, r, "/", http.StatusSeeOther)
}

func setTheme(w http.ResponseWriter, r *http.Request) {
	http.SetCookie(w, &http.Cookie{Name: "theme", Value: r.FormValue("theme"), Path: "/", MaxAge: 365 * 24 * 3600})
	http.Redirect(w, r, "/", http.StatusSeeOther)
}
