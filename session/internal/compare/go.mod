module github.com/sessionlint/sessionlint/session/internal/compare

go 1.26.0

require (
	github.com/alexedwards/scs/v2 v2.9.0
	github.com/sessionlint/sessionlint v0.0.0
)

// The session package under test is the one in this repository.
replace github.com/sessionlint/sessionlint => ../../..
