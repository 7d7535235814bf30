// Package redisstore is a session.Store on Redis (github.com/redis/go-redis/v9),
// for production use.
//
// Layout, under a configurable prefix (default "session:"):
//
//	<prefix>s:<key>   hash: u (user ID), i and a (idle and absolute deadlines,
//	                  Unix ms), b (binding hash), v:<name> (values, JSON),
//	                  z (size of the values in bytes), x (the user index
//	                  holding this record), f (on a forwarding record: the
//	                  key that replaced it)
//	<prefix>u:<hash>  sorted set of a user's session keys, scored by their
//	                  absolute deadline; <hash> is SHA-256 of the user ID
//
// <key> is the hash of a session ID computed by package session; neither
// keys nor values ever contain a raw session ID. Each record's TTL is its
// earliest deadline, so Redis forgets sessions by itself. Every write is one
// Lua script, hence atomic: renewal retires the old record in the same step
// that creates the new one, an update never revives a deleted record, and
// UpdateValue is a compare-and-swap of one value, retried on conflict.
//
// The user index loses a member when its record is deleted, replaced or
// evicted. Members of records that expired are dropped at the user's next
// login, list or logout-all, and the index itself expires with the latest
// absolute deadline among them, so it never holds more than the sessions
// created within one absolute timeout.
//
// The scripts touch keys they derive from the index, so the store needs a
// single Redis (standalone, or Sentinel-managed), not Redis Cluster.
package redisstore

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"fmt"
	"math/rand/v2"
	"strconv"
	"strings"
	"time"

	"github.com/redis/go-redis/v9"

	"github.com/sessionlint/sessionlint/session"
)

// Options configure a Store.
type Options struct {
	// Prefix is prepended to every key (default "session:"). Give each
	// application sharing a Redis its own prefix.
	Prefix string
}

// Store is a session.Store backed by Redis. It is safe for concurrent use.
type Store struct {
	client     redis.UniversalClient
	sessPrefix string
	userPrefix string
}

var _ session.Store = (*Store)(nil)

// New returns a Store using client. The caller owns the client: configure
// its timeouts and pool there, and close it when done.
func New(client redis.UniversalClient, opts Options) *Store {
	p := opts.Prefix
	if p == "" {
		p = "session:"
	}
	return &Store{client: client, sessPrefix: p + "s:", userPrefix: p + "u:"}
}

// SessionKey is the Redis key holding the record stored under key.
func (s *Store) SessionKey(key string) string { return s.sessPrefix + key }

// UserKey is the Redis key of the index of userID's sessions.
func (s *Store) UserKey(userID string) string {
	sum := sha256.Sum256([]byte(userID))
	return s.userPrefix + hex.EncodeToString(sum[:])
}

const (
	fieldUser     = "u"
	fieldIdle     = "i"
	fieldAbsolute = "a"
	fieldBinding  = "b"
	fieldForward  = "f"
	fieldIndex    = "x"
	fieldSize     = "z"
	valuePrefix   = "v:"
)

// Load implements session.Store.
func (s *Store) Load(ctx context.Context, key string) (session.Record, error) {
	m, err := s.client.HGetAll(ctx, s.SessionKey(key)).Result()
	if err != nil {
		return session.Record{}, fmt.Errorf("redisstore: load: %w", err)
	}
	rec, err := s.decode(m)
	if err != nil {
		return session.Record{}, err
	}
	if !time.Now().Before(rec.Expiry()) {
		return session.Record{}, session.ErrExpired
	}
	return rec, nil
}

// decode turns a record hash into a Record.
func (s *Store) decode(m map[string]string) (session.Record, error) {
	if len(m) == 0 {
		return session.Record{}, session.ErrNotFound
	}
	idle, err1 := strconv.ParseInt(m[fieldIdle], 10, 64)
	abs, err2 := strconv.ParseInt(m[fieldAbsolute], 10, 64)
	if err := errors.Join(err1, err2); err != nil {
		return session.Record{}, fmt.Errorf("redisstore: load: malformed record: %w", err)
	}
	rec := session.Record{
		UserID:           m[fieldUser],
		IdleDeadline:     time.UnixMilli(idle),
		AbsoluteDeadline: time.UnixMilli(abs),
		Binding:          m[fieldBinding],
		ForwardTo:        m[fieldForward],
		Values:           make(map[string][]byte),
	}
	for f, v := range m {
		if name, ok := strings.CutPrefix(f, valuePrefix); ok {
			rec.Values[name] = []byte(v)
		}
	}
	return rec, nil
}

// sizeLua computes the size of the values of the record KEYS[1] (for
// records written before the size was kept in the z field).
const sizeLua = `
local function size_of(k)
  local z = redis.call('HGET', k, 'z')
  if z then return tonumber(z) end
  local n = 0
  local all = redis.call('HGETALL', k)
  for i = 1, #all, 2 do
    if string.sub(all[i], 1, 2) == 'v:' then n = n + #all[i] - 2 + #all[i + 1] end
  end
  return n
end
`

// createScript stores a new record, retires the one it replaces (deleting
// it, or turning it into a forwarding record), and maintains the user index.
//
// KEYS: 1 new record, 2 replaced record, 3 user index.
// ARGV: 1 TTL ms, 2 replace flag, 3 index flag, 4 member (new key),
// 5 score (absolute deadline ms), 6 now ms, 7 max sessions per user,
// 8 record key prefix, 9 replaced member, 10 forward until ms (0: delete),
// 11… field/value pairs.
var createScript = redis.NewScript(`
local now = tonumber(ARGV[6])
if ARGV[2] == '1' then
  if redis.call('EXISTS', KEYS[2]) == 0 or redis.call('HEXISTS', KEYS[2], 'f') == 1 then return -1 end
  local ox = redis.call('HGET', KEYS[2], 'x')
  if ox then redis.call('ZREM', ox, ARGV[9]) end
  local until_ms = tonumber(ARGV[10])
  if until_ms > 0 then
    redis.call('HSET', KEYS[2], 'f', ARGV[4])
    redis.call('HDEL', KEYS[2], 'x')
    local i = tonumber(redis.call('HGET', KEYS[2], 'i'))
    if until_ms < i then
      i = until_ms
      redis.call('HSET', KEYS[2], 'i', i)
    end
    local ttl = math.min(i, tonumber(redis.call('HGET', KEYS[2], 'a'))) - now
    if ttl > 0 then redis.call('PEXPIRE', KEYS[2], ttl) else redis.call('DEL', KEYS[2]) end
  else
    redis.call('DEL', KEYS[2])
  end
end
redis.call('DEL', KEYS[1])
for i = 11, #ARGV, 2 do
  redis.call('HSET', KEYS[1], ARGV[i], ARGV[i + 1])
end
redis.call('PEXPIRE', KEYS[1], ARGV[1])
local evicted = 0
if ARGV[3] == '1' then
  local idx = KEYS[3]
  redis.call('HSET', KEYS[1], 'x', idx)
  redis.call('ZADD', idx, ARGV[5], ARGV[4])
  redis.call('ZREMRANGEBYSCORE', idx, '-inf', now)
  for _, m in ipairs(redis.call('ZRANGE', idx, 0, -1)) do
    if redis.call('EXISTS', ARGV[8] .. m) == 0 then redis.call('ZREM', idx, m) end
  end
  local max = tonumber(ARGV[7])
  if max > 0 then
    local n = redis.call('ZCARD', idx)
    if n > max then
      for _, m in ipairs(redis.call('ZRANGE', idx, 0, n - max - 1)) do
        redis.call('DEL', ARGV[8] .. m)
        redis.call('ZREM', idx, m)
      end
      evicted = n - max
    end
  end
  local top = redis.call('ZRANGE', idx, -1, -1, 'WITHSCORES')
  if top[2] then
    local ttl = tonumber(top[2]) - now
    if ttl > 0 then redis.call('PEXPIRE', idx, ttl) else redis.call('DEL', idx) end
  end
end
return evicted
`)

// Create implements session.Store.
func (s *Store) Create(ctx context.Context, key string, rec session.Record, opts session.CreateOptions) error {
	now := time.Now()
	ttl := rec.Expiry().Sub(now).Milliseconds()
	if ttl <= 0 {
		return errors.New("redisstore: create: record already expired")
	}
	replaceKey, replaceFlag := s.SessionKey("-"), "0"
	if opts.Replace != "" {
		replaceKey, replaceFlag = s.SessionKey(opts.Replace), "1"
	}
	userKey, userFlag := s.userPrefix+"-", "0"
	if rec.UserID != "" {
		userKey, userFlag = s.UserKey(rec.UserID), "1"
	}
	var until int64
	if opts.Replace != "" && !opts.ForwardUntil.IsZero() {
		until = max(1, opts.ForwardUntil.UnixMilli())
	}
	args := []any{
		ttl, replaceFlag, userFlag, key, rec.AbsoluteDeadline.UnixMilli(), now.UnixMilli(),
		opts.MaxPerUser, s.sessPrefix, opts.Replace, until,
		fieldIdle, rec.IdleDeadline.UnixMilli(),
		fieldAbsolute, rec.AbsoluteDeadline.UnixMilli(),
		fieldSize, rec.Size(),
	}
	if rec.UserID != "" {
		args = append(args, fieldUser, rec.UserID)
	}
	if rec.Binding != "" {
		args = append(args, fieldBinding, rec.Binding)
	}
	for name, v := range rec.Values {
		args = append(args, valuePrefix+name, v)
	}
	res, err := createScript.Run(ctx, s.client, []string{s.SessionKey(key), replaceKey, userKey}, args...).Int()
	if err != nil {
		return fmt.Errorf("redisstore: create: %w", err)
	}
	if res < 0 {
		return session.ErrNotFound
	}
	return nil
}

// updateScript changes an existing record and moves its TTL. It returns 1
// when done, 0 when there is no (non-forwarding) record, -1 when the change
// would take the values over the size limit.
//
// KEYS: 1 record. ARGV: 1 idle deadline ms, 2 now ms, 3 size limit (0:
// none), 4 number of fields to delete, then those fields, then field/value
// pairs to set.
var updateScript = redis.NewScript(sizeLua + `
local a = redis.call('HGET', KEYS[1], 'a')
if not a or redis.call('HEXISTS', KEYS[1], 'f') == 1 then return 0 end
local n = tonumber(ARGV[4])
local chg = {}
for i = 5, 4 + n do chg[ARGV[i]] = false end
for i = 5 + n, #ARGV, 2 do chg[ARGV[i]] = ARGV[i + 1] end
local z = size_of(KEYS[1])
local nz = z
for f, v in pairs(chg) do
  if redis.call('HEXISTS', KEYS[1], f) == 1 then
    nz = nz - (#f - 2) - redis.call('HSTRLEN', KEYS[1], f)
  end
  if v then nz = nz + (#f - 2) + #v end
end
local limit = tonumber(ARGV[3])
if limit > 0 and nz > limit and nz > z then return -1 end
for f, v in pairs(chg) do
  if v then redis.call('HSET', KEYS[1], f, v) else redis.call('HDEL', KEYS[1], f) end
end
redis.call('HSET', KEYS[1], 'z', nz, 'i', ARGV[1])
local ttl = math.min(tonumber(a), tonumber(ARGV[1])) - tonumber(ARGV[2])
if ttl <= 0 then
  redis.call('DEL', KEYS[1])
  return 0
end
redis.call('PEXPIRE', KEYS[1], ttl)
return 1
`)

// Update implements session.Store.
func (s *Store) Update(ctx context.Context, key string, c session.Change) error {
	args := make([]any, 0, 4+len(c.Delete)+2*len(c.Set))
	args = append(args, c.IdleDeadline.UnixMilli(), time.Now().UnixMilli(), max(0, c.MaxSize), len(c.Delete))
	for _, name := range c.Delete {
		args = append(args, valuePrefix+name)
	}
	for name, v := range c.Set {
		args = append(args, valuePrefix+name, v)
	}
	res, err := updateScript.Run(ctx, s.client, []string{s.SessionKey(key)}, args...).Int()
	switch {
	case err != nil:
		return fmt.Errorf("redisstore: update: %w", err)
	case res == 0:
		return session.ErrNotFound
	case res < 0:
		return session.ErrTooLarge
	}
	return nil
}

// swapScript sets one value if it still has the value the caller read: a
// compare-and-swap. It returns {1} when done, {0} when there is no
// (non-forwarding) record, {-2} over the size limit, and {-1, current}
// when the value changed meanwhile (current is nil when it is absent).
//
// KEYS: 1 record. ARGV: 1 field, 2 '1' if the caller saw a value, 3 that
// value, 4 '1' to set (else delete), 5 new value, 6 size limit (0: none).
var swapScript = redis.NewScript(sizeLua + `
if not redis.call('HGET', KEYS[1], 'a') or redis.call('HEXISTS', KEYS[1], 'f') == 1 then return {0} end
local f = ARGV[1]
local cur = redis.call('HGET', KEYS[1], f)
if (cur ~= false) ~= (ARGV[2] == '1') or (cur and cur ~= ARGV[3]) then return {-1, cur} end
local z = size_of(KEYS[1])
local nz = z
if cur then nz = nz - (#f - 2) - #cur end
if ARGV[4] == '1' then nz = nz + (#f - 2) + #ARGV[5] end
local limit = tonumber(ARGV[6])
if limit > 0 and nz > limit and nz > z then return {-2} end
if ARGV[4] == '1' then redis.call('HSET', KEYS[1], f, ARGV[5]) else redis.call('HDEL', KEYS[1], f) end
redis.call('HSET', KEYS[1], 'z', nz)
return {1}
`)

// UpdateValue implements session.Store with a compare-and-swap loop: fn
// runs on the value as read, and the script writes the result only if the
// value is unchanged; otherwise fn runs again on the value the script
// returned. Contended retries back off briefly.
func (s *Store) UpdateValue(ctx context.Context, key, name string, maxSize int, fn func(old []byte) ([]byte, error)) ([]byte, error) {
	rkey, field := s.SessionKey(key), valuePrefix+name
	got, err := s.client.HMGet(ctx, rkey, field, fieldAbsolute, fieldForward).Result()
	if err != nil {
		return nil, fmt.Errorf("redisstore: update value: %w", err)
	}
	if got[1] == nil || got[2] != nil {
		return nil, session.ErrNotFound
	}
	old := bulk(got[0])
	for attempt := 0; ; attempt++ {
		nu, err := fn(old)
		if err != nil {
			return nil, err
		}
		seen, set := "0", "0"
		if old != nil {
			seen = "1"
		}
		if nu != nil {
			set = "1"
		}
		res, err := swapScript.Run(ctx, s.client, []string{rkey}, field, seen, old, set, nu, max(0, maxSize)).Slice()
		if err != nil {
			return nil, fmt.Errorf("redisstore: update value: %w", err)
		}
		code, _ := res[0].(int64)
		switch code {
		case 1:
			return nu, nil
		case 0:
			return nil, session.ErrNotFound
		case -2:
			return nil, session.ErrTooLarge
		}
		old = nil
		if len(res) > 1 {
			old = bulk(res[1])
		}
		if attempt >= 2 {
			if err := backoff(ctx, attempt); err != nil {
				return nil, err
			}
		}
	}
}

// bulk converts a Redis bulk string reply (nil when absent) to bytes.
func bulk(v any) []byte {
	switch v := v.(type) {
	case string:
		return []byte(v)
	case []byte:
		return v
	}
	return nil
}

// backoff sleeps a random time that grows with the number of conflicts,
// up to about 5 ms, so that contending writers spread out.
func backoff(ctx context.Context, attempt int) error {
	d := time.Duration(rand.Int64N(int64(min(attempt, 50)) * int64(100*time.Microsecond)))
	t := time.NewTimer(d)
	defer t.Stop()
	select {
	case <-ctx.Done():
		return ctx.Err()
	case <-t.C:
		return nil
	}
}

// deleteScript deletes a record and its user index entry.
// KEYS: 1 record. ARGV: 1 member.
var deleteScript = redis.NewScript(`
local x = redis.call('HGET', KEYS[1], 'x')
redis.call('DEL', KEYS[1])
if x then redis.call('ZREM', x, ARGV[1]) end
return 0
`)

// Delete implements session.Store.
func (s *Store) Delete(ctx context.Context, key string) error {
	if err := deleteScript.Run(ctx, s.client, []string{s.SessionKey(key)}, key).Err(); err != nil {
		return fmt.Errorf("redisstore: delete: %w", err)
	}
	return nil
}

// deleteUserScript deletes every record in a user index and the index.
// KEYS: 1 index. ARGV: 1 record key prefix.
var deleteUserScript = redis.NewScript(`
local n = 0
for _, m in ipairs(redis.call('ZRANGE', KEYS[1], 0, -1)) do
  n = n + redis.call('DEL', ARGV[1] .. m)
end
redis.call('DEL', KEYS[1])
return n
`)

// DeleteUser implements session.Store.
func (s *Store) DeleteUser(ctx context.Context, userID string) (int, error) {
	n, err := deleteUserScript.Run(ctx, s.client, []string{s.UserKey(userID)}, s.sessPrefix).Int()
	if err != nil {
		return 0, fmt.Errorf("redisstore: delete user: %w", err)
	}
	return n, nil
}

// ListUser implements session.Store: the index in one round trip, the
// records in a second (pipelined); members whose record expired are
// dropped from the index.
func (s *Store) ListUser(ctx context.Context, userID string) ([]session.Listed, error) {
	idx := s.UserKey(userID)
	members, err := s.client.ZRange(ctx, idx, 0, -1).Result()
	if err != nil {
		return nil, fmt.Errorf("redisstore: list user: %w", err)
	}
	if len(members) == 0 {
		return nil, nil
	}
	pipe := s.client.Pipeline()
	cmds := make([]*redis.MapStringStringCmd, len(members))
	for i, m := range members {
		cmds[i] = pipe.HGetAll(ctx, s.SessionKey(m))
	}
	if _, err := pipe.Exec(ctx); err != nil {
		return nil, fmt.Errorf("redisstore: list user: %w", err)
	}
	var out []session.Listed
	var dead []any
	now := time.Now()
	for i, m := range members {
		rec, err := s.decode(cmds[i].Val())
		if err != nil || rec.ForwardTo != "" || !now.Before(rec.Expiry()) {
			dead = append(dead, m)
			continue
		}
		out = append(out, session.Listed{Key: m, Record: rec})
	}
	if len(dead) > 0 {
		if err := s.client.ZRem(ctx, idx, dead...).Err(); err != nil {
			return nil, fmt.Errorf("redisstore: list user: %w", err)
		}
	}
	return out, nil
}
