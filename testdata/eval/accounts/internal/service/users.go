package service

import (
	"crypto/pbkdf2"
	"crypto/rand"
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"time"

	"example.com/accounts/internal/model"
	"gorm.io/gorm"
)

type Users struct {
	DB *gorm.DB
}

type RegisterInput struct {
	Email    string `json:"email"`
	Password string `json:"password"`
}

func (s *Users) Register(in RegisterInput) (*model.User, error) {
	u := &model.User{Email: in.Email, Password: in.Password}
	if err := s.DB.Create(u).Error; err != nil {
		return nil, err
	}
	s.DB.Create(&model.AuditEntry{Actor: u.ID, Action: "password_set"})
	return u, nil
}

// CreateOperator is used by the support console to add back-office staff.
func (s *Users) CreateOperator(login, password, role string) error {
	op := model.Operator{Login: login, Password: password, Role: role} // WANT: plainpassword
	return s.DB.Create(&op).Error
}

func (s *Users) ChangeOperatorPassword(id uint, newPassword string) error {
	salt := make([]byte, 16)
	if _, err := rand.Read(salt); err != nil {
		return err
	}
	key, err := pbkdf2.Key(sha256.New, newPassword, salt, 600_000, 32)
	if err != nil {
		return err
	}
	enc := hex.EncodeToString(salt) + "$" + hex.EncodeToString(key)
	return s.DB.Model(&model.Operator{}).Where("id = ?", id).Update("password", enc).Error
}

// StartReset stores only the hash of the reset token and returns the link to e-mail.
func (s *Users) StartReset(userID uint) (string, error) {
	raw := make([]byte, 32)
	if _, err := rand.Read(raw); err != nil {
		return "", err
	}
	tok := hex.EncodeToString(raw)
	sum := sha256.Sum256([]byte(tok))
	pr := model.PasswordReset{UserID: userID, TokenHash: hex.EncodeToString(sum[:]), ExpiresAt: time.Now().Add(time.Hour)}
	if err := s.DB.Create(&pr).Error; err != nil {
		return "", err
	}
	return fmt.Sprintf("https://accounts.example.com/reset?token=%s", tok), nil
}
