package main

import (
	"net/http"
	"os"

	"github.com/alexedwards/scs/v2"
	"github.com/alexedwards/scs/v2/memstore"
)

func main() {
	sm := scs.New() // want `scs session manager keeps sessions in process memory`
	if os.Getenv("APP_ENV") == "development" {
		// Only development opts in explicitly; production still falls
		// back to the default memstore.
		sm.Store = memstore.NewWithCleanupInterval(0)
	}
	http.ListenAndServe(":4000", sm.LoadAndSave(http.NewServeMux()))
}
