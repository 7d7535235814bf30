package gormapp

import (
	"crypto/rand"
	"crypto/sha256"
	"encoding/hex"

	"github.com/gin-gonic/gin"
	"golang.org/x/crypto/pbkdf2"
	"gorm.io/gorm"
)

// A "$" between salt and key is a separator, not a fixed password.
func setSaltedPassword(db *gorm.DB, id uint, password string) error {
	salt := make([]byte, 16)
	rand.Read(salt)
	key := pbkdf2.Key([]byte(password), salt, 600000, 32, sha256.New)
	return db.Model(&User{}).Where("id = ?", id).Update("password", hex.EncodeToString(salt)+"$"+hex.EncodeToString(key)).Error
}

// A literal and a plaintext password joined are still plaintext.
func setTaggedPassword(db *gorm.DB, c *gin.Context) error {
	return db.Model(&User{}).Where("id = ?", c.Param("id")).Update("password", "plain:"+c.PostForm("password")).Error // want `password written to the database in plaintext`
}

// A literal alone is a fixed password.
func resetToDefault(db *gorm.DB, id uint) error {
	return db.Model(&User{}).Where("id = ?", id).Update("password", "changeme"+"!").Error // want `a fixed password is written to the database in plaintext`
}
