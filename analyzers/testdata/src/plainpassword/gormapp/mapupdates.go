package gormapp

import (
	"crypto/sha256"
	"encoding/hex"

	"golang.org/x/crypto/bcrypt"
)

func sha(pw string) string {
	sum := sha256.Sum256([]byte(pw + "salt"))
	return hex.EncodeToString(sum[:])
}

// UpdateUser fills the update map key by key; the password gets one fast
// SHA-256.
func (h *Handler) UpdateUser(id uint, name, password *string) {
	updates := make(map[string]interface{})
	if name != nil {
		updates["username"] = *name
	}
	if password != nil {
		updates["passwd"] = sha(*password)
	}
	h.DB.Model(&User{}).Where("id = ?", id).Updates(updates) // want `password`
}

// UpdateUserSafe hashes with bcrypt; a token map key is no password.
func (h *Handler) UpdateUserSafe(id uint, password string, apiToken string) {
	updates := map[string]interface{}{}
	hash, _ := bcrypt.GenerateFromPassword([]byte(password), bcrypt.DefaultCost)
	updates["password"] = string(hash)
	updates["api_token"] = apiToken
	h.DB.Model(&User{}).Where("id = ?", id).Updates(updates)
}

// ChangePassword starts from a literal and adds the password later.
func (h *Handler) ChangePassword(id uint, newPassword string) { // want ChangePassword:"storesPassword\\(1\\)"
	updates := map[string]interface{}{"must_change": false}
	updates["password"] = newPassword // want `password written to the database in plaintext`
	h.DB.Model(&User{}).Where("id = ?", id).Updates(updates)
}
