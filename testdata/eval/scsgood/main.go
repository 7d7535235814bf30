package main

import (
	"log"
	"net/http"

	"example.com/scsgood/internal/platform"
	"example.com/scsgood/internal/web"
)

func main() {
	cfg := platform.FromEnv()
	app := &web.App{Sessions: platform.NewSessions(cfg), Users: map[string][]byte{}}
	log.Fatal(http.ListenAndServe(":4000", app.Routes()))
}
