package sqlxapp

import (
	"net/http"

	"github.com/jmoiron/sqlx"
	"golang.org/x/crypto/argon2"
)

type Account struct {
	Username string `db:"username"`
	Password string `db:"password"`
	Salt     []byte `db:"salt"`
}

type app struct{ db *sqlx.DB }

func (a *app) signup(w http.ResponseWriter, r *http.Request) {
	acc := Account{Username: r.FormValue("username"), Password: r.FormValue("password")}
	a.db.NamedExec("INSERT INTO accounts (username, password) VALUES (:username, :password)", acc) // want `password written to the database in plaintext`
}

func (a *app) signupHashed(w http.ResponseWriter, r *http.Request) {
	salt := []byte("per-user-salt-from-crypto-rand")
	key := argon2.IDKey([]byte(r.FormValue("password")), salt, 3, 64*1024, 4, 32)
	acc := Account{Username: r.FormValue("username"), Password: string(key), Salt: salt}
	a.db.NamedExec("INSERT INTO accounts (username, password, salt) VALUES (:username, :password, :salt)", acc)
}

func (a *app) rename(w http.ResponseWriter, r *http.Request) {
	acc := Account{Username: r.FormValue("username"), Password: r.FormValue("password")}
	// The statement does not write the password.
	a.db.NamedExec("UPDATE accounts SET username = :username WHERE id = 1", acc)
	a.db.MustExec("UPDATE accounts SET username = $1 WHERE id = 1", r.FormValue("username"))
}
