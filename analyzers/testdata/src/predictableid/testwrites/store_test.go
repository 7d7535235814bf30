package testwrites

import (
	"fmt"
	"testing"
	"time"
)

func TestOpen(t *testing.T) {
	var cfg Config
	cfg.TablePrefix = fmt.Sprintf("it_%d_", time.Now().UnixNano())
	cfg.TokenSeed = fmt.Sprint(time.Now().UnixNano())
	s := Open(cfg)
	s.Rotate(Config{TokenSeed: fmt.Sprint(time.Now().Unix())})
	_ = s
}
