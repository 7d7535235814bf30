// Package gorm is a test stub of github.com/jinzhu/gorm@v1.9.16 (gorm v1).
package gorm

// DB contains information for the current db connection.
type DB struct{ Error error }

func (s *DB) Create(value interface{}) *DB                                 { return s }
func (s *DB) Save(value interface{}) *DB                                   { return s }
func (s *DB) Model(value interface{}) *DB                                  { return s }
func (s *DB) Update(attrs ...interface{}) *DB                              { return s }
func (s *DB) Updates(values interface{}, ignoreProtectedAttrs ...bool) *DB { return s }
func (s *DB) Where(query interface{}, args ...interface{}) *DB             { return s }
func (s *DB) First(out interface{}, where ...interface{}) *DB              { return s }
