package main

import (
	"net/http"

	"github.com/alexedwards/scs/v2"
	"github.com/alexedwards/scs/v2/memstore"
)

func main() {
	sm := scs.New()
	sm.Store = memstore.New() // want `scs memstore keeps sessions in process memory`
	http.ListenAndServe(":4000", sm.LoadAndSave(http.NewServeMux()))
}
