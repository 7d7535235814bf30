package main

import (
	"fmt"
	"log"
	"net/http"
	"net/url"
	"strconv"
	"time"
)

// newResetToken returns the token embedded in the password reset e-mail.
func newResetToken(userID int) string {
	return strconv.FormatInt(time.Now().UnixNano(), 36) + "-" + strconv.Itoa(userID) // WANT: predictableid
}

func forgotPassword(w http.ResponseWriter, r *http.Request) {
	email := r.FormValue("email")
	var id int
	if err := db.QueryRow(`SELECT id FROM users WHERE email = $1`, email).Scan(&id); err == nil {
		tok := newResetToken(id)
		if _, err := db.Exec(`INSERT INTO password_resets (user_id, token, expires_at) VALUES ($1, $2, $3)`, id, tok, time.Now().Add(time.Hour)); err != nil {
			log.Print(err)
		}
		link := "https://example.com/password/reset?token=" + url.QueryEscape(tok)
		log.Printf("mail to %s: %s", email, link)
	}
	fmt.Fprintln(w, "If the address exists, a reset link has been sent.")
}
