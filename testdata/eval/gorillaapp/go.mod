module example.com/gorillaapp

go 1.26.0

require (
	github.com/gorilla/csrf v1.7.3
	github.com/gorilla/mux v1.8.1
	github.com/gorilla/sessions v1.4.0
	golang.org/x/crypto v0.58.0
)

require github.com/gorilla/securecookie v1.1.2 // indirect
