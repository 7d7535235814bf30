package store

import (
	"crypto/sha256"
	"database/sql"
	"encoding/hex"
	"fmt"
	"os"

	"github.com/jmoiron/sqlx"
	"golang.org/x/crypto/pbkdf2"
)

// DSN builds the connection string; the DB password comes from the environment.
func DSN() string {
	return fmt.Sprintf("host=%s user=app password=%s dbname=accounts sslmode=require",
		os.Getenv("DB_HOST"), os.Getenv("DB_PASSWORD"))
}

type Legacy struct {
	SQL *sql.DB
	X   *sqlx.DB
}

// ImportMember copies members from the old forum (it used salted sha256).
func (l *Legacy) ImportMember(email, password string) error {
	sum := sha256.Sum256([]byte("forum-salt:" + password))
	_, err := l.SQL.Exec(`INSERT INTO members (email, password_hash) VALUES ($1, $2)`, email, hex.EncodeToString(sum[:])) // WANT: plainpassword
	return err
}

type Partner struct {
	Name     string `db:"name"`
	Email    string `db:"email"`
	Password string `db:"password"`
}

func (l *Legacy) AddPartner(p Partner) error {
	_, err := l.X.NamedExec(`INSERT INTO partners (name, email, password) VALUES (:name, :email, :password)`, p)
	return err
}

func (l *Legacy) SetPartnerPassword(email, password string, salt []byte) error {
	dk := pbkdf2.Key([]byte(password), salt, 1000, 32, sha256.New) // WANT: plainpassword
	_, err := l.X.Exec(`UPDATE partners SET password = $1 WHERE email = $2`, hex.EncodeToString(dk), email)
	return err
}

func (l *Legacy) CheckPartner(email, password string) (bool, error) {
	var stored string
	if err := l.X.Get(&stored, `SELECT password FROM partners WHERE email = $1 AND password = $2`, email, password); err != nil {
		return false, err
	}
	return stored != "", nil
}

func (l *Legacy) TouchLogin(email string) error {
	_, err := l.SQL.Exec(`UPDATE members SET last_login = now() WHERE email = $1`, email)
	return err
}
