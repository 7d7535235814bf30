package fiber2

import (
	"github.com/gofiber/fiber/v2"
	"github.com/gofiber/fiber/v2/middleware/session"
	"golang.org/x/crypto/bcrypt"
)

var store = session.New()

type user struct {
	ID   int
	Hash []byte
}

func findUser(email string) *user { return &user{} }

func setup(app *fiber.App) {
	app.Post("/login", func(c *fiber.Ctx) error {
		sess, err := store.Get(c)
		if err != nil {
			return err
		}
		u := findUser(c.FormValue("email"))
		if bcrypt.CompareHashAndPassword(u.Hash, []byte(c.FormValue("password"))) != nil {
			return c.SendStatus(401)
		}
		sess.Set("user_id", u.ID) // want `identity written to the session without a new session ID, so an attacker who planted the ID before login inherits the account; call sess.Regenerate\(\) before Set \(or use session.Login\)`
		return sess.Save()
	})
	app.Post("/signin", signIn)
	app.Post("/cart", addToCart)
	app.Post("/signin-fresh", signInFresh)
	app.Post("/signin-backwards", signInBackwards)
	app.Post("/signin-fresh-only", signInFreshOnly)
	app.Post("/signin-not-fresh", signInNotFresh)
}

// Correct: Regenerate first.
func signIn(c *fiber.Ctx) error {
	sess, err := store.Get(c)
	if err != nil {
		return err
	}
	u := findUser(c.FormValue("email"))
	if bcrypt.CompareHashAndPassword(u.Hash, []byte(c.FormValue("password"))) != nil {
		return c.SendStatus(401)
	}
	if err := sess.Regenerate(); err != nil {
		return err
	}
	sess.Set("user_id", u.ID)
	return sess.Save()
}

// Correct: Reset also issues a new ID.
func Login(c *fiber.Ctx) error { // want Login:"renewsSession"
	sess, _ := store.Get(c)
	if err := sess.Reset(); err != nil {
		return err
	}
	sess.Set("username", c.FormValue("username"))
	return sess.Save()
}

// Not a login.
func addToCart(c *fiber.Ctx) error {
	sess, _ := store.Get(c)
	sess.Set("cart", c.FormValue("item"))
	sess.Set("user", "guest")
	return sess.Save()
}

// Correct: a fresh session's ID is new already; a loaded one is renewed.
func signInFresh(c *fiber.Ctx) error {
	sess, err := store.Get(c)
	if err != nil {
		return err
	}
	if !sess.Fresh() {
		if err := sess.Regenerate(); err != nil {
			return err
		}
	}
	u := findUser(c.FormValue("email"))
	if bcrypt.CompareHashAndPassword(u.Hash, []byte(c.FormValue("password"))) != nil {
		return c.SendStatus(401)
	}
	sess.Set("user_id", u.ID)
	return sess.Save()
}

// Wrong: only a fresh session is "renewed", which changes nothing.
func signInBackwards(c *fiber.Ctx) error {
	sess, err := store.Get(c)
	if err != nil {
		return err
	}
	if sess.Fresh() {
		if err := sess.Regenerate(); err != nil {
			return err
		}
	}
	u := findUser(c.FormValue("email"))
	if bcrypt.CompareHashAndPassword(u.Hash, []byte(c.FormValue("password"))) != nil {
		return c.SendStatus(401)
	}
	sess.Set("user_id", u.ID) // want `identity written to the session without a new session ID`
	return sess.Save()
}

func makeToken(id int) (string, error) { return "t", nil }

// The identity first, then a token when one could be made: one login,
// reported at the identity.
func LoginWithToken(c *fiber.Ctx, userID int) error {
	sess, err := store.Get(c)
	if err != nil {
		return err
	}
	sess.Set("user_id", userID) // want `identity written to the session without a new session ID`
	tok, err := makeToken(userID)
	if err == nil {
		sess.Set("user_token", tok)
		sess.Set("token_expiry", 3600)
	}
	return sess.Save()
}

// Correct: the identity is written only into a session made in this
// request, whose ID the server just chose; a planted ID is not fresh.
func signInFreshOnly(c *fiber.Ctx) error {
	u := findUser(c.FormValue("email"))
	if bcrypt.CompareHashAndPassword(u.Hash, []byte(c.FormValue("password"))) != nil {
		return c.SendStatus(401)
	}
	sess, err := store.Get(c)
	if err != nil {
		return err
	}
	if sess.Fresh() {
		sess.Set("user_id", u.ID)
		return sess.Save()
	}
	return nil
}

// Wrong: only a session loaded from the cookie gets the identity.
func signInNotFresh(c *fiber.Ctx) error {
	u := findUser(c.FormValue("email"))
	if bcrypt.CompareHashAndPassword(u.Hash, []byte(c.FormValue("password"))) != nil {
		return c.SendStatus(401)
	}
	sess, err := store.Get(c)
	if err != nil {
		return err
	}
	if !sess.Fresh() {
		sess.Set("user_id", u.ID) // want `identity written to the session without a new session ID`
		return sess.Save()
	}
	return nil
}
