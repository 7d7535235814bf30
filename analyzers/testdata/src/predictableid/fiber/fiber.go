package fiber

import (
	"time"

	"crypto/rand"
	"encoding/hex"
	fiberv2 "github.com/gofiber/fiber/v2"
	mrand "math/rand/v2"
	"strconv"

	"github.com/gofiber/fiber/v2/middleware/session"
	"github.com/gofiber/fiber/v2/utils"
	session3 "github.com/gofiber/fiber/v3/middleware/session"
)

var s1 = session.New(session.Config{
	KeyGenerator: utils.UUID, // want `session ID comes from a counter \(fiber's utils.UUID adds one to a fixed seed for each ID\)`
})

var s2 = session.New(session.Config{
	KeyGenerator: func() string {
		return strconv.FormatUint(mrand.Uint64(), 36) // want `session ID comes from math/rand`
	},
})

var s3 = session.New(session.Config{KeyGenerator: utils.UUIDv4})

func secureKey() string {
	b := make([]byte, 32)
	rand.Read(b)
	return hex.EncodeToString(b)
}

var s4 = session3.New(session3.Config{KeyGenerator: secureKey})

func remember(c *fiberv2.Ctx) {
	c.Cookie(&fiberv2.Cookie{Name: "remember_token", Value: strconv.FormatInt(time.Now().UnixNano(), 36)}) // want `comes from the current time`
	c.Cookie(&fiberv2.Cookie{Name: "theme", Value: strconv.FormatInt(time.Now().UnixNano(), 36)})
}
