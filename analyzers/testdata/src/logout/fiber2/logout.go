package fiber2

import (
	"github.com/gofiber/fiber/v2"
	"github.com/gofiber/fiber/v2/middleware/session"
)

var store = session.New()

func setup(app *fiber.App) {
	app.Post("/logout", func(c *fiber.Ctx) error {
		sess, err := store.Get(c)
		if err != nil {
			return err
		}
		sess.Delete("user_id") // want `logout removes the "user_id" key but leaves the session ID valid, so a stolen cookie still works; call sess.Destroy\(\) \(or session.Logout\)`
		return sess.Save()
	})
	app.Post("/signout", signOut)
}

func signOut(c *fiber.Ctx) error {
	sess, err := store.Get(c)
	if err != nil {
		return err
	}
	sess.Delete("user_id")
	return sess.Destroy()
}

func LogoutRegenerate(c *fiber.Ctx) error { // want LogoutRegenerate:"endsSession"
	sess, _ := store.Get(c)
	sess.Delete("user_id")
	if err := sess.Regenerate(); err != nil {
		return err
	}
	return sess.Save()
}
