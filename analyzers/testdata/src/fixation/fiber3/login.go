package fiber3

import (
	"github.com/gofiber/fiber/v3"
	"github.com/gofiber/fiber/v3/middleware/session"
)

type authService interface {
	Authenticate(email, password string) (string, error)
}

type handlers struct {
	store *session.Store
	auth  authService
}

// Middleware object from session.New(): no Regenerate.
func (h *handlers) Login(c fiber.Ctx) error {
	id, err := h.auth.Authenticate(c.FormValue("email"), c.FormValue("password"))
	if err != nil {
		return c.SendStatus(401)
	}
	sess := session.FromContext(c)
	sess.Set("userID", id) // want `identity written to the session without a new session ID`
	return nil
}

// Middleware object, regenerated.
func (h *handlers) LoginGood(c fiber.Ctx) error {
	id, err := h.auth.Authenticate(c.FormValue("email"), c.FormValue("password"))
	if err != nil {
		return c.SendStatus(401)
	}
	sess := session.FromContext(c)
	if err := sess.Regenerate(); err != nil {
		return err
	}
	sess.Set("userID", id)
	return nil
}

// Store-based session, not regenerated.
func (h *handlers) SignIn(c fiber.Ctx) error {
	id, err := h.auth.Authenticate(c.FormValue("email"), c.FormValue("password"))
	if err != nil {
		return c.SendStatus(401)
	}
	sess, err := h.store.Get(c)
	if err != nil {
		return err
	}
	sess.Set("uid", id) // want `identity written to the session without a new session ID`
	return sess.Save()
}
