// Package models hashes passwords in a gorm hook.
package models

import (
	"github.com/sessionlint/sessionlint/session/password"
	"gorm.io/gorm"
)

type User struct {
	ID       uint
	Email    string `json:"email"`
	Password string `json:"password"`
}

// BeforeSave replaces the plaintext password with its argon2id hash.
func (u *User) BeforeSave(tx *gorm.DB) error { // want BeforeSave:"hashesPassword"
	if u.Password == "" {
		return nil
	}
	h, err := password.Hash(u.Password)
	if err != nil {
		return err
	}
	u.Password = h
	return nil
}

// Member has no hook.
type Member struct {
	ID       uint
	Password string `json:"password"`
}
