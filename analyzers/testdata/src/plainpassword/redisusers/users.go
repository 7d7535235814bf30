// Users kept in Redis hashes.
package redisusers

import (
	"crypto/sha256"
	"encoding/hex"

	"github.com/gomodule/redigo/redis"
	"golang.org/x/crypto/bcrypt"
)

type User struct {
	ID   string
	conn redis.Conn
}

func (u User) hashPassword(password string) string {
	h := sha256.Sum256([]byte(password + u.ID))
	return hex.EncodeToString(h[:])
}

func (u User) Create(password string) error {
	u.conn.Send("MULTI")
	u.conn.Send("HSETNX", "users", u.ID, u.hashPassword(password)) // want `password hashed with SHA-256`
	u.conn.Send("HSETNX", "tokens", u.ID, "")
	_, err := u.conn.Do("EXEC")
	return err
}

func (u User) ChangePassword(password string) error { // want ChangePassword:`storesPassword\(0\)`
	_, err := u.conn.Do("HSET", "users", u.ID, password) // want `password written to Redis in plaintext`
	return err
}

func (u User) ChangePasswordSafely(password string) error { // want ChangePasswordSafely:`hashesPassword`
	h, err := bcrypt.GenerateFromPassword([]byte(password), 12)
	if err != nil {
		return err
	}
	_, err = u.conn.Do("HSET", "users", u.ID, string(h))
	return err
}

// A read and a value that is no password.
func (u User) Touch(lastSeen string) error {
	if _, err := u.conn.Do("HGET", "users", u.ID); err != nil {
		return err
	}
	_, err := u.conn.Do("HSET", "seen", u.ID, lastSeen)
	return err
}
