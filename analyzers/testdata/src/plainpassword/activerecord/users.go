// Rows written through a query builder that takes them as maps.
package activerecord

import (
	"crypto/md5"
	"encoding/hex"
	"net/http"

	"github.com/snail007/go-activerecord/mysql"
	"golang.org/x/crypto/bcrypt"
)

func encodePassword(password string) string {
	sum := md5.Sum([]byte(password))
	return hex.EncodeToString(sum[:])
}

func changePassword(db *mysql.DB, r *http.Request) error {
	_, err := db.Exec(db.AR().Update("user", map[string]interface{}{
		"password": encodePassword(r.FormValue("new_password")), // want `password hashed with MD5`
	}, map[string]interface{}{"user_id": r.FormValue("user_id")}))
	return err
}

func create(db *mysql.DB, r *http.Request) error {
	_, err := db.Exec(db.AR().Insert("user", map[string]interface{}{"name": r.FormValue("name"), "password": r.FormValue("password")})) // want `password written to the database in plaintext`
	return err
}

func createHashed(db *mysql.DB, r *http.Request) error {
	h, err := bcrypt.GenerateFromPassword([]byte(r.FormValue("password")), 12)
	if err != nil {
		return err
	}
	_, err = db.Exec(db.AR().Insert("user", map[string]interface{}{"name": r.FormValue("name"), "password": string(h)}))
	return err
}

// A password compared in the where clause is read, not written.
func byPassword(db *mysql.DB, r *http.Request) error {
	_, err := db.Exec(db.AR().From("user").Where(map[string]interface{}{"password": encodePassword(r.FormValue("password"))}))
	return err
}
