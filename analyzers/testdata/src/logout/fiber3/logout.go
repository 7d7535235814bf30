package fiber3

import (
	"github.com/gofiber/fiber/v3"
	"github.com/gofiber/fiber/v3/middleware/session"
)

func Logout(c fiber.Ctx) error {
	sess := session.FromContext(c)
	sess.Delete("userID") // want `logout removes the "userID" key but leaves the session ID valid`
	return nil
}

func LogoutGood(c fiber.Ctx) error { // want LogoutGood:"endsSession"
	sess := session.FromContext(c)
	return sess.Destroy()
}

func LogoutReset(c fiber.Ctx) error { // want LogoutReset:"endsSession"
	sess := session.FromContext(c)
	sess.Delete("userID")
	return sess.Reset()
}
