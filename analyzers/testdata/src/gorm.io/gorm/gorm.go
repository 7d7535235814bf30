// Package gorm is a test stub of gorm.io/gorm@v1.31.2 for sessionlint's analyzer tests.
//
// Simplification: the real Dialector interface also has Migrator,
// DataTypeOf, DefaultValueOf, BindVarTo, QuoteTo and Explain (which need the
// schema/clause packages); this stub keeps only Name and Initialize.
package gorm

import (
	"context"
	"database/sql"
	"errors"
	"time"
)

// ErrRecordNotFound record not found error
var ErrRecordNotFound = errors.New("record not found")

// Config GORM config (subset).
type Config struct {
	SkipDefaultTransaction bool
	PrepareStmt            bool
	DryRun                 bool
	NowFunc                func() time.Time
	Dialector
}

// Option gorm option interface
type Option interface {
	Apply(*Config) error
	AfterInitialize(*DB) error
}

func (c *Config) Apply(config *Config) error   { return nil }
func (c *Config) AfterInitialize(db *DB) error { return nil }

// Dialector GORM database dialector (simplified).
type Dialector interface {
	Name() string
	Initialize(*DB) error
}

// Statement statement (subset).
type Statement struct {
	Table string
	Model interface{}
	Dest  interface{}
	SQL   interface{}
	Vars  []interface{}
}

// Session session config when create session with Session() method (subset).
type Session struct {
	DryRun                 bool
	PrepareStmt            bool
	NewDB                  bool
	SkipHooks              bool
	SkipDefaultTransaction bool
	AllowGlobalUpdate      bool
	FullSaveAssociations   bool
	Context                context.Context
}

// DB GORM DB definition
type DB struct {
	*Config
	Error        error
	RowsAffected int64
	Statement    *Statement
	clone        int
}

// DeletedAt is the soft-delete column type.
type DeletedAt sql.NullTime

// Model a basic GoLang struct which includes the following fields: ID,
// CreatedAt, UpdatedAt, DeletedAt.
type Model struct {
	ID        uint `gorm:"primarykey"`
	CreatedAt time.Time
	UpdatedAt time.Time
	DeletedAt DeletedAt `gorm:"index"`
}

// Open initialize db session based on dialector
func Open(dialector Dialector, opts ...Option) (db *DB, err error) {
	return &DB{Config: &Config{Dialector: dialector}, Statement: &Statement{}}, nil
}

func (db *DB) Model(value interface{}) (tx *DB)                          { return db }
func (db *DB) Table(name string, args ...interface{}) (tx *DB)           { return db }
func (db *DB) Select(query interface{}, args ...interface{}) (tx *DB)    { return db }
func (db *DB) Omit(columns ...string) (tx *DB)                           { return db }
func (db *DB) Where(query interface{}, args ...interface{}) (tx *DB)     { return db }
func (db *DB) Not(query interface{}, args ...interface{}) (tx *DB)       { return db }
func (db *DB) Or(query interface{}, args ...interface{}) (tx *DB)        { return db }
func (db *DB) Joins(query string, args ...interface{}) (tx *DB)          { return db }
func (db *DB) Order(value interface{}) (tx *DB)                          { return db }
func (db *DB) Limit(limit int) (tx *DB)                                  { return db }
func (db *DB) Preload(query string, args ...interface{}) (tx *DB)        { return db }
func (db *DB) Attrs(attrs ...interface{}) (tx *DB)                       { return db }
func (db *DB) Assign(attrs ...interface{}) (tx *DB)                      { return db }
func (db *DB) Raw(sql string, values ...interface{}) (tx *DB)            { return db }
func (db *DB) Create(value interface{}) (tx *DB)                         { return db }
func (db *DB) CreateInBatches(value interface{}, batchSize int) (tx *DB) { return db }
func (db *DB) Save(value interface{}) (tx *DB)                           { return db }
func (db *DB) First(dest interface{}, conds ...interface{}) (tx *DB)     { return db }
func (db *DB) Take(dest interface{}, conds ...interface{}) (tx *DB)      { return db }
func (db *DB) Last(dest interface{}, conds ...interface{}) (tx *DB)      { return db }
func (db *DB) Find(dest interface{}, conds ...interface{}) (tx *DB)      { return db }
func (db *DB) FirstOrCreate(dest interface{}, conds ...interface{}) (tx *DB) {
	return db
}
func (db *DB) Update(column string, value interface{}) (tx *DB)       { return db }
func (db *DB) Updates(values interface{}) (tx *DB)                    { return db }
func (db *DB) UpdateColumn(column string, value interface{}) (tx *DB) { return db }
func (db *DB) UpdateColumns(values interface{}) (tx *DB)              { return db }
func (db *DB) Delete(value interface{}, conds ...interface{}) (tx *DB) {
	return db
}
func (db *DB) Count(count *int64) (tx *DB)                    { return db }
func (db *DB) Row() *sql.Row                                  { return nil }
func (db *DB) Rows() (*sql.Rows, error)                       { return nil, nil }
func (db *DB) Scan(dest interface{}) (tx *DB)                 { return db }
func (db *DB) Pluck(column string, dest interface{}) (tx *DB) { return db }
func (db *DB) Transaction(fc func(tx *DB) error, opts ...*sql.TxOptions) (err error) {
	return fc(db)
}
func (db *DB) Begin(opts ...*sql.TxOptions) *DB                { return db }
func (db *DB) Commit() *DB                                     { return db }
func (db *DB) Rollback() *DB                                   { return db }
func (db *DB) Exec(sql string, values ...interface{}) (tx *DB) { return db }
func (db *DB) Session(config *Session) *DB                     { return db }
func (db *DB) WithContext(ctx context.Context) *DB             { return db }
func (db *DB) Debug() (tx *DB)                                 { return db }
func (db *DB) DB() (*sql.DB, error)                            { return nil, nil }
func (db *DB) AutoMigrate(dst ...interface{}) error            { return nil }
