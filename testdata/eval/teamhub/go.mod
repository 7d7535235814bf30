module example.com/teamhub

go 1.26.0

require (
	github.com/alexedwards/scs/redisstore v0.0.0-20251002162104-209de6e426de
	github.com/alexedwards/scs/v2 v2.9.0
	github.com/gomodule/redigo v1.9.3
	github.com/gorilla/csrf v1.7.3
	golang.org/x/crypto v0.58.0
)

require github.com/gorilla/securecookie v1.1.2 // indirect
