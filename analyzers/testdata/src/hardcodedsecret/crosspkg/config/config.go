package config

import "os"

// SessionSecret is read by the app package.
var SessionSecret = []byte("shared-secret-in-config") // want SessionSecret:"literal"

// Getenv returns the environment variable or def.
func Getenv(key, def string) string { // want Getenv:"returns params"
	if v := os.Getenv(key); v != "" {
		return v
	}
	return def
}

// Fixed returns a constant key.
func Fixed() []byte { return []byte("fixed-key") } // want Fixed:"literal"

// FromEnv reads the key from the environment.
func FromEnv() []byte { return []byte(os.Getenv("KEY")) }

var Port = "8080" // want Port:"literal"
