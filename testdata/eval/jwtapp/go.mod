module example.com/jwtapp

go 1.26.0

require (
	github.com/golang-jwt/jwt/v5 v5.3.1
	github.com/google/uuid v1.6.0
	github.com/gorilla/mux v1.8.1
	github.com/gorilla/sessions v1.4.0
	github.com/lib/pq v1.12.3
	golang.org/x/crypto v0.58.0
)

require github.com/gorilla/securecookie v1.1.2 // indirect
