// Package users is a data layer whose callers live in other packages.
package users

import "database/sql"

// CreateUser inserts a user; the parameter is the password itself.
func CreateUser(db *sql.DB, username, password string) error { // want CreateUser:`storesPassword\(2\)`
	_, err := db.Exec("INSERT INTO users (username, password) VALUES (?, ?)", username, password) // want `password written to the database in plaintext`
	return err
}

// SetPasswordHash stores what its name says.
func SetPasswordHash(db *sql.DB, id int64, passwordHash string) error {
	_, err := db.Exec("UPDATE users SET password_hash = ? WHERE id = ?", passwordHash, id)
	return err
}

// unexported and never called: dead code stays silent.
func insertUser(db *sql.DB, username, password string) {
	db.Exec("INSERT INTO users (username, password) VALUES (?, ?)", username, password)
}

// Repo is used through an interface by a service that hashes first.
type Repo struct{ db *sql.DB }

func (r *Repo) Insert(username, password string) error { // want Insert:`storesPassword\(1\)`
	_, err := r.db.Exec("INSERT INTO users (username, password) VALUES (?, ?)", username, password)
	return err
}
