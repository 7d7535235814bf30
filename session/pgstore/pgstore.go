// Package pgstore is a session.Store on PostgreSQL (github.com/jackc/pgx/v5),
// for production use.
//
// One table (default "sessions") holds a row per session:
//
//	key                text PRIMARY KEY   hash of the session ID (never the ID)
//	user_id            text               "" for anonymous sessions
//	idle_deadline      timestamptz
//	absolute_deadline  timestamptz
//	expires_at         timestamptz        generated: the earlier deadline
//	binding            text               hash of Options.Bind's value
//	forward_to         text               set on forwarding records only
//	vals               jsonb              value name → JSON text, as a string
//
// with an index on (user_id, absolute_deadline) for LogoutAll, ListUser and
// the per-user limit, and one on expires_at for the cleanup. Create the
// table with CreateTable, or put Schema into your migrations.
//
// Every write is a single statement or a transaction, so it is atomic:
// renewal retires the old row in the transaction that inserts the new one,
// an update never revives a deleted or expired row (it matches only live
// rows), changes to different values are merged inside the database, and
// UpdateValue holds the row lock (SELECT … FOR UPDATE) while fn runs.
// Expired rows are never returned; Cleanup deletes them, and New starts a
// goroutine that runs it every Options.CleanupInterval (stop it with Close).
package pgstore

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"log/slog"
	"regexp"
	"strings"
	"sync"
	"time"
	"unicode/utf8"

	"github.com/jackc/pgx/v5"
	"github.com/jackc/pgx/v5/pgconn"
	"github.com/jackc/pgx/v5/pgxpool"

	"github.com/sessionlint/sessionlint/session"
)

// Options configure a Store.
type Options struct {
	// Table is the table name, optionally schema-qualified (default
	// "sessions"). Give remember-me tokens a table of their own.
	Table string
	// CleanupInterval is how often expired rows are deleted (default five
	// minutes; negative: never, call Cleanup yourself).
	CleanupInterval time.Duration
	// Logger receives cleanup failures (default slog.Default()).
	Logger *slog.Logger
}

// Store is a session.Store backed by PostgreSQL. It is safe for concurrent
// use.
type Store struct {
	pool  *pgxpool.Pool
	table string // quoted
	name  string // as given, for index names
	log   *slog.Logger
	q     queries

	stop    chan struct{}
	stopped sync.Once
	wg      sync.WaitGroup
}

var _ session.Store = (*Store)(nil)

var tableName = regexp.MustCompile(`^([a-z_][a-z0-9_]{0,62}\.)?[a-z_][a-z0-9_]{0,62}$`)

// New returns a Store using pool and starts its cleanup goroutine. The
// caller owns the pool: configure timeouts there, and close it after Close.
func New(pool *pgxpool.Pool, opts Options) (*Store, error) {
	name := opts.Table
	if name == "" {
		name = "sessions"
	}
	if !tableName.MatchString(name) {
		return nil, fmt.Errorf("pgstore: table name %q: use lower-case letters, digits and _, optionally schema.table", name)
	}
	s := &Store{pool: pool, name: name, log: opts.Logger, stop: make(chan struct{})}
	s.table = pgx.Identifier(strings.Split(name, ".")).Sanitize()
	if s.log == nil {
		s.log = slog.Default()
	}
	s.q = newQueries(s.table)
	interval := opts.CleanupInterval
	if interval == 0 {
		interval = 5 * time.Minute
	}
	if interval > 0 {
		s.wg.Add(1)
		go s.cleanupLoop(interval)
	}
	return s, nil
}

// Close stops the cleanup goroutine. The store stays usable.
func (s *Store) Close() {
	s.stopped.Do(func() { close(s.stop) })
	s.wg.Wait()
}

// Schema returns the statements that create the table and its indexes.
// The user index covers anonymous rows too: an index restricted to rows
// with a user would be skipped by generic plans of the prepared
// statements, which cannot prove that the user_id parameter is not empty.
func (s *Store) Schema() string {
	base := s.name[strings.LastIndex(s.name, ".")+1:]
	return fmt.Sprintf(`CREATE TABLE IF NOT EXISTS %[1]s (
	key text PRIMARY KEY,
	user_id text NOT NULL DEFAULT '',
	idle_deadline timestamptz NOT NULL,
	absolute_deadline timestamptz NOT NULL,
	expires_at timestamptz GENERATED ALWAYS AS (LEAST(idle_deadline, absolute_deadline)) STORED,
	binding text NOT NULL DEFAULT '',
	forward_to text,
	vals jsonb NOT NULL DEFAULT '{}'
);
CREATE INDEX IF NOT EXISTS %[2]s ON %[1]s (user_id, absolute_deadline);
CREATE INDEX IF NOT EXISTS %[3]s ON %[1]s (expires_at);
`, s.table, pgx.Identifier{base + "_user_idx"}.Sanitize(), pgx.Identifier{base + "_expires_idx"}.Sanitize())
}

// CreateTable creates the table and its indexes if they do not exist.
func (s *Store) CreateTable(ctx context.Context) error {
	if _, err := s.pool.Exec(ctx, s.Schema()); err != nil {
		return fmt.Errorf("pgstore: creating the table: %w", err)
	}
	return nil
}

func (s *Store) cleanupLoop(interval time.Duration) {
	defer s.wg.Done()
	t := time.NewTicker(interval)
	defer t.Stop()
	for {
		select {
		case <-s.stop:
			return
		case <-t.C:
			ctx, cancel := context.WithTimeout(context.Background(), interval)
			if _, err := s.Cleanup(ctx); err != nil {
				s.log.Warn("pgstore: deleting expired sessions", "error", err)
			}
			cancel()
		}
	}
}

// Cleanup deletes expired rows, in batches so that no statement holds
// many locks, and returns how many it deleted.
func (s *Store) Cleanup(ctx context.Context) (int64, error) {
	var total int64
	for {
		tag, err := s.pool.Exec(ctx, s.q.cleanup, time.Now())
		if err != nil {
			return total, fmt.Errorf("pgstore: cleanup: %w", err)
		}
		total += tag.RowsAffected()
		if tag.RowsAffected() < cleanupBatch {
			return total, nil
		}
	}
}

const cleanupBatch = 1000

// queries are the statements, with the table name filled in.
type queries struct {
	load, insert, retire, forward, lockUser, evict, update string
	selectValue, setValue, deleteValue                     string
	delete, deleteUser, listUser, cleanup                  string
}

// sizeOf is the SQL for the size of a vals expression: the bytes of every
// value name and value, as session.Record.Size counts them.
func sizeOf(expr string) string {
	return "(SELECT coalesce(sum(octet_length(k) + octet_length(v)), 0) FROM jsonb_each_text(" + expr + ") AS e(k, v))"
}

func newQueries(t string) queries {
	return queries{
		load: `SELECT user_id, idle_deadline, absolute_deadline, binding, coalesce(forward_to, ''), vals FROM ` + t + ` WHERE key = $1`,
		insert: `INSERT INTO ` + t + ` (key, user_id, idle_deadline, absolute_deadline, binding, vals) VALUES ($1, $2, $3, $4, $5, $6)
			ON CONFLICT (key) DO UPDATE SET user_id = EXCLUDED.user_id, idle_deadline = EXCLUDED.idle_deadline,
			absolute_deadline = EXCLUDED.absolute_deadline, binding = EXCLUDED.binding, vals = EXCLUDED.vals, forward_to = NULL`,
		retire:   `DELETE FROM ` + t + ` WHERE key = $1 AND forward_to IS NULL AND expires_at > $2`,
		forward:  `UPDATE ` + t + ` SET forward_to = $2, idle_deadline = LEAST(idle_deadline, $3) WHERE key = $1 AND forward_to IS NULL AND expires_at > $4`,
		lockUser: `SELECT pg_advisory_xact_lock(hashtextextended($1, 0))`,
		evict: `DELETE FROM ` + t + ` WHERE key IN (SELECT key FROM ` + t + `
			WHERE user_id = $1 AND forward_to IS NULL AND expires_at > $2 ORDER BY absolute_deadline DESC OFFSET $3)`,
		// One statement: lock the live row, merge the change, and write it
		// unless it grows the values past the limit. It reports whether a
		// row was found and whether it was written.
		update: `WITH cur AS (
				SELECT key, vals AS ov, (vals - $2::text[]) || $3::jsonb AS nv FROM ` + t + `
				WHERE key = $1 AND forward_to IS NULL AND expires_at > $4 FOR UPDATE
			), sized AS (
				SELECT key, nv, ` + sizeOf("nv") + ` AS ns, ` + sizeOf("ov") + ` AS os FROM cur
			), upd AS (
				UPDATE ` + t + ` AS s SET vals = sized.nv, idle_deadline = coalesce($5, s.idle_deadline)
				FROM sized WHERE s.key = sized.key AND ($6 <= 0 OR sized.ns <= $6 OR sized.ns <= sized.os)
				RETURNING 1
			)
			SELECT (SELECT count(*) FROM cur), (SELECT count(*) FROM upd)`,
		selectValue: `SELECT vals ->> $2, ` + sizeOf("vals") + ` FROM ` + t + `
			WHERE key = $1 AND forward_to IS NULL AND expires_at > $3 FOR UPDATE`,
		setValue:    `UPDATE ` + t + ` SET vals = jsonb_set(vals, ARRAY[$2::text], to_jsonb($3::text)) WHERE key = $1`,
		deleteValue: `UPDATE ` + t + ` SET vals = vals - $2::text WHERE key = $1`,
		delete:      `DELETE FROM ` + t + ` WHERE key = $1`,
		deleteUser: `WITH d AS (DELETE FROM ` + t + ` WHERE user_id = $1 RETURNING forward_to IS NULL AND expires_at > $2 AS live)
			SELECT count(*) FILTER (WHERE live) FROM d`,
		listUser: `SELECT key, idle_deadline, absolute_deadline, binding, vals FROM ` + t + `
			WHERE user_id = $1 AND forward_to IS NULL AND expires_at > $2 ORDER BY absolute_deadline`,
		cleanup: `DELETE FROM ` + t + ` WHERE key IN (SELECT key FROM ` + t + ` WHERE expires_at <= $1 LIMIT 1000)`,
	}
}

// encodeValues turns values into the vals column: a JSON object of
// strings, which keeps each value's bytes exactly.
func encodeValues(v map[string][]byte) ([]byte, error) {
	m := make(map[string]string, len(v))
	for k, b := range v {
		if !utf8.Valid(b) || !utf8.ValidString(k) {
			return nil, fmt.Errorf("pgstore: value %q is not UTF-8 text", k)
		}
		m[k] = string(b)
	}
	return json.Marshal(m)
}

func decodeValues(m map[string]string) map[string][]byte {
	v := make(map[string][]byte, len(m))
	for k, s := range m {
		v[k] = []byte(s)
	}
	return v
}

// Load implements session.Store.
func (s *Store) Load(ctx context.Context, key string) (session.Record, error) {
	var r session.Record
	var vals map[string]string
	err := s.pool.QueryRow(ctx, s.q.load, key).Scan(&r.UserID, &r.IdleDeadline, &r.AbsoluteDeadline, &r.Binding, &r.ForwardTo, &vals)
	if errors.Is(err, pgx.ErrNoRows) {
		return session.Record{}, session.ErrNotFound
	}
	if err != nil {
		return session.Record{}, fmt.Errorf("pgstore: load: %w", err)
	}
	if !time.Now().Before(r.Expiry()) {
		return session.Record{}, session.ErrExpired
	}
	r.Values = decodeValues(vals)
	return r, nil
}

// Create implements session.Store.
func (s *Store) Create(ctx context.Context, key string, rec session.Record, opts session.CreateOptions) error {
	vals, err := encodeValues(rec.Values)
	if err != nil {
		return err
	}
	now := time.Now()
	if !now.Before(rec.Expiry()) {
		return errors.New("pgstore: create: record already expired")
	}
	insert := func(ctx context.Context, db interface {
		Exec(context.Context, string, ...any) (pgconn.CommandTag, error)
	}) error {
		_, err := db.Exec(ctx, s.q.insert, key, rec.UserID, rec.IdleDeadline, rec.AbsoluteDeadline, rec.Binding, vals)
		return err
	}
	limit := opts.MaxPerUser > 0 && rec.UserID != ""
	if opts.Replace == "" && !limit {
		if err := insert(ctx, s.pool); err != nil {
			return fmt.Errorf("pgstore: create: %w", err)
		}
		return nil
	}
	err = pgx.BeginFunc(ctx, s.pool, func(tx pgx.Tx) error {
		if opts.Replace != "" {
			var tag pgconn.CommandTag
			var err error
			if opts.ForwardUntil.IsZero() {
				tag, err = tx.Exec(ctx, s.q.retire, opts.Replace, now)
			} else {
				tag, err = tx.Exec(ctx, s.q.forward, opts.Replace, key, opts.ForwardUntil, now)
			}
			if err != nil {
				return err
			}
			if tag.RowsAffected() == 0 {
				return session.ErrNotFound
			}
		}
		if limit {
			// Serialize the logins of one user, so that two at once
			// cannot both keep the limit and end up above it.
			if _, err := tx.Exec(ctx, s.q.lockUser, s.name+":"+rec.UserID); err != nil {
				return err
			}
		}
		if err := insert(ctx, tx); err != nil {
			return err
		}
		if limit {
			if _, err := tx.Exec(ctx, s.q.evict, rec.UserID, now, opts.MaxPerUser); err != nil {
				return err
			}
		}
		return nil
	})
	switch {
	case errors.Is(err, session.ErrNotFound):
		return err
	case err != nil:
		return fmt.Errorf("pgstore: create: %w", err)
	}
	return nil
}

// Update implements session.Store.
func (s *Store) Update(ctx context.Context, key string, c session.Change) error {
	set, err := encodeValues(c.Set)
	if err != nil {
		return err
	}
	del := c.Delete
	if del == nil {
		del = []string{}
	}
	var idle *time.Time
	if !c.IdleDeadline.IsZero() {
		idle = &c.IdleDeadline
	}
	var found, written int64
	err = s.pool.QueryRow(ctx, s.q.update, key, del, set, time.Now(), idle, c.MaxSize).Scan(&found, &written)
	switch {
	case err != nil:
		return fmt.Errorf("pgstore: update: %w", err)
	case found == 0:
		return session.ErrNotFound
	case written == 0:
		return session.ErrTooLarge
	}
	return nil
}

// UpdateValue implements session.Store: fn runs once, inside a transaction
// that holds the row lock.
func (s *Store) UpdateValue(ctx context.Context, key, name string, maxSize int, fn func(old []byte) ([]byte, error)) ([]byte, error) {
	var result []byte
	err := pgx.BeginFunc(ctx, s.pool, func(tx pgx.Tx) error {
		var cur *string
		var size int
		err := tx.QueryRow(ctx, s.q.selectValue, key, name, time.Now()).Scan(&cur, &size)
		if errors.Is(err, pgx.ErrNoRows) {
			return session.ErrNotFound
		}
		if err != nil {
			return err
		}
		var old []byte
		before, rest := size, size
		if cur != nil {
			old = []byte(*cur)
			rest -= len(name) + len(old)
		}
		nu, err := fn(old)
		if err != nil {
			return fnError{err}
		}
		if nu == nil {
			if cur != nil {
				_, err = tx.Exec(ctx, s.q.deleteValue, key, name)
			}
			return err
		}
		if !utf8.Valid(nu) {
			return fmt.Errorf("pgstore: value %q is not UTF-8 text", name)
		}
		if after := rest + len(name) + len(nu); maxSize > 0 && after > maxSize && after > before {
			return session.ErrTooLarge
		}
		result = nu
		_, err = tx.Exec(ctx, s.q.setValue, key, name, string(nu))
		return err
	})
	var fe fnError
	switch {
	case errors.As(err, &fe):
		return nil, fe.err
	case errors.Is(err, session.ErrNotFound), errors.Is(err, session.ErrTooLarge):
		return nil, err
	case err != nil:
		return nil, fmt.Errorf("pgstore: update value: %w", err)
	}
	return result, nil
}

// fnError carries fn's error out of the transaction unchanged.
type fnError struct{ err error }

func (e fnError) Error() string { return e.err.Error() }
func (e fnError) Unwrap() error { return e.err }

// Delete implements session.Store.
func (s *Store) Delete(ctx context.Context, key string) error {
	if _, err := s.pool.Exec(ctx, s.q.delete, key); err != nil {
		return fmt.Errorf("pgstore: delete: %w", err)
	}
	return nil
}

// DeleteUser implements session.Store.
func (s *Store) DeleteUser(ctx context.Context, userID string) (int, error) {
	var n int
	if err := s.pool.QueryRow(ctx, s.q.deleteUser, userID, time.Now()).Scan(&n); err != nil {
		return 0, fmt.Errorf("pgstore: delete user: %w", err)
	}
	return n, nil
}

// ListUser implements session.Store.
func (s *Store) ListUser(ctx context.Context, userID string) ([]session.Listed, error) {
	rows, err := s.pool.Query(ctx, s.q.listUser, userID, time.Now())
	if err != nil {
		return nil, fmt.Errorf("pgstore: list user: %w", err)
	}
	var out []session.Listed
	for rows.Next() {
		l := session.Listed{Record: session.Record{UserID: userID}}
		var vals map[string]string
		if err := rows.Scan(&l.Key, &l.Record.IdleDeadline, &l.Record.AbsoluteDeadline, &l.Record.Binding, &vals); err != nil {
			rows.Close()
			return nil, fmt.Errorf("pgstore: list user: %w", err)
		}
		l.Record.Values = decodeValues(vals)
		out = append(out, l)
	}
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("pgstore: list user: %w", err)
	}
	return out, nil
}
