package main

import (
	"database/sql"
	"errors"
)

// userStore reads and writes the users table.
type userStore struct {
	db *sql.DB
}

type user struct {
	ID       int64
	Email    string
	Password string
}

var errBadCredentials = errors.New("invalid email or password")

func (s *userStore) create(email, password string) error {
	_, err := s.db.Exec("INSERT INTO users (email, password) VALUES ($1, $2)", email, password)
	return err
}

func (s *userStore) authenticate(email, password string) (*user, error) {
	var u user
	err := s.db.QueryRow("SELECT id, email, password FROM users WHERE email = $1", email).Scan(&u.ID, &u.Email, &u.Password)
	if err != nil || u.Password != password {
		return nil, errBadCredentials
	}
	return &u, nil
}
