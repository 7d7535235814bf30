// Package utils is a stub of github.com/gofiber/fiber/v2/utils (v2.52.15).
package utils

// UUID: a crypto/rand seed read once, then an incrementing counter.
func UUID() string { return "" }

// UUIDv4 returns a random (version 4) UUID from google/uuid.
func UUIDv4() string { return "" }
