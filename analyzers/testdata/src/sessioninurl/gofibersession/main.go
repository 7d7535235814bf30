package main

import "github.com/gofiber/session/v2"

var fromQuery = session.New(session.Config{Lookup: "query:sid", Secure: true}) // want `gofiber/session reads its ID from the URL query \("query:sid"\)`

var fromCookie = session.New(session.Config{Lookup: "cookie:sid", Secure: true})

func main() {}
