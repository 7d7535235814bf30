// Package mysql is a stub of github.com/snail007/go-activerecord/mysql:
// a query builder whose Insert and Update calls carry the row as a map.
package mysql

type ActiveRecord struct{}

type ResultSet struct{ LastInsertId int64 }

type DB struct{}

func (db *DB) AR() *ActiveRecord                         { return &ActiveRecord{} }
func (db *DB) Exec(ar *ActiveRecord) (*ResultSet, error) { return &ResultSet{}, nil }

func (ar *ActiveRecord) Insert(table string, data map[string]interface{}) *ActiveRecord { return ar }
func (ar *ActiveRecord) Update(table string, data, where map[string]interface{}) *ActiveRecord {
	return ar
}
func (ar *ActiveRecord) From(table string) *ActiveRecord                  { return ar }
func (ar *ActiveRecord) Where(where map[string]interface{}) *ActiveRecord { return ar }
