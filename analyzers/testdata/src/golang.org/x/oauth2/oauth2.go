// Package oauth2 is a test stub of golang.org/x/oauth2 (v0.30.0) for
// sessionlint's analyzer tests: the parts the rules model.
package oauth2

import (
	"context"
	"time"
)

// Endpoint is a provider's authorization and token URLs.
type Endpoint struct {
	AuthURL  string
	TokenURL string
}

// Config describes an OAuth 2.0 client.
type Config struct {
	ClientID     string
	ClientSecret string
	Endpoint     Endpoint
	RedirectURL  string
	Scopes       []string
}

// AuthCodeOption adds a parameter to the authorization URL.
type AuthCodeOption interface{ setValue(m map[string]string) }

// Token is the token the provider issues.
type Token struct {
	AccessToken  string
	TokenType    string
	RefreshToken string
	Expiry       time.Time
}

// AuthCodeURL returns the provider's consent page URL, carrying state.
func (c *Config) AuthCodeURL(state string, opts ...AuthCodeOption) string { return "" }

// Exchange turns an authorization code into a token.
func (c *Config) Exchange(ctx context.Context, code string, opts ...AuthCodeOption) (*Token, error) {
	return nil, nil
}

// AccessTypeOnline and AccessTypeOffline ask for (no) refresh token.
var (
	AccessTypeOnline  AuthCodeOption
	AccessTypeOffline AuthCodeOption
)

// SetAuthURLParam adds a parameter to the authorization URL.
func SetAuthURLParam(key, value string) AuthCodeOption { return nil }

// S256ChallengeOption adds a PKCE S256 challenge of verifier.
func S256ChallengeOption(verifier string) AuthCodeOption { return nil }

// GenerateVerifier returns a PKCE code verifier from crypto/rand.
func GenerateVerifier() string { return "" }
