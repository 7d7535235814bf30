package sqlplain

import (
	"context"
	"crypto/pbkdf2"
	"crypto/rand"
	"crypto/sha256"
	"database/sql"
	"encoding/base64"
)

type userStore struct{ db *sql.DB }

// Create stores what it is given; callers must hash first.
func (s *userStore) Create(ctx context.Context, email, password string) error { // want Create:"storesPassword\\(2\\)"
	_, err := s.db.ExecContext(ctx, "INSERT INTO users (email, password) VALUES ($1, $2)", email, password) // want `password written to the database in plaintext, so`
	return err
}

// UpdatePassword is only ever given a hash by its caller.
func (s *userStore) UpdatePassword(ctx context.Context, id int64, password string) error { // want UpdatePassword:"storesPassword\\(2\\)"
	_, err := s.db.ExecContext(ctx, "UPDATE users SET password = $1 WHERE id = $2", password, id)
	return err
}

// SetHash is named after what it stores.
func (s *userStore) SetHash(ctx context.Context, id int64, hash string) error {
	_, err := s.db.ExecContext(ctx, "UPDATE users SET password_hash = $1 WHERE id = $2", hash, id)
	return err
}

func hashPasswordPBKDF2(password string) (string, error) {
	salt := make([]byte, 16)
	if _, err := rand.Read(salt); err != nil {
		return "", err
	}
	key, err := pbkdf2.Key(sha256.New, password, salt, 600000, 32)
	if err != nil {
		return "", err
	}
	return base64.RawStdEncoding.EncodeToString(salt) + "$" + base64.RawStdEncoding.EncodeToString(key), nil
}
