package main

import (
	"flag"
	"net/http"

	"github.com/sessionlint/sessionlint/session"
	"github.com/sessionlint/sessionlint/session/memstore"
)

var dev = flag.Bool("dev", false, "development mode")

func newDevStore() session.Store { return memstore.New(memstore.Options{}) }

func main() {
	flag.Parse()
	var store session.Store
	if *dev {
		store = memstore.New(memstore.Options{})
	}
	m, _ := session.New(session.Options{Store: store})
	http.ListenAndServe(":8080", m.Handler(http.NewServeMux()))
}
