// Package database is an app's own key-value store (a file here; a bolt
// or level database in real apps).
package database

import (
	"encoding/json"
	"os"
	"path/filepath"
)

type Database struct{ dir string }

// Write keeps value under table/key.
func (d *Database) Write(table, key string, value any) error {
	data, err := json.Marshal(value)
	if err != nil {
		return err
	}
	return os.WriteFile(filepath.Join(d.dir, table, key), data, 0o600)
}

func (d *Database) Read(table, key string, v any) error {
	data, err := os.ReadFile(filepath.Join(d.dir, table, key))
	if err != nil {
		return err
	}
	return json.Unmarshal(data, v)
}
