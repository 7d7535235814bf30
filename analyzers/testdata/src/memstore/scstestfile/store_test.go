package scstestfile

import (
	"testing"

	"github.com/alexedwards/scs/v2"
	"github.com/alexedwards/scs/v2/memstore"
)

func TestSessions(t *testing.T) {
	sm := scs.New()
	sm.Store = memstore.New()
	_ = sm
}

func newTestManager() *scs.SessionManager { return scs.New() }
