// Package redis is a test stub of github.com/gofiber/storage/redis/v3@v3.4.3 for sessionlint's analyzer tests.
package redis

import (
	"context"
	"crypto/tls"
	"time"
)

// Config defines the config for storage.
type Config struct {
	Host             string
	Port             int
	Username         string
	Password         string
	Database         int
	URL              string
	Addrs            []string
	MasterName       string
	ClientName       string
	SentinelUsername string
	SentinelPassword string
	Reset            bool
	TLSConfig        *tls.Config
	PoolSize         int
	IsClusterMode    bool
}

// ConfigDefault is the default config (real: PoolSize 10*GOMAXPROCS,
// TLSConfig nil, Password "").
var ConfigDefault = Config{
	Host:     "127.0.0.1",
	Port:     6379,
	PoolSize: 10,
}

// Storage interface that is implemented by storage providers
// (satisfies fiber v2 Storage and fiber v3 Storage).
type Storage struct{}

// New creates a new redis storage.
func New(config ...Config) *Storage { return &Storage{} }

func (s *Storage) GetWithContext(ctx context.Context, key string) ([]byte, error) { return nil, nil }
func (s *Storage) Get(key string) ([]byte, error)                                 { return nil, nil }
func (s *Storage) SetWithContext(ctx context.Context, key string, val []byte, exp time.Duration) error {
	return nil
}
func (s *Storage) Set(key string, val []byte, exp time.Duration) error { return nil }
func (s *Storage) DeleteWithContext(ctx context.Context, key string) error {
	return nil
}
func (s *Storage) Delete(key string) error                    { return nil }
func (s *Storage) ResetWithContext(ctx context.Context) error { return nil }
func (s *Storage) Reset() error                               { return nil }
func (s *Storage) Close() error                               { return nil }
func (s *Storage) Keys() ([][]byte, error)                    { return nil, nil }
