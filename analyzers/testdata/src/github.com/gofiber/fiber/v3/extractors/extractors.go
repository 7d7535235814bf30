// Package extractors is a test stub of github.com/gofiber/fiber/v3@v3.1.0 (extractors) for sessionlint's analyzer tests.
package extractors

import (
	"errors"

	"github.com/gofiber/fiber/v3"
)

// Source represents the type of source from which a value is extracted.
type Source int

const (
	SourceHeader Source = iota
	SourceAuthHeader
	SourceForm
	SourceQuery
	SourceParam
	SourceCookie
	SourceCustom
)

// ErrNotFound is returned when the requested value is missing or empty.
var ErrNotFound = errors.New("value not found")

// Extractor defines an extraction method with metadata.
type Extractor struct {
	Extract    func(fiber.Ctx) (string, error)
	Key        string
	AuthScheme string
	Chain      []Extractor
	Source     Source
}

func FromAuthHeader(authScheme string) Extractor {
	return Extractor{Key: "Authorization", AuthScheme: authScheme, Source: SourceAuthHeader}
}
func FromCookie(key string) Extractor {
	return Extractor{Extract: func(c fiber.Ctx) (string, error) { return c.Cookies(key), nil }, Key: key, Source: SourceCookie}
}
func FromParam(param string) Extractor {
	return Extractor{Extract: func(c fiber.Ctx) (string, error) { return c.Params(param), nil }, Key: param, Source: SourceParam}
}
func FromForm(param string) Extractor {
	return Extractor{Extract: func(c fiber.Ctx) (string, error) { return c.FormValue(param), nil }, Key: param, Source: SourceForm}
}
func FromHeader(header string) Extractor {
	return Extractor{Extract: func(c fiber.Ctx) (string, error) { return c.Get(header), nil }, Key: header, Source: SourceHeader}
}
func FromQuery(param string) Extractor {
	return Extractor{Extract: func(c fiber.Ctx) (string, error) { return c.Query(param), nil }, Key: param, Source: SourceQuery}
}
func FromCustom(key string, fn func(fiber.Ctx) (string, error)) Extractor {
	return Extractor{Extract: fn, Key: key, Source: SourceCustom}
}
func Chain(extractors ...Extractor) Extractor {
	return Extractor{Chain: extractors}
}
