package session

import "time"

// SetClock replaces the Manager's clock, for timeout tests.
func SetClock(m *Manager, now func() time.Time) { m.now = now }
