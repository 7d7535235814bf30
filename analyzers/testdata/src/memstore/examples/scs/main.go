// An example program: people copy examples into production, so they are
// analysed like production code.
package main

import (
	"net/http"

	"github.com/alexedwards/scs/v2"
)

func main() {
	sm := scs.New() // want `scs session manager keeps sessions in process memory`
	http.ListenAndServe(":4000", sm.LoadAndSave(http.NewServeMux()))
}
