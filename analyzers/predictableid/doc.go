// Package predictableid defines an Analyzer that reports session IDs and
// secret tokens that can be guessed.
//
// # Analyzer predictableid
//
// predictableid: session ID, token, nonce or OAuth state from a guessable source
//
// A session ID, an auth, CSRF, reset or API token, a nonce or an OAuth state
// is only a secret if nobody can predict it. The analyzer follows the value
// of each such token back to where it was made, through local variables,
// fmt/strconv/hex/base64 encodings, string concatenation, byte buffers
// filled element by element or by Read, strings.Builder and hash writes,
// helper functions of the same package (their parameters mapped to the
// caller's arguments) and, through facts, helpers of other packages.
//
// It reports a token that comes from math/rand or math/rand/v2, from
// time.Now() or numbers and strings derived from it, from a counter (a
// package-level integer incremented, atomic.Add*), from a version 1 UUID
// (uuid.NewUUID, gofrs NewV1), from fiber's counter-based utils.UUID, from a
// hash or name-based UUID of guessable input only (a username, an email, the
// time), or from fewer than 16 bytes of crypto/rand. A fallback to such a
// source when crypto/rand fails counts.
//
// Tokens are recognised by where they go: the results of a function named
// like a token generator (generateSessionID, newToken, makeNonce,
// randomState), assignments to variables, fields and map keys so named
// (user.ResetToken = ...), struct literal fields, session writes under such
// keys (sm.Put(ctx, "csrf_token", ...)), the Value of a session or auth
// cookie, and fiber v2/v3 session KeyGenerator functions.
//
// It stays silent for math/rand used for shuffling, jitter, sampling,
// backoff or IDs of non-secret things (request, trace, order IDs, file
// names), for crypto/rand with at least 16 bytes, rand.Text(), UUID v4 and
// v7 (74 random bits from crypto/rand), hashes or HMACs that mix in a secret
// or crypto randomness, short crypto-random one-time codes (OTP, PIN),
// nonces made from the clock or a counter (API request nonces must increase),
// functions that read, check or parse tokens, and test files.
package predictableid
