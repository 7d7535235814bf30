package jwx

import (
	"os"

	"github.com/lestrrat-go/jwx/v2/jwa"
	"github.com/lestrrat-go/jwx/v2/jwk"
	"github.com/lestrrat-go/jwx/v2/jwt"
)

func sign(t jwt.Token) ([]byte, error) {
	return jwt.Sign(t, jwt.WithKey(jwa.HS256, []byte("jwx-signing-secret"))) // want `JWT signing key is a literal in the source`
}

func signFromEnv(t jwt.Token) ([]byte, error) {
	return jwt.Sign(t, jwt.WithKey(jwa.HS256, []byte(os.Getenv("JWT_KEY"))))
}

func key() (jwk.Key, error) {
	return jwk.FromRaw([]byte("raw-hmac-key")) // want `JWT signing key is a literal in the source`
}
