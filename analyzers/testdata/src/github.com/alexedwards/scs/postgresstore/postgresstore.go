// Package postgresstore is a test stub of github.com/alexedwards/scs/postgresstore@v0.0.0-20251002162104-209de6e426de for sessionlint's analyzer tests.
package postgresstore

import (
	"database/sql"
	"time"
)

// Config defines configuration for the PostgresStore.
type Config struct {
	// CleanUpInterval is the interval between each cleanup operation.
	// If set to 0, the cleanup operation is disabled.
	CleanUpInterval time.Duration
	// TableName defaults to "sessions".
	TableName string
}

// PostgresStore represents the session store (server-side).
type PostgresStore struct {
	db        *sql.DB
	tableName string
}

// New returns a new PostgresStore with a cleanup every 5 minutes and table
// "sessions".
func New(db *sql.DB) *PostgresStore {
	// real default: CleanUpInterval 5*time.Minute, TableName "sessions"
	return NewWithConfig(db, Config{CleanUpInterval: 5 * time.Minute, TableName: "sessions"})
}

// NewWithCleanupInterval returns a new PostgresStore with the given cleanup
// interval (0 disables cleanup).
func NewWithCleanupInterval(db *sql.DB, cleanupInterval time.Duration) *PostgresStore {
	return NewWithConfig(db, Config{CleanUpInterval: cleanupInterval})
}

// NewWithConfig returns a new PostgresStore with the given configuration.
func NewWithConfig(db *sql.DB, config Config) *PostgresStore {
	if config.TableName == "" {
		config.TableName = "sessions"
	}
	return &PostgresStore{db: db, tableName: config.TableName}
}

func (p *PostgresStore) Find(token string) (b []byte, exists bool, err error)  { return nil, false, nil }
func (p *PostgresStore) Commit(token string, b []byte, expiry time.Time) error { return nil }
func (p *PostgresStore) Delete(token string) error                             { return nil }
func (p *PostgresStore) All() (map[string][]byte, error)                       { return nil, nil }
func (p *PostgresStore) StopCleanup()                                          {}
