package main

import (
	"net/http"

	"github.com/sessionlint/sessionlint/session"
	"github.com/sessionlint/sessionlint/session/memstore"
)

func main() {
	m, err := session.New(session.Options{Store: memstore.New(memstore.Options{})}) // want `session/memstore keeps sessions in process memory and is meant for tests and development`
	if err != nil {
		panic(err)
	}
	http.ListenAndServe(":8080", m.Handler(http.NewServeMux()))
}
