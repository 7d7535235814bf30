// Package models: a member saves itself with its own Update method.
package models

import (
	"crypto/sha512"
	"encoding/hex"

	"golang.org/x/crypto/bcrypt"

	"xorm.io/xorm"
)

var engine *xorm.Engine

type Member struct {
	ID       int64
	Email    string
	Password string
}

// Update writes the member's columns, the password among them.
func (m *Member) Update(cols ...string) error { // want Update:`storesPassword\(-1.Password\)`
	_, err := engine.Update(m)
	return err
}

// Touch writes only the member's email.
func (m *Member) Touch() error {
	_, err := engine.Update(&Member{Email: m.Email})
	return err
}

// PasswordHash is one round of SHA-512: fast.
func PasswordHash(pw string) string { // want PasswordHash:`hashesPassword\(SHA-512\)`
	s := sha512.Sum512([]byte(pw))
	return hex.EncodeToString(s[:])
}

// Account hashes its own password before it saves itself.
type Account struct {
	ID       int64
	Password string
}

func (a *Account) Insert() error {
	var err error
	if a.Password != "" {
		a.Password, err = hashSlow(a.Password)
		if err != nil {
			return err
		}
	}
	_, err = engine.Insert(a)
	return err
}

func hashSlow(pw string) (string, error) {
	h, err := bcrypt.GenerateFromPassword([]byte(pw), 12)
	return string(h), err
}
