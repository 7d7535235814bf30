// Package store is a repository: it writes what it is given.
package store

import (
	"context"
	"database/sql"
)

type Users struct{ DB *sql.DB }

type NewUser struct {
	Email    string
	Password string
}

// Insert stores the user as given.
func (u *Users) Insert(ctx context.Context, nu NewUser) error { // want Insert:`storesPassword\(1.Password\)`
	_, err := u.DB.ExecContext(ctx, "INSERT INTO users (email, password) VALUES ($1, $2)", nu.Email, nu.Password)
	return err
}
