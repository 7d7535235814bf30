// Package psql is a persistence layer named after its engine: its methods
// store the hash their callers made, whatever the parameter is called.
package psql

import (
	"context"
	"database/sql"
)

type Postgres struct{ DB *sql.DB }

func (p Postgres) UpdateUserPassword(ctx context.Context, id, newPassword string) error { // want UpdateUserPassword:`storesPassword\(2\)`
	_, err := p.DB.ExecContext(ctx, "UPDATE users SET password = $1 WHERE id = $2", newPassword, id)
	return err
}

// A free function of the package is judged by its parameter's name.
func ResetPassword(ctx context.Context, db *sql.DB, id, password string) error { // want ResetPassword:`storesPassword\(3\)`
	_, err := db.ExecContext(ctx, "UPDATE users SET password = $1 WHERE id = $2", password, id) // want `password written to the database in plaintext`
	return err
}
