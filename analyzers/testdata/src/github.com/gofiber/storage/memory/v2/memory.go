// Package memory is a minimal test stub of github.com/gofiber/storage/memory/v2
// for sessionlint's memstore analyzer tests: an in-process fiber.Storage.
package memory

import (
	"context"
	"time"
)

// Config defines the config for storage.
type Config struct {
	GCInterval time.Duration
}

// Storage interface that is implemented by storage providers.
type Storage struct {
	db map[string][]byte
}

// New creates a new memory storage.
func New(config ...Config) *Storage { return &Storage{db: map[string][]byte{}} }

func (s *Storage) Get(key string) ([]byte, error)                      { return s.db[key], nil }
func (s *Storage) Set(key string, val []byte, exp time.Duration) error { return nil }
func (s *Storage) Delete(key string) error                             { return nil }
func (s *Storage) Reset() error                                        { return nil }
func (s *Storage) Close() error                                        { return nil }

func (s *Storage) GetWithContext(ctx context.Context, key string) ([]byte, error) { return s.Get(key) }
func (s *Storage) SetWithContext(ctx context.Context, key string, val []byte, exp time.Duration) error {
	return nil
}
func (s *Storage) DeleteWithContext(ctx context.Context, key string) error { return nil }
func (s *Storage) ResetWithContext(ctx context.Context) error              { return nil }
