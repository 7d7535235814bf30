// The app's switches live in the shipped config template, Run sits in a
// subpackage and the routes come with an import.
package main

import (
	"csrf/beegoconf/daemon" // want `app uses cookie sessions and registers POST /profile without CSRF protection`
	_ "csrf/beegoconf/routers"
)

func main() { daemon.Start() }
