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

// ErrTooLarge is returned when a value, or a session as a whole, would
// exceed its size limit (Options.MaxValueSize, Options.MaxSessionSize).
// Stores return it when a Change or UpdateValue would make a record's
// values larger than the limit they were given; nothing is written then.
var ErrTooLarge = errors.New("session: too large")

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
	// ForwardTo is set only on a forwarding record: the key of the record
	// that replaced this one (see CreateOptions.ForwardUntil). Such a record
	// keeps the UserID, Binding and Values it had when it was replaced.
	ForwardTo string
}

// Expiry is the earlier of the two deadlines: the instant the store may
// forget the record. Stores use it as the record's time to live.
func (r Record) Expiry() time.Time {
	if r.IdleDeadline.Before(r.AbsoluteDeadline) {
		return r.IdleDeadline
	}
	return r.AbsoluteDeadline
}

// Size is what the size limits measure: the bytes of every value name and
// value. Stores that check Change.MaxSize count the same way.
func (r Record) Size() int { return valuesSize(r.Values) }

func valuesSize(v map[string][]byte) int {
	n := 0
	for k, b := range v {
		n += len(k) + len(b)
	}
	return n
}

// CreateOptions modify Store.Create.
type CreateOptions struct {
	// Replace, when not empty, is the key of a record that the same atomic
	// step retires: this is how a session ID is renewed without a window in
	// which neither ID works. If no live record exists under Replace (or
	// only a forwarding record), Create writes nothing and returns
	// ErrNotFound: the session was ended, or renewed, by a concurrent
	// request, and must not be revived or renewed twice.
	Replace string
	// ForwardUntil, when set with Replace, keeps the replaced record as a
	// forwarding record until this instant (or its own expiry, if earlier)
	// instead of deleting it: its ForwardTo is set to the new key, it leaves
	// the per-user index, Update and UpdateValue refuse it with ErrNotFound,
	// and it cannot be replaced again. The Manager uses it so that requests
	// still carrying the old ID, sent before the browser saw the new cookie,
	// are not logged out (see Options.RotationGrace).
	ForwardUntil time.Time
	// MaxPerUser, when positive and the record has a UserID, limits the
	// number of live sessions of that user: after the write, the oldest ones
	// (earliest AbsoluteDeadline) beyond the limit are deleted.
	MaxPerUser int
}

// Change is a change to an existing record, applied atomically.
type Change struct {
	// IdleDeadline is the new idle deadline. The store also moves the
	// record's time to live to the earlier of it and the absolute deadline.
	IdleDeadline time.Time
	// Set holds values to add or overwrite (JSON encoded).
	Set map[string][]byte
	// Delete lists values to remove.
	Delete []string
	// MaxSize, when positive, bounds the record's Size after the change: a
	// change that would exceed it is refused with ErrTooLarge and nothing
	// is written. A change that does not grow the record is always applied.
	MaxSize int
}

// Listed is one session returned by Store.ListUser.
type Listed struct {
	Key    string
	Record Record
}

// Store keeps session records. Implementations must be safe for concurrent
// use. The contract, which package session/storetest checks for every store
// in this module (run it on yours):
//
//   - Keys are opaque strings the Manager derives by hashing session IDs
//     (64 lowercase hex characters). Stores never see a raw session ID, so a
//     leaked store (or a store dump) does not hand out live sessions.
//   - Load returns ErrNotFound (or ErrExpired, which wraps it) when there is
//     no live record. Any other error means the store could not answer; the
//     Manager then fails the request instead of inventing a fresh session.
//     Load returns forwarding records (Record.ForwardTo set) like any other.
//   - A record must not outlive Record.Expiry(): stores apply it as a TTL
//     when the record is created and whenever Update moves the idle deadline.
//     The Manager checks both deadlines on every load as well, so a store
//     that removes expired records lazily is still correct.
//   - Create stores a new record (see CreateOptions for renewal, forwarding
//     and the per-user limit) and indexes it under its UserID for
//     DeleteUser and ListUser.
//   - Update applies a change only if a live, non-forwarding record exists;
//     otherwise it returns ErrNotFound and writes nothing. That is what keeps
//     a request that started before a logout from bringing the session back.
//     Changes to different values never overwrite each other.
//   - UpdateValue replaces one value atomically: fn receives the stored
//     value (nil when there is none; stored values are JSON, never empty)
//     and returns the new one, or nil to delete it. No other write to that
//     value may happen between the read fn saw and the write of its result.
//     fn may be called more than once (stores using optimistic concurrency
//     retry on conflict), so it must have no side effects. If fn returns an
//     error, nothing is written and UpdateValue returns that error. Like
//     Update it returns ErrNotFound for a missing or forwarding record, and
//     ErrTooLarge when the record would exceed a positive maxSize. It does
//     not move the idle deadline.
//   - Delete removes a record and its index entry; deleting a missing
//     record is not an error.
//   - DeleteUser removes every record of a user and returns how many live
//     sessions it removed.
//   - ListUser returns the live sessions of a user (not forwarding records),
//     oldest AbsoluteDeadline first.
//   - Success means the write is done: a store never reports success for a
//     write it did not make.
type Store interface {
	Load(ctx context.Context, key string) (Record, error)
	Create(ctx context.Context, key string, rec Record, opts CreateOptions) error
	Update(ctx context.Context, key string, c Change) error
	UpdateValue(ctx context.Context, key, name string, maxSize int, fn func(old []byte) ([]byte, error)) ([]byte, error)
	Delete(ctx context.Context, key string) error
	DeleteUser(ctx context.Context, userID string) (int, error)
	ListUser(ctx context.Context, userID string) ([]Listed, error)
}
