// Package sqlx is a test stub of github.com/jmoiron/sqlx@v1.4.0 for sessionlint's analyzer tests.
package sqlx

import (
	"context"
	"database/sql"
)

// Queryer is an interface used by Get and Select.
type Queryer interface {
	Query(query string, args ...interface{}) (*sql.Rows, error)
	Queryx(query string, args ...interface{}) (*Rows, error)
	QueryRowx(query string, args ...interface{}) *Row
}

// Execer is an interface used by MustExec and LoadFile.
type Execer interface {
	Exec(query string, args ...interface{}) (sql.Result, error)
}

// Ext is a union interface which can bind, query, and exec.
type Ext interface {
	Queryer
	Execer
}

// DB is a wrapper around sql.DB which keeps track of the driverName upon Open.
// Exec/ExecContext/Query/QueryRow come from the embedded *sql.DB.
type DB struct {
	*sql.DB
	Mapper interface{}
}

// Tx is an sqlx wrapper around sql.Tx with extra functionality.
type Tx struct {
	*sql.Tx
}

// Stmt is an sqlx wrapper around sql.Stmt with extra functionality.
type Stmt struct {
	*sql.Stmt
}

// NamedStmt is a prepared statement that executes named queries.
type NamedStmt struct {
	QueryString string
	Stmt        *Stmt
}

// Rows is a wrapper around sql.Rows which caches costly reflect operations.
type Rows struct {
	*sql.Rows
}

func (r *Rows) StructScan(dest interface{}) error         { return nil }
func (r *Rows) MapScan(dest map[string]interface{}) error { return nil }
func (r *Rows) SliceScan() ([]interface{}, error)         { return nil, nil }

// Row is a reimplementation of sql.Row.
type Row struct{}

func (r *Row) Scan(dest ...interface{}) error            { return nil }
func (r *Row) StructScan(dest interface{}) error         { return nil }
func (r *Row) MapScan(dest map[string]interface{}) error { return nil }
func (r *Row) Err() error                                { return nil }

// NewDb returns a new sqlx DB wrapper for a pre-existing *sql.DB.
func NewDb(db *sql.DB, driverName string) *DB { return &DB{DB: db} }

func Open(driverName, dataSourceName string) (*DB, error)    { return &DB{}, nil }
func MustOpen(driverName, dataSourceName string) *DB         { return &DB{} }
func Connect(driverName, dataSourceName string) (*DB, error) { return &DB{}, nil }
func MustConnect(driverName, dataSourceName string) *DB      { return &DB{} }
func ConnectContext(ctx context.Context, driverName, dataSourceName string) (*DB, error) {
	return &DB{}, nil
}

func (db *DB) DriverName() string                                      { return "" }
func (db *DB) Rebind(query string) string                              { return query }
func (db *DB) Unsafe() *DB                                             { return db }
func (db *DB) NamedQuery(query string, arg interface{}) (*Rows, error) { return nil, nil }
func (db *DB) NamedExec(query string, arg interface{}) (sql.Result, error) {
	return nil, nil
}
func (db *DB) Select(dest interface{}, query string, args ...interface{}) error { return nil }
func (db *DB) Get(dest interface{}, query string, args ...interface{}) error    { return nil }
func (db *DB) MustBegin() *Tx                                                   { return &Tx{} }
func (db *DB) Beginx() (*Tx, error)                                             { return &Tx{}, nil }
func (db *DB) Queryx(query string, args ...interface{}) (*Rows, error)          { return nil, nil }
func (db *DB) QueryRowx(query string, args ...interface{}) *Row                 { return &Row{} }
func (db *DB) MustExec(query string, args ...interface{}) sql.Result            { return nil }
func (db *DB) Preparex(query string) (*Stmt, error)                             { return nil, nil }
func (db *DB) PrepareNamed(query string) (*NamedStmt, error)                    { return nil, nil }
func (db *DB) NamedQueryContext(ctx context.Context, query string, arg interface{}) (*Rows, error) {
	return nil, nil
}
func (db *DB) NamedExecContext(ctx context.Context, query string, arg interface{}) (sql.Result, error) {
	return nil, nil
}
func (db *DB) SelectContext(ctx context.Context, dest interface{}, query string, args ...interface{}) error {
	return nil
}
func (db *DB) GetContext(ctx context.Context, dest interface{}, query string, args ...interface{}) error {
	return nil
}
func (db *DB) QueryxContext(ctx context.Context, query string, args ...interface{}) (*Rows, error) {
	return nil, nil
}
func (db *DB) QueryRowxContext(ctx context.Context, query string, args ...interface{}) *Row {
	return &Row{}
}
func (db *DB) MustBeginTx(ctx context.Context, opts *sql.TxOptions) *Tx { return &Tx{} }
func (db *DB) MustExecContext(ctx context.Context, query string, args ...interface{}) sql.Result {
	return nil
}
func (db *DB) BeginTxx(ctx context.Context, opts *sql.TxOptions) (*Tx, error) { return &Tx{}, nil }

func (tx *Tx) DriverName() string         { return "" }
func (tx *Tx) Rebind(query string) string { return query }
func (tx *Tx) NamedQuery(query string, arg interface{}) (*Rows, error) {
	return nil, nil
}
func (tx *Tx) NamedExec(query string, arg interface{}) (sql.Result, error) { return nil, nil }
func (tx *Tx) Select(dest interface{}, query string, args ...interface{}) error {
	return nil
}
func (tx *Tx) Queryx(query string, args ...interface{}) (*Rows, error)       { return nil, nil }
func (tx *Tx) QueryRowx(query string, args ...interface{}) *Row              { return &Row{} }
func (tx *Tx) Get(dest interface{}, query string, args ...interface{}) error { return nil }
func (tx *Tx) MustExec(query string, args ...interface{}) sql.Result         { return nil }
func (tx *Tx) Preparex(query string) (*Stmt, error)                          { return nil, nil }
func (tx *Tx) PrepareNamed(query string) (*NamedStmt, error)                 { return nil, nil }
func (tx *Tx) MustExecContext(ctx context.Context, query string, args ...interface{}) sql.Result {
	return nil
}
func (tx *Tx) QueryxContext(ctx context.Context, query string, args ...interface{}) (*Rows, error) {
	return nil, nil
}
func (tx *Tx) SelectContext(ctx context.Context, dest interface{}, query string, args ...interface{}) error {
	return nil
}
func (tx *Tx) GetContext(ctx context.Context, dest interface{}, query string, args ...interface{}) error {
	return nil
}
func (tx *Tx) QueryRowxContext(ctx context.Context, query string, args ...interface{}) *Row {
	return &Row{}
}
func (tx *Tx) NamedExecContext(ctx context.Context, query string, arg interface{}) (sql.Result, error) {
	return nil, nil
}

func Select(q Queryer, dest interface{}, query string, args ...interface{}) error { return nil }
func Get(q Queryer, dest interface{}, query string, args ...interface{}) error    { return nil }
func MustExec(e Execer, query string, args ...interface{}) sql.Result             { return nil }
func NamedExec(e Ext, query string, arg interface{}) (sql.Result, error)          { return nil, nil }
func NamedQuery(e Ext, query string, arg interface{}) (*Rows, error)              { return nil, nil }
func Named(query string, arg interface{}) (string, []interface{}, error)          { return query, nil, nil }
func In(query string, args ...interface{}) (string, []interface{}, error)         { return query, args, nil }
func Rebind(bindType int, query string) string                                    { return query }
