// Package redis is a test stub of github.com/gomodule/redigo@v1.9.3 for sessionlint's analyzer tests.
package redis

import (
	"context"
	"time"
)

// Conn represents a connection to a Redis server.
type Conn interface {
	Close() error
	Err() error
	Do(commandName string, args ...interface{}) (reply interface{}, err error)
	Send(commandName string, args ...interface{}) error
	Flush() error
	Receive() (reply interface{}, err error)
}

// Pool maintains a pool of connections.
type Pool struct {
	Dial                func() (Conn, error)
	DialContext         func(ctx context.Context) (Conn, error)
	TestOnBorrow        func(c Conn, lastUsed time.Time) error
	TestOnBorrowContext func(ctx context.Context, c Conn, lastUsed time.Time) error
	MaxIdle             int
	MaxActive           int
	IdleTimeout         time.Duration
	Wait                bool
	MaxConnLifetime     time.Duration
}

// NewPool creates a new pool. Deprecated: initialize the Pool directly.
func NewPool(newFn func() (Conn, error), maxIdle int) *Pool {
	return &Pool{Dial: newFn, MaxIdle: maxIdle}
}

func (p *Pool) Get() Conn                                    { return nil }
func (p *Pool) GetContext(ctx context.Context) (Conn, error) { return nil, nil }
func (p *Pool) Close() error                                 { return nil }
func (p *Pool) ActiveCount() int                             { return 0 }
func (p *Pool) IdleCount() int                               { return 0 }

// DialOption specifies an option for dialing a Redis server.
type DialOption struct {
	f func()
}

func DialPassword(password string) DialOption { return DialOption{} }
func DialUsername(username string) DialOption { return DialOption{} }
func DialDatabase(db int) DialOption          { return DialOption{} }
func DialUseTLS(useTLS bool) DialOption       { return DialOption{} }

func Dial(network, address string, options ...DialOption) (Conn, error) { return nil, nil }
func DialURL(rawurl string, options ...DialOption) (Conn, error)        { return nil, nil }
func DialURLContext(ctx context.Context, rawurl string, options ...DialOption) (Conn, error) {
	return nil, nil
}

func String(reply interface{}, err error) (string, error) { return "", err }
func Bytes(reply interface{}, err error) ([]byte, error)  { return nil, err }
