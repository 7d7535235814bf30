// Controllers build the rows; the model's wrapper writes them.
package controllers

import (
	"net/http"

	"golang.org/x/crypto/bcrypt"

	"plainpassword/activerecord/models"
)

func Save(r *http.Request) error {
	row := map[string]interface{}{
		"username": r.FormValue("username"),
		"password": models.UserModel.EncodePassword(r.FormValue("password")),
	}
	_, err := models.UserModel.Insert(row) // want `password hashed with MD5`
	return err
}

func Rename(r *http.Request) error {
	row := map[string]interface{}{"username": r.FormValue("new_name")}
	row["password"] = r.FormValue("password")
	return models.UserModel.UpdateByName(r.FormValue("name"), row) // want `password written to the database in plaintext`
}

func SaveHashed(r *http.Request) error { // want SaveHashed:`hashesPassword`
	h, err := bcrypt.GenerateFromPassword([]byte(r.FormValue("password")), 12)
	if err != nil {
		return err
	}
	_, err = models.UserModel.Insert(map[string]interface{}{"username": r.FormValue("username"), "password": string(h)})
	return err
}

// A row without a password.
func Touch(r *http.Request) error {
	return models.UserModel.UpdateByName(r.FormValue("name"), map[string]interface{}{"last_ip": r.RemoteAddr})
}

// A mail server's settings: its password is replayed to the server.
func SaveMailServer(r *http.Request) error {
	_, err := models.UserModel.Insert(map[string]interface{}{
		"host":     r.FormValue("host"),
		"port":     r.FormValue("port"),
		"username": r.FormValue("username"),
		"password": r.FormValue("password"),
	})
	return err
}
