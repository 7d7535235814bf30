module example.com/vulnapp

go 1.26

require (
	github.com/alexedwards/scs/v2 v2.9.0
	github.com/gorilla/securecookie v1.1.2
)
