// The app renders gorilla/csrf's token field into its forms but never
// applies csrf.Protect, so nothing checks the token.
package main

import (
	"html/template"
	"net/http"
	"os"

	"github.com/gorilla/csrf"
	"github.com/gorilla/sessions"
)

var store = sessions.NewCookieStore([]byte(os.Getenv("SESSION_KEY"))) // want `app uses cookie sessions and registers POST /notes without CSRF protection`

func main() {
	mux := http.NewServeMux()
	mux.HandleFunc("POST /notes", createNote)
	http.ListenAndServe(":8080", mux)
}

func render(w http.ResponseWriter, r *http.Request, t *template.Template) {
	field := csrf.TemplateField(r)
	t.Funcs(template.FuncMap{"csrfField": func() template.HTML { return field }})
	t.Execute(w, map[string]any{"csrf_hint": "the form carries a token"})
}

func createNote(w http.ResponseWriter, r *http.Request) {
	s, _ := store.Get(r, "session")
	_ = s.Values["userID"]
}
