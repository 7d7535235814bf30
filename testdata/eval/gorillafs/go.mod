module example.com/gorillafs

go 1.26.0

require (
	github.com/gorilla/mux v1.8.1
	github.com/gorilla/sessions v1.4.0
	github.com/lib/pq v1.12.3
	golang.org/x/crypto v0.58.0
)

require github.com/gorilla/securecookie v1.1.2 // indirect
