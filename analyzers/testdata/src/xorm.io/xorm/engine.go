// Package xorm is a test stub of xorm.io/xorm@v1.3.2.
package xorm

// Engine is the major struct of xorm.
type Engine struct{}

func (engine *Engine) Insert(beans ...interface{}) (int64, error) { return 0, nil }
func (engine *Engine) InsertOne(bean interface{}) (int64, error)  { return 0, nil }
func (engine *Engine) Update(bean interface{}, condiBeans ...interface{}) (int64, error) {
	return 0, nil
}
