// An example program: not production code.
package main

import (
	"net/http"

	"github.com/alexedwards/scs/v2"
)

func main() {
	sm := scs.New()
	http.ListenAndServe(":4000", sm.LoadAndSave(http.NewServeMux()))
}
