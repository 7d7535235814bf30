package main

import (
	"crypto/subtle"
	"os"
	"strconv"
	"time"

	"github.com/gofiber/fiber/v2"
	"golang.org/x/crypto/bcrypt"
)

type loginForm struct {
	Email    string `form:"email"`
	Password string `form:"password"`
	Remember bool   `form:"remember"`
}

type user struct {
	ID           int64
	Email        string
	PasswordHash []byte
}

func findUser(email string) (*user, error) { return &user{ID: 1, Email: email}, nil }

func home(c *fiber.Ctx) error {
	sess, err := store.Get(c)
	if err != nil {
		return err
	}
	return c.JSON(fiber.Map{"user": sess.Get("user_id")})
}

func login(c *fiber.Ctx) error {
	var f loginForm
	if err := c.BodyParser(&f); err != nil {
		return fiber.ErrBadRequest
	}
	u, err := findUser(f.Email)
	if err != nil || bcrypt.CompareHashAndPassword(u.PasswordHash, []byte(f.Password)) != nil {
		return fiber.ErrUnauthorized
	}
	sess, err := store.Get(c)
	if err != nil {
		return err
	}
	if err := sess.Regenerate(); err != nil {
		return err
	}
	sess.Set("user_id", u.ID)
	sess.Set("password_changed_at", time.Now().Unix())
	if f.Remember {
		c.Cookie(&fiber.Cookie{ // WANT: cookieflags
			Name:     "remember_token",
			Value:    strconv.FormatInt(time.Now().UnixNano(), 36), // WANT: predictableid
			Expires:  time.Now().Add(30 * 24 * time.Hour),
			HTTPOnly: true,
		})
	}
	return sess.Save()
}

// magicLogin is hit from the e-mail link after the token has been verified.
func magicLogin(c *fiber.Ctx) error {
	uid, err := strconv.ParseInt(c.FormValue("uid"), 10, 64)
	if err != nil {
		return fiber.ErrBadRequest
	}
	if !verifyMagicToken(uid, c.FormValue("token")) {
		return fiber.ErrUnauthorized
	}
	sess, err := store.Get(c)
	if err != nil {
		return err
	}
	sess.Set("user_id", uid) // WANT: fixation
	return sess.Save()
}

func verifyMagicToken(uid int64, tok string) bool { return tok != "" && uid > 0 }

func logout(c *fiber.Ctx) error {
	sess, err := store.Get(c)
	if err != nil {
		return err
	}
	return sess.Destroy()
}

type checkoutForm struct {
	CardNumber string `form:"card_number"`
	Expiry     string `form:"expiry"`
	CVV        string `form:"cvv"`
}

func checkout(c *fiber.Ctx) error {
	var f checkoutForm
	if err := c.BodyParser(&f); err != nil {
		return fiber.ErrBadRequest
	}
	sess, err := store.Get(c)
	if err != nil {
		return err
	}
	// keep the card around for the 3-D Secure round trip
	sess.Set("card_number", f.CardNumber) // WANT: sensitivedata
	sess.Set("card_last4", f.CardNumber[len(f.CardNumber)-4:])
	sess.Set("checkout_started", time.Now().Unix())
	return sess.Save()
}

func setTheme(c *fiber.Ctx) error {
	c.Cookie(&fiber.Cookie{
		Name:    "theme",
		Value:   c.FormValue("theme", "light"),
		Expires: time.Now().Add(365 * 24 * time.Hour),
	})
	return c.SendStatus(fiber.StatusNoContent)
}

func adminLogin(c *fiber.Ctx) error {
	want := os.Getenv("ADMIN_PASSWORD")
	if subtle.ConstantTimeCompare([]byte(c.FormValue("password")), []byte(want)) != 1 {
		return fiber.ErrUnauthorized
	}
	sess, err := adminStore.Get(c)
	if err != nil {
		return err
	}
	if err := sess.Regenerate(); err != nil {
		return err
	}
	sess.Set("admin", true)
	return sess.Save()
}

func adminLogout(c *fiber.Ctx) error {
	sess, err := adminStore.Get(c)
	if err != nil {
		return err
	}
	sess.Delete("admin") // WANT: logout
	return sess.Save()
}
