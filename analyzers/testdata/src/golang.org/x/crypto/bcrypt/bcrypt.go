// Package bcrypt is a test stub of golang.org/x/crypto@v0.58.0 (bcrypt) for sessionlint's analyzer tests.
package bcrypt

import (
	"errors"
	"strconv"
)

const (
	MinCost     int = 4  // the minimum allowable cost as passed in to GenerateFromPassword
	MaxCost     int = 31 // the maximum allowable cost as passed in to GenerateFromPassword
	DefaultCost int = 10 // the cost that will actually be set if a cost below MinCost is passed into GenerateFromPassword
)

var ErrMismatchedHashAndPassword = errors.New("crypto/bcrypt: hashedPassword is not the hash of the given password")
var ErrHashTooShort = errors.New("crypto/bcrypt: hashedSecret too short to be a bcrypted password")
var ErrPasswordTooLong = errors.New("bcrypt: password length exceeds 72 bytes")

type HashVersionTooNewError byte

func (hv HashVersionTooNewError) Error() string {
	return "crypto/bcrypt: bcrypt algorithm version too new"
}

type InvalidHashPrefixError byte

func (ih InvalidHashPrefixError) Error() string {
	return "crypto/bcrypt: bcrypt hashes must start with '$'"
}

type InvalidCostError int

func (ic InvalidCostError) Error() string {
	return "crypto/bcrypt: cost " + strconv.Itoa(int(ic)) + " is outside allowed range"
}

// GenerateFromPassword returns the bcrypt hash of the password at the given
// cost. A cost below MinCost is silently raised to DefaultCost. Passwords
// longer than 72 bytes return ErrPasswordTooLong.
func GenerateFromPassword(password []byte, cost int) ([]byte, error) { return nil, nil }

// CompareHashAndPassword compares a bcrypt hashed password with its possible
// plaintext equivalent. Returns nil on success, or an error on failure.
func CompareHashAndPassword(hashedPassword, password []byte) error { return nil }

// Cost returns the hashing cost used to create the given hashed password.
func Cost(hashedPassword []byte) (int, error) { return DefaultCost, nil }
