// Package redisstore is a session.Store on Redis (github.com/redis/go-redis/v9),
// for production use.
//
// Layout, under a configurable prefix (default "session:"):
//
//	<prefix>s:<key>   hash: u (user ID), i and a (idle and absolute deadlines,
//	                  Unix ms), b (binding hash), v:<name> (values, JSON)
//	<prefix>u:<hash>  sorted set of a user's session keys, scored by their
//	                  absolute deadline; <hash> is SHA-256 of the user ID
//
// <key> is the hash of a session ID computed by package session; neither
// keys nor values ever contain a raw session ID. Each record's TTL is its
// earliest deadline, so Redis forgets sessions by itself. Every write is one
// Lua script, hence atomic: renewal deletes the old record in the same step
// that creates the new one, and an update never revives a deleted record.
// The user index is pruned lazily (dead members are dropped when the user
// logs in again and when the index's own TTL, the latest deadline, runs out).
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
	valuePrefix   = "v:"
)

// Load implements session.Store.
func (s *Store) Load(ctx context.Context, key string) (session.Record, error) {
	m, err := s.client.HGetAll(ctx, s.SessionKey(key)).Result()
	if err != nil {
		return session.Record{}, fmt.Errorf("redisstore: load: %w", err)
	}
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
		Values:           make(map[string][]byte),
	}
	for f, v := range m {
		if name, ok := strings.CutPrefix(f, valuePrefix); ok {
			rec.Values[name] = []byte(v)
		}
	}
	if !time.Now().Before(rec.Expiry()) {
		return session.Record{}, session.ErrExpired
	}
	return rec, nil
}

// createScript stores a new record, optionally deleting the one it
// replaces, and maintains the user index.
//
// KEYS: 1 new record, 2 replaced record, 3 user index.
// ARGV: 1 TTL ms, 2 replace flag, 3 index flag, 4 member (new key),
// 5 score (absolute deadline ms), 6 now ms, 7 max sessions per user,
// 8 record key prefix, 9 replaced member, 10… field/value pairs.
var createScript = redis.NewScript(`
if ARGV[2] == '1' then
  if redis.call('DEL', KEYS[2]) == 0 then return -1 end
end
redis.call('DEL', KEYS[1])
for i = 10, #ARGV, 2 do
  redis.call('HSET', KEYS[1], ARGV[i], ARGV[i + 1])
end
redis.call('PEXPIRE', KEYS[1], ARGV[1])
local evicted = 0
if ARGV[3] == '1' then
  local idx = KEYS[3]
  local now = tonumber(ARGV[6])
  if ARGV[2] == '1' then redis.call('ZREM', idx, ARGV[9]) end
  redis.call('ZADD', idx, ARGV[5], ARGV[4])
  redis.call('ZREMRANGEBYSCORE', idx, '-inf', now)
  local max = tonumber(ARGV[7])
  if max > 0 then
    for _, m in ipairs(redis.call('ZRANGE', idx, 0, -1)) do
      if redis.call('EXISTS', ARGV[8] .. m) == 0 then redis.call('ZREM', idx, m) end
    end
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
	args := []any{
		ttl, replaceFlag, userFlag, key, rec.AbsoluteDeadline.UnixMilli(), now.UnixMilli(),
		opts.MaxPerUser, s.sessPrefix, opts.Replace,
		fieldIdle, rec.IdleDeadline.UnixMilli(),
		fieldAbsolute, rec.AbsoluteDeadline.UnixMilli(),
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

// updateScript changes an existing record and moves its TTL.
//
// KEYS: 1 record. ARGV: 1 idle deadline ms, 2 now ms, 3 number of fields to
// delete, then those fields, then field/value pairs to set.
var updateScript = redis.NewScript(`
local a = redis.call('HGET', KEYS[1], 'a')
if not a then return 0 end
local n = tonumber(ARGV[3])
for i = 4, 3 + n do redis.call('HDEL', KEYS[1], ARGV[i]) end
for i = 4 + n, #ARGV, 2 do redis.call('HSET', KEYS[1], ARGV[i], ARGV[i + 1]) end
redis.call('HSET', KEYS[1], 'i', ARGV[1])
local ttl = math.min(tonumber(a), tonumber(ARGV[1])) - tonumber(ARGV[2])
if ttl <= 0 then
  redis.call('DEL', KEYS[1])
  return 0
end
redis.call('PEXPIRE', KEYS[1], ttl)
return 1
`)

// Update implements session.Store.
func (s *Store) Update(ctx context.Context, key string, u session.Update) error {
	args := make([]any, 0, 3+len(u.Delete)+2*len(u.Set))
	args = append(args, u.IdleDeadline.UnixMilli(), time.Now().UnixMilli(), len(u.Delete))
	for _, name := range u.Delete {
		args = append(args, valuePrefix+name)
	}
	for name, v := range u.Set {
		args = append(args, valuePrefix+name, v)
	}
	res, err := updateScript.Run(ctx, s.client, []string{s.SessionKey(key)}, args...).Int()
	if err != nil {
		return fmt.Errorf("redisstore: update: %w", err)
	}
	if res == 0 {
		return session.ErrNotFound
	}
	return nil
}

// Delete implements session.Store. The user index keeps the dead member
// until it is pruned; it holds only the hash, which names nothing anymore.
func (s *Store) Delete(ctx context.Context, key string) error {
	if err := s.client.Del(ctx, s.SessionKey(key)).Err(); err != nil {
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
