package recoverykey

import (
	"crypto/rand"
	"os"
	"time"
)

type JWTConfig struct{ Key string }

type CacheConfig struct{ Key string }

type Config struct {
	JWT   JWTConfig
	Cache CacheConfig
}

// Install writes the first configuration: a signing key made from the
// install time can be guessed.
func Install() Config {
	return Config{
		JWT:   JWTConfig{Key: time.Now().String()}, // want `JWT signing key comes from the current time`
		Cache: CacheConfig{Key: time.Now().String()},
	}
}

func InstallGood() Config {
	return Config{JWT: JWTConfig{Key: rand.Text()}, Cache: CacheConfig{Key: os.Getenv("CACHE")}}
}
