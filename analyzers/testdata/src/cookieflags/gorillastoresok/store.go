package gorillastoresok

import (
	"net/http"
	"os"

	"github.com/boj/redistore"
)

func store() *redistore.RediStore {
	s, _ := redistore.NewRediStore(10, "tcp", ":6379", "", "", []byte(os.Getenv("SESSION_KEY")))
	s.Options.Secure = true
	s.Options.HttpOnly = true
	s.Options.SameSite = http.SameSiteLaxMode
	return s
}
