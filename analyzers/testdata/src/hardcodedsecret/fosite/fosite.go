package fosite

import (
	"os"
	"time"

	"github.com/ory/fosite"
)

// A literal kept for when the configured key is too short still ships.
func provider(authKey string) *fosite.Config {
	secret := []byte("a-secret-nobody-will-ever-guess") // want `token HMAC secret is a literal in the source`
	if len(authKey) > 64 {
		secret = []byte(authKey[32:64])
	}
	return &fosite.Config{AccessTokenLifespan: 30 * time.Minute, GlobalSecret: secret}
}

func rotated() *fosite.Config {
	return &fosite.Config{
		GlobalSecret:         []byte(os.Getenv("OAUTH_SECRET")),
		RotatedGlobalSecrets: [][]byte{[]byte("the-previous-oauth-secret-32byte")}, // want `token HMAC secret is a literal in the source`
	}
}

// Keys from the environment, and a field that holds no key.
func fromEnv() *fosite.Config {
	return &fosite.Config{GlobalSecret: []byte(os.Getenv("OAUTH_SECRET")), HashCost: 12}
}
