package main

import (
	"database/sql"
	"errors"

	"golang.org/x/crypto/bcrypt"
)

type userStore struct {
	db *sql.DB
}

type user struct {
	ID           int64
	Email        string
	PasswordHash []byte
}

var errBadCredentials = errors.New("invalid email or password")

func (s *userStore) create(email, password string) error {
	hash, err := bcrypt.GenerateFromPassword([]byte(password), bcrypt.DefaultCost)
	if err != nil {
		return err
	}
	_, err = s.db.Exec("INSERT INTO users (email, password_hash) VALUES ($1, $2)", email, hash)
	return err
}

func (s *userStore) authenticate(email, password string) (*user, error) {
	var u user
	err := s.db.QueryRow("SELECT id, email, password_hash FROM users WHERE email = $1", email).Scan(&u.ID, &u.Email, &u.PasswordHash)
	if err != nil {
		return nil, errBadCredentials
	}
	if bcrypt.CompareHashAndPassword(u.PasswordHash, []byte(password)) != nil {
		return nil, errBadCredentials
	}
	return &u, nil
}
