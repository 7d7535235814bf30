package main

import (
	"net/http"
	"os"

	"github.com/go-chi/chi/v5"
	"github.com/gorilla/sessions"
)

var store = sessions.NewCookieStore([]byte(os.Getenv("K"))) // want `app uses cookie sessions and registers POST /a, POST /b, PUT /c, PATCH /d, DELETE /e and 2 more without CSRF protection`

func h(w http.ResponseWriter, r *http.Request) {}

func main() {
	r := chi.NewRouter()
	r.Get("/", h)
	r.Post("/a", h)
	r.Post("/b", h)
	r.Put("/c", h)
	r.Patch("/d", h)
	r.Delete("/e", h)
	r.Post("/f", h)
	r.Method("DELETE", "/g", http.HandlerFunc(h))
	http.ListenAndServe(":8080", r)
}
