package session

import (
	"context"
	"errors"
	"fmt"
	"time"
)

// ErrNotFound is returned by a Store when no live record exists under a key:
// it was never created, it was deleted, or it expired. The Manager treats the
// request as anonymous; it is not a store failure.
var ErrNotFound = errors.New("session: record not found")

// ErrExpired is returned by stores that still know about a record whose
// deadline has passed (the memory store, before its sweeper removes it). It
// wraps ErrNotFound, so errors.Is(err, ErrNotFound) holds for both; the
// distinction only serves logging.
var ErrExpired = fmt.Errorf("%w (expired)", ErrNotFound)

// Record is what a Store keeps for one session. Records are addressed by a
// key derived from the session ID (see the Store documentation); the raw ID
// never reaches the store.
type Record struct {
	// UserID is the authenticated user, or "" for an anonymous session.
	UserID string
	// IdleDeadline is when the session ends unless a request extends it.
	IdleDeadline time.Time
	// AbsoluteDeadline is when the session ends regardless of activity.
	AbsoluteDeadline time.Time
	// Binding is a hash of the value returned by Options.Bind when the
	// session was created ("" when no binding is configured).
	Binding string
	// Values holds the JSON encoding of each value put into the session.
	Values map[string][]byte
}

// Expiry is the earlier of the two deadlines: the instant the store may
// forget the record. Stores use it as the record's time to live.
func (r Record) Expiry() time.Time {
	if r.IdleDeadline.Before(r.AbsoluteDeadline) {
		return r.IdleDeadline
	}
	return r.AbsoluteDeadline
}

// CreateOptions modify Store.Create.
type CreateOptions struct {
	// Replace, when not empty, is the key of a record that the same atomic
	// step deletes: this is how a session ID is renewed without a window in
	// which both IDs work or neither does. If no record exists under Replace,
	// Create writes nothing and returns ErrNotFound (the session was ended by
	// a concurrent request and must not be revived).
	Replace string
	// MaxPerUser, when positive and the record has a UserID, limits the
	// number of live sessions of that user: after the write, the oldest ones
	// (earliest AbsoluteDeadline) beyond the limit are deleted.
	MaxPerUser int
}

// Update is a change to an existing record, applied atomically.
type Update struct {
	// IdleDeadline is the new idle deadline. The store also moves the
	// record's time to live to the earlier of it and the absolute deadline.
	IdleDeadline time.Time
	// Set holds values to add or overwrite (JSON encoded).
	Set map[string][]byte
	// Delete lists values to remove.
	Delete []string
}

// Store keeps session records. Implementations must be safe for concurrent
// use. The contract, which internal/storetest checks for every store in this
// module:
//
//   - Keys are opaque strings the Manager derives by hashing session IDs
//     (64 lowercase hex characters). Stores never see a raw session ID, so a
//     leaked store (or a store dump) does not hand out live sessions.
//   - Load returns ErrNotFound (or ErrExpired, which wraps it) when there is
//     no live record. Any other error means the store could not answer; the
//     Manager then fails the request instead of inventing a fresh session.
//   - A record must not outlive Record.Expiry(): stores apply it as a TTL
//     when the record is created and whenever Update moves the idle deadline.
//     The Manager checks both deadlines on every load as well, so a store
//     that removes expired records lazily is still correct.
//   - Create stores a new record (see CreateOptions for renewal and the
//     per-user limit) and indexes it under its UserID for DeleteUser.
//   - Update applies a change only if the record still exists; otherwise it
//     returns ErrNotFound and writes nothing. That is what keeps a request
//     that started before a logout from bringing the session back.
//   - Delete removes a record; deleting a missing record is not an error.
//   - DeleteUser removes every record of a user and returns how many live
//     records it removed.
//   - Success means the write is done: a store never reports success for a
//     write it did not make.
type Store interface {
	Load(ctx context.Context, key string) (Record, error)
	Create(ctx context.Context, key string, rec Record, opts CreateOptions) error
	Update(ctx context.Context, key string, u Update) error
	Delete(ctx context.Context, key string) error
	DeleteUser(ctx context.Context, userID string) (int, error)
}
