package scs

import (
	"fmt"
	"math/rand"
	"net/http"
	"time"

	"github.com/alexedwards/scs/v2"
)

var sm = scs.New()

func form(w http.ResponseWriter, r *http.Request) {
	sm.Put(r.Context(), "csrf_token", fmt.Sprint(rand.Int63())) // want `CSRF token comes from math/rand`
	sm.Put(r.Context(), "flash", fmt.Sprint(rand.Int63()))
	sm.Put(r.Context(), "last_seen", time.Now().Unix())
}
