// Package testgen writes synthetic Go modules for sessionlint's benchmarks:
// many packages of ordinary web handlers, with a few session mistakes among
// much correct code, using only the standard library so that no download is
// needed.
package testgen

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
)

// Module writes a module named example.com/gen into dir with n handler
// packages and a main package that imports them all.
func Module(dir string, n int) error {
	files := map[string]string{
		"go.mod": "module example.com/gen\n\ngo 1.26\n",
	}
	var imports, routes strings.Builder
	for i := range n {
		name := fmt.Sprintf("svc%03d", i)
		files[filepath.Join("internal", name, "handlers.go")] = fmt.Sprintf(handlersTmpl, name)
		files[filepath.Join("internal", name, "store.go")] = fmt.Sprintf(storeTmpl, name)
		fmt.Fprintf(&imports, "\t%q\n", "example.com/gen/internal/"+name)
		fmt.Fprintf(&routes, "\t%s.Register(mux)\n", name)
	}
	files[filepath.Join("cmd", "server", "main.go")] = fmt.Sprintf(mainTmpl, imports.String(), routes.String())
	for name, content := range files {
		p := filepath.Join(dir, name)
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			return err
		}
		if err := os.WriteFile(p, []byte(content), 0o644); err != nil {
			return err
		}
	}
	return nil
}

const mainTmpl = `package main

import (
	"log"
	"net/http"

%s)

func main() {
	mux := http.NewServeMux()
%s	log.Fatal(http.ListenAndServe(":8080", mux))
}
`

const handlersTmpl = `// Package %[1]s is one generated service.
package %[1]s

import (
	"crypto/rand"
	"encoding/hex"
	"encoding/json"
	mathrand "math/rand"
	"net/http"
	"time"
)

type item struct {
	ID    int64  ` + "`json:\"id\"`" + `
	Name  string ` + "`json:\"name\"`" + `
	Price int    ` + "`json:\"price\"`" + `
}

// Register adds the service's routes.
func Register(mux *http.ServeMux) {
	mux.HandleFunc("GET /%[1]s/items", listItems)
	mux.HandleFunc("GET /%[1]s/pick", pick)
	mux.HandleFunc("POST /%[1]s/session", startSession)
}

func listItems(w http.ResponseWriter, r *http.Request) {
	items := []item{{1, "a", 10}, {2, "b", 20}, {3, "c", 30}}
	mathrand.Shuffle(len(items), func(i, j int) { items[i], items[j] = items[j], items[i] })
	w.Header().Set("Content-Type", "application/json")
	_ = json.NewEncoder(w).Encode(items)
}

func pick(w http.ResponseWriter, r *http.Request) {
	time.Sleep(time.Duration(mathrand.Intn(5)) * time.Millisecond) // jitter
	http.SetCookie(w, &http.Cookie{Name: "theme", Value: "dark", Path: "/"})
	w.WriteHeader(http.StatusNoContent)
}

func newSessionID() string {
	b := make([]byte, 32)
	if _, err := rand.Read(b); err != nil {
		panic(err)
	}
	return hex.EncodeToString(b)
}

func startSession(w http.ResponseWriter, r *http.Request) {
	http.SetCookie(w, &http.Cookie{
		Name:     "session_id",
		Value:    newSessionID(),
		Path:     "/",
		Secure:   true,
		HttpOnly: true,
		SameSite: http.SameSiteLaxMode,
		MaxAge:   3600,
	})
	w.WriteHeader(http.StatusCreated)
}
`

const storeTmpl = `package %[1]s

import (
	"database/sql"
	"fmt"
	mathrand "math/rand"
	"net/http"
)

type store struct{ db *sql.DB }

func (s *store) rename(id int64, name string) error {
	_, err := s.db.Exec("UPDATE items SET name = $1 WHERE id = $2", name, id)
	return err
}

// newToken is a planted weakness: a session token from math/rand.
func newToken() string {
	return fmt.Sprintf("%%x", mathrand.Int63())
}

// legacyLogin is a planted weakness: an insecure session cookie.
func legacyLogin(w http.ResponseWriter, r *http.Request) {
	http.SetCookie(w, &http.Cookie{Name: "legacy_session", Value: newToken()})
}

var _ = legacyLogin
`
