// A third-party gorilla store starts from its own Options: Path and MaxAge
// only.
package gorillastores

import (
	"os"

	"github.com/boj/redistore"
)

func store() *redistore.RediStore {
	s, _ := redistore.NewRediStore(10, "tcp", ":6379", "", "", []byte(os.Getenv("SESSION_KEY"))) // want `the session cookie of this redistore store \(github.com/boj/redistore defaults\) is sent without Secure, HttpOnly and SameSite`
	return s
}
