package password

import "context"

// Peak returns the most hashes seen running at once and resets it.
func Peak() int64 { return peak.Swap(0) }

// Hold takes kib of the memory budget until release is called.
func Hold(kib uint32) (release func(), err error) { return acquire(context.Background(), kib) }

// Waiting returns how many calls wait for memory.
func Waiting() int64 { return current.Load().waiting.Load() }
