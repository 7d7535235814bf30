// Package fosite is a stub of github.com/ory/fosite: the Config fields
// the rules read.
package fosite

import "time"

type Config struct {
	AccessTokenLifespan  time.Duration
	GlobalSecret         []byte
	RotatedGlobalSecrets [][]byte
	HashCost             int
}
