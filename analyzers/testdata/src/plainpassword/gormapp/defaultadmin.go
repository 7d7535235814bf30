package gormapp

import (
	"golang.org/x/crypto/bcrypt"
	"gorm.io/gorm"
)

// FirstOrCreate writes the values Attrs and Assign give when no row matches.
func createAdmin(db *gorm.DB) {
	var u User
	db.Where(User{Email: "admin"}).Attrs(User{Email: "admin", Password: "123456"}).FirstOrCreate(&u) // want `a fixed password is written to the database in plaintext`
}

func createAdminHashed(db *gorm.DB) {
	var u User
	h, _ := bcrypt.GenerateFromPassword([]byte("123456"), bcrypt.DefaultCost)
	db.Where(User{Email: "admin"}).Assign(User{Email: "admin", Password: string(h)}).FirstOrCreate(&u)
}
