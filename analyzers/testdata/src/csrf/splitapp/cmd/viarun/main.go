package main

import "csrf/splitapp/run"

// The app's server is started by run, which reports the weakness once.
func main() {
	_ = run.Serve()
}
