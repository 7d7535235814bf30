package main

import (
	"github.com/gofiber/fiber/v3"
	"github.com/gofiber/fiber/v3/middleware/session"
	"golang.org/x/crypto/bcrypt"
)

type credentials struct {
	Username string `json:"username"`
	Password string `json:"password"`
}

type account struct {
	ID       string
	Hash     []byte
	Verified bool
}

func lookup(username string) (*account, bool) { return &account{ID: username}, true }

func dashboard(c fiber.Ctx) error {
	sess := session.FromContext(c)
	uid, ok := sess.Get("uid").(string)
	if !ok {
		return c.Redirect().To("/login")
	}
	return c.JSON(fiber.Map{"uid": uid})
}

func login(c fiber.Ctx) error {
	var in credentials
	if err := c.Bind().JSON(&in); err != nil {
		return fiber.ErrBadRequest
	}
	acct, ok := lookup(in.Username)
	if !ok || bcrypt.CompareHashAndPassword(acct.Hash, []byte(in.Password)) != nil {
		return fiber.ErrUnauthorized
	}
	sess := session.FromContext(c)
	if err := sess.Regenerate(); err != nil {
		return err
	}
	sess.Set("uid", acct.ID)
	sess.Set("mfa_pending", !acct.Verified)
	return c.SendStatus(fiber.StatusNoContent)
}

func ssoCallback(c fiber.Ctx) error {
	sess := session.FromContext(c)
	if c.Query("state") != sess.Get("oauth_state") {
		return fiber.ErrForbidden
	}
	subject, err := exchangeCode(c.Query("code"))
	if err != nil {
		return fiber.ErrUnauthorized
	}
	sess.Delete("oauth_state")
	sess.Set("uid", subject) // WANT: fixation
	return c.Redirect().To("/")
}

func exchangeCode(code string) (string, error) { return "sub-" + code, nil }

func logout(c fiber.Ctx) error {
	sess := session.FromContext(c)
	if err := sess.Destroy(); err != nil {
		return err
	}
	return c.Redirect().To("/login")
}

// signOut is used by the account switcher: drop the current identity.
func signOut(c fiber.Ctx) error {
	sess := session.FromContext(c)
	sess.Delete("uid") // WANT: logout
	return c.Redirect().To("/login")
}

type taxForm struct {
	SSN       string `json:"ssn"`
	Confirmed bool   `json:"confirmed"`
}

func saveTaxInfo(c fiber.Ctx) error {
	var f taxForm
	if err := c.Bind().JSON(&f); err != nil {
		return fiber.ErrBadRequest
	}
	sess := session.FromContext(c)
	sess.Set("ssn", f.SSN) // WANT: sensitivedata
	sess.Set("ssn_confirmed", f.Confirmed)
	return c.SendStatus(fiber.StatusAccepted)
}
