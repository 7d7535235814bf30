// Writes through gorm v1, xorm and ent builders.
package ormv1

import (
	"context"
	"crypto/sha256"
	"fmt"
	"net/http"

	"github.com/jinzhu/gorm"
	"golang.org/x/crypto/bcrypt"
	"xorm.io/xorm"

	"plainpassword/ormv1/ent"
)

type User struct {
	Name     string
	Password string
}

func gormV1(db *gorm.DB, r *http.Request) {
	u := User{Name: r.FormValue("name")}
	u.Password = r.FormValue("password")
	db.Save(&u) // want `password written to the database in plaintext`
	h, _ := bcrypt.GenerateFromPassword([]byte(r.FormValue("password")), 12)
	db.Create(&User{Name: "x", Password: string(h)})
}

func seed(db *gorm.DB) {
	db.Create(&User{Name: "admin", Password: "admin"}) // want `a fixed password is written to the database in plaintext`
	db.Create(&User{Name: "nobody", Password: ""})
}

func xormInsert(e *xorm.Engine, r *http.Request) {
	_, _ = e.Insert(&User{Name: "x", Password: r.FormValue("password")}) // want `password written to the database in plaintext`
}

func entCreate(ctx context.Context, uc *ent.UserCreate, r *http.Request) {
	_ = uc.SetName("x").SetPassword(r.FormValue("password")).Save(ctx) // want `password written to the database in plaintext`
	digest := fmt.Sprintf("%x", sha256.Sum256([]byte(r.FormValue("password"))))
	_ = uc.SetPassword(digest).Save(ctx) // want `password hashed with SHA-256`
	h, _ := bcrypt.GenerateFromPassword([]byte(r.FormValue("password")), 12)
	_ = uc.SetPassword(string(h)).Save(ctx)
}
