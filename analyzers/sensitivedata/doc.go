// Package sensitivedata defines an Analyzer that reports passwords, card
// data and other secrets written into a session.
//
// # Analyzer sensitivedata
//
// sensitivedata: password, card number, CVV, PIN or SSN stored in the session
//
// Session data lives in a store (Redis, files, a database) or, for cookie
// stores, in the user's cookie; it is kept for the session's lifetime and
// copied into backups and logs. A plaintext password, card number (PAN),
// card security code, PIN or national ID number must never be there; the
// session should hold only an identifier.
//
// The analyzer reports writes to a session whose constant key is named like
// such a secret ("password", "card_number", "cvv", "pin", "ssn") or whose
// value is named so (a variable password, a field form.CardNumber, or
// r.FormValue("password")). Writes are recognised in scs Put, gorilla and
// echo-contrib sess.Values[k] = v, gin-contrib Session.Set, fiber v2/v3 Set,
// beego SetSession and Store.Set, and Put of
// github.com/sessionlint/sessionlint/session.
//
// It stays silent for password hashes ("passwordHash", a value named hash),
// metadata about a secret ("password_reset_sent", "passwordChangedAt",
// "card_last4", "cardBrand", "cardToken", "pin_attempts"), writes that clear
// the key (nil, ""), passwords that are compared rather than stored, and
// maps named Values that are not sessions.
package sensitivedata
