// Exported methods that store a password parameter are reported where they
// write it, once; their callers live in other packages.
package services

import "github.com/jinzhu/gorm"

type User struct {
	ID       int
	Password string
}

type UserService struct{ db *gorm.DB }

// ChangePass stores the new password as given.
func (s *UserService) ChangePass(id int, newPass string) error { // want ChangePass:"storesPassword\\(1\\)"
	u := User{ID: id}
	u.Password = newPass // want `password written to the database in plaintext`
	return s.db.Save(&u).Error
}

type UserRepository struct{ db *gorm.DB }

// SetPassword stores what the service hashed: a repository's callers decide.
func (r *UserRepository) SetPassword(id int, password string) error { // want SetPassword:"storesPassword\\(1\\)"
	u := User{ID: id, Password: password}
	return r.db.Save(&u).Error
}
