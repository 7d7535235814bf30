package model

import (
	"time"

	"golang.org/x/crypto/bcrypt"
	"gorm.io/gorm"
)

type User struct {
	ID        uint `gorm:"primaryKey"`
	Email     string
	Password  string
	CreatedAt time.Time
}

// BeforeCreate hashes the password so callers can never persist it in clear.
func (u *User) BeforeCreate(tx *gorm.DB) error {
	h, err := bcrypt.GenerateFromPassword([]byte(u.Password), bcrypt.DefaultCost)
	if err != nil {
		return err
	}
	u.Password = string(h)
	return nil
}

type Operator struct {
	ID       uint `gorm:"primaryKey"`
	Login    string
	Password string
	Role     string
}

type PasswordReset struct {
	ID        uint `gorm:"primaryKey"`
	UserID    uint
	TokenHash string
	ExpiresAt time.Time
}

type AuditEntry struct {
	ID     uint `gorm:"primaryKey"`
	Actor  uint
	Action string
}
