package scsapp

import (
	"time"

	"github.com/alexedwards/scs/v2"
)

var sm = scs.New()

func init() {
	sm.Lifetime = 365 * 24 * time.Hour // want `scs Lifetime lets the session live for 365 days`
	sm.IdleTimeout = 30 * time.Minute
}

var ok = scs.New()

func init() {
	ok.Lifetime = 7 * 24 * time.Hour
}
