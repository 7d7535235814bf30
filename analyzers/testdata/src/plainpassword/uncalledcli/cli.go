// Package uncalledcli calls a storer already reported at its write, through
// a helper of its own: the write is not reported again here.
package uncalledcli

import (
	"database/sql"
	"flag"

	users "plainpassword/uncalled"
)

func resetUser(db *sql.DB, username, password string) {
	users.CreateUser(db, username, password)
}

func run(db *sql.DB) {
	user := flag.String("user", "admin", "user name")
	pass := flag.String("password", "", "new password")
	flag.Parse()
	resetUser(db, *user, *pass)
}
