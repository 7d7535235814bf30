package main

import (
	"database/sql"
	"log"
	"net/http"
	"os"

	"github.com/gorilla/csrf"
	"github.com/gorilla/mux"

	"example.com/gorillaapp/internal/auth"
)

func main() {
	db, err := sql.Open("mysql", os.Getenv("DSN"))
	if err != nil {
		log.Fatal(err)
	}
	h := &auth.Handler{DB: db, Store: auth.NewStore("/var/lib/app/sessions", []byte(os.Getenv("SESSION_KEY")))}
	r := mux.NewRouter()
	r.HandleFunc("/login", h.Login).Methods(http.MethodPost)
	r.HandleFunc("/logout", h.Logout).Methods(http.MethodPost)
	r.HandleFunc("/register", h.Register).Methods(http.MethodPost)
	r.HandleFunc("/api/token", h.IssueAPIToken).Methods(http.MethodPost)
	protect := csrf.Protect([]byte(os.Getenv("CSRF_KEY")), csrf.Secure(true))
	log.Fatal(http.ListenAndServe(":8080", protect(r)))
}
