// The app's model wraps the query builder and takes rows as maps.
package models

import (
	"crypto/md5"
	"encoding/hex"
	"strings"

	"github.com/snail007/go-activerecord/mysql"
)

var DB = &mysql.DB{}

type User struct{}

var UserModel = &User{}

func (u *User) EncodePassword(password string) (passwordHash string) { // want EncodePassword:`hashesPassword\(MD5\)`
	hasher := md5.New()
	hasher.Write([]byte(password))
	passwordHash = strings.ToLower(hex.EncodeToString(hasher.Sum(nil)))
	return
}

func (u *User) Insert(row map[string]interface{}) (int64, error) { // want Insert:`storesPassword\(0.\[row\]\)`
	rs, err := DB.Exec(DB.AR().Insert("user", row))
	if err != nil {
		return 0, err
	}
	return rs.LastInsertId, nil
}

func (u *User) UpdateByName(name string, row map[string]interface{}) error { // want UpdateByName:`storesPassword\(1.\[row\]\)`
	_, err := DB.Exec(DB.AR().Update("user", row, map[string]interface{}{"username": name}))
	return err
}
