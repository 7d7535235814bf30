// Package jwt is a test stub of github.com/golang-jwt/jwt/v5@v5.3.1 for sessionlint's analyzer tests.
package jwt

import (
	"crypto"
	"errors"
	"time"
)

// Keyfunc will be used by the Parse methods as a callback function to supply
// the key for verification.
type Keyfunc func(*Token) (any, error)

// Token represents a JWT Token.
type Token struct {
	Raw       string
	Method    SigningMethod
	Header    map[string]any
	Claims    Claims
	Signature []byte
	Valid     bool
}

// TokenOption is a reserved type for future token options.
type TokenOption func(*Token)

// New creates a new Token with the specified signing method and an empty map
// of claims.
func New(method SigningMethod, opts ...TokenOption) *Token {
	return NewWithClaims(method, MapClaims{}, opts...)
}

// NewWithClaims creates a new Token with the specified signing method and claims.
func NewWithClaims(method SigningMethod, claims Claims, opts ...TokenOption) *Token {
	return &Token{
		Header: map[string]any{"typ": "JWT", "alg": method.Alg()},
		Claims: claims,
		Method: method,
	}
}

// SignedString creates and returns a complete, signed JWT.
func (t *Token) SignedString(key any) (string, error) { return "", nil }

// SigningString generates the signing string.
func (t *Token) SigningString() (string, error) { return "", nil }

// Claims represent any form of a JWT Claims Set according to
// https://datatracker.ietf.org/doc/html/rfc7519#section-4.
type Claims interface {
	GetExpirationTime() (*NumericDate, error)
	GetIssuedAt() (*NumericDate, error)
	GetNotBefore() (*NumericDate, error)
	GetIssuer() (string, error)
	GetSubject() (string, error)
	GetAudience() (ClaimStrings, error)
}

// NumericDate represents a JSON numeric date value.
type NumericDate struct {
	time.Time
}

// NewNumericDate constructs a new *NumericDate from a standard library time.Time struct.
func NewNumericDate(t time.Time) *NumericDate { return &NumericDate{t} }

// ClaimStrings is basically just a slice of strings.
type ClaimStrings []string

// MapClaims is a claims type that uses the map[string]any for JSON decoding.
type MapClaims map[string]any

func (m MapClaims) GetExpirationTime() (*NumericDate, error) { return nil, nil }
func (m MapClaims) GetNotBefore() (*NumericDate, error)      { return nil, nil }
func (m MapClaims) GetIssuedAt() (*NumericDate, error)       { return nil, nil }
func (m MapClaims) GetAudience() (ClaimStrings, error)       { return nil, nil }
func (m MapClaims) GetIssuer() (string, error)               { return "", nil }
func (m MapClaims) GetSubject() (string, error)              { return "", nil }

// RegisteredClaims are a structured version of the JWT Claims Set.
type RegisteredClaims struct {
	Issuer    string       `json:"iss,omitempty"`
	Subject   string       `json:"sub,omitempty"`
	Audience  ClaimStrings `json:"aud,omitempty"`
	ExpiresAt *NumericDate `json:"exp,omitempty"`
	NotBefore *NumericDate `json:"nbf,omitempty"`
	IssuedAt  *NumericDate `json:"iat,omitempty"`
	ID        string       `json:"jti,omitempty"`
}

func (c RegisteredClaims) GetExpirationTime() (*NumericDate, error) { return c.ExpiresAt, nil }
func (c RegisteredClaims) GetNotBefore() (*NumericDate, error)      { return c.NotBefore, nil }
func (c RegisteredClaims) GetIssuedAt() (*NumericDate, error)       { return c.IssuedAt, nil }
func (c RegisteredClaims) GetAudience() (ClaimStrings, error)       { return c.Audience, nil }
func (c RegisteredClaims) GetIssuer() (string, error)               { return c.Issuer, nil }
func (c RegisteredClaims) GetSubject() (string, error)              { return c.Subject, nil }

// SigningMethod can be used add new methods for signing or verifying tokens.
type SigningMethod interface {
	Verify(signingString string, sig []byte, key any) error
	Sign(signingString string, key any) ([]byte, error)
	Alg() string
}

// SigningMethodHMAC implements the HMAC-SHA family of signing methods.
type SigningMethodHMAC struct {
	Name string
	Hash crypto.Hash
}

func (m *SigningMethodHMAC) Alg() string                                            { return m.Name }
func (m *SigningMethodHMAC) Verify(signingString string, sig []byte, key any) error { return nil }
func (m *SigningMethodHMAC) Sign(signingString string, key any) ([]byte, error)     { return nil, nil }

// SigningMethodRSA implements the RSA family of signing methods.
type SigningMethodRSA struct {
	Name string
	Hash crypto.Hash
}

func (m *SigningMethodRSA) Alg() string                                            { return m.Name }
func (m *SigningMethodRSA) Verify(signingString string, sig []byte, key any) error { return nil }
func (m *SigningMethodRSA) Sign(signingString string, key any) ([]byte, error)     { return nil, nil }

// SigningMethodECDSA implements the ECDSA family of signing methods.
type SigningMethodECDSA struct {
	Name      string
	Hash      crypto.Hash
	KeySize   int
	CurveBits int
}

func (m *SigningMethodECDSA) Alg() string                                            { return m.Name }
func (m *SigningMethodECDSA) Verify(signingString string, sig []byte, key any) error { return nil }
func (m *SigningMethodECDSA) Sign(signingString string, key any) ([]byte, error)     { return nil, nil }

// SigningMethodEd25519 implements the EdDSA family.
type SigningMethodEd25519 struct{}

func (m *SigningMethodEd25519) Alg() string                                            { return "EdDSA" }
func (m *SigningMethodEd25519) Verify(signingString string, sig []byte, key any) error { return nil }
func (m *SigningMethodEd25519) Sign(signingString string, key any) ([]byte, error)     { return nil, nil }

type signingMethodNone struct{}
type unsafeNoneMagicConstant string

func (m *signingMethodNone) Alg() string                                            { return "none" }
func (m *signingMethodNone) Verify(signingString string, sig []byte, key any) error { return nil }
func (m *signingMethodNone) Sign(signingString string, key any) ([]byte, error)     { return nil, nil }

// UnsafeAllowNoneSignatureType must be passed as the key to use alg "none".
const UnsafeAllowNoneSignatureType unsafeNoneMagicConstant = "none signing method allowed"

var (
	SigningMethodHS256 = &SigningMethodHMAC{"HS256", crypto.SHA256}
	SigningMethodHS384 = &SigningMethodHMAC{"HS384", crypto.SHA384}
	SigningMethodHS512 = &SigningMethodHMAC{"HS512", crypto.SHA512}
	SigningMethodRS256 = &SigningMethodRSA{"RS256", crypto.SHA256}
	SigningMethodRS384 = &SigningMethodRSA{"RS384", crypto.SHA384}
	SigningMethodRS512 = &SigningMethodRSA{"RS512", crypto.SHA512}
	SigningMethodES256 = &SigningMethodECDSA{"ES256", crypto.SHA256, 32, 256}
	SigningMethodES384 = &SigningMethodECDSA{"ES384", crypto.SHA384, 48, 384}
	SigningMethodES512 = &SigningMethodECDSA{"ES512", crypto.SHA512, 66, 521}
	SigningMethodEdDSA = &SigningMethodEd25519{}
	SigningMethodNone  = &signingMethodNone{}
)

// GetSigningMethod retrieves a signing method from an "alg" string.
func GetSigningMethod(alg string) (method SigningMethod) { return nil }

// Parser parses JWTs.
type Parser struct{}

// ParserOption is used to implement functional-style options.
type ParserOption func(*Parser)

func NewParser(options ...ParserOption) *Parser { return &Parser{} }

func (p *Parser) Parse(tokenString string, keyFunc Keyfunc) (*Token, error) { return nil, nil }
func (p *Parser) ParseWithClaims(tokenString string, claims Claims, keyFunc Keyfunc) (*Token, error) {
	return nil, nil
}
func (p *Parser) ParseUnverified(tokenString string, claims Claims) (token *Token, parts []string, err error) {
	return nil, nil, nil
}

// Parse parses, validates, verifies the signature and returns the parsed token.
func Parse(tokenString string, keyFunc Keyfunc, options ...ParserOption) (*Token, error) {
	return NewParser(options...).Parse(tokenString, keyFunc)
}

// ParseWithClaims is a shortcut for NewParser().ParseWithClaims().
func ParseWithClaims(tokenString string, claims Claims, keyFunc Keyfunc, options ...ParserOption) (*Token, error) {
	return NewParser(options...).ParseWithClaims(tokenString, claims, keyFunc)
}

func WithValidMethods(methods []string) ParserOption { return func(*Parser) {} }
func WithJSONNumber() ParserOption                   { return func(*Parser) {} }
func WithoutClaimsValidation() ParserOption          { return func(*Parser) {} }
func WithLeeway(leeway time.Duration) ParserOption   { return func(*Parser) {} }
func WithIssuedAt() ParserOption                     { return func(*Parser) {} }
func WithExpirationRequired() ParserOption           { return func(*Parser) {} }
func WithAudience(aud ...string) ParserOption        { return func(*Parser) {} }
func WithIssuer(iss string) ParserOption             { return func(*Parser) {} }
func WithSubject(sub string) ParserOption            { return func(*Parser) {} }

var (
	ErrInvalidKey            = errors.New("key is invalid")
	ErrInvalidKeyType        = errors.New("key is of invalid type")
	ErrTokenMalformed        = errors.New("token is malformed")
	ErrTokenUnverifiable     = errors.New("token is unverifiable")
	ErrTokenSignatureInvalid = errors.New("token signature is invalid")
	ErrTokenExpired          = errors.New("token is expired")
	ErrTokenNotValidYet      = errors.New("token is not valid yet")
	ErrTokenInvalidClaims    = errors.New("token has invalid claims")
)
