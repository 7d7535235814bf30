module example.com/scsapp

go 1.26.0

require (
	github.com/alexedwards/scs/postgresstore v0.0.0-20251002162104-209de6e426de
	github.com/alexedwards/scs/v2 v2.9.0
	github.com/lib/pq v1.12.3
	golang.org/x/crypto v0.58.0
)
