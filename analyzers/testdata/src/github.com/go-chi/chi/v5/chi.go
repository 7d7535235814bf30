// Package chi is a minimal test stub of github.com/go-chi/chi/v5@v5.2.1 for
// sessionlint's csrf analyzer tests.
package chi

import "net/http"

// Router consisting of the core routing methods used by chi's Mux.
type Router interface {
	http.Handler
	Use(middlewares ...func(http.Handler) http.Handler)
	Group(fn func(r Router)) Router
	Route(pattern string, fn func(r Router)) Router
	Handle(pattern string, h http.Handler)
	HandleFunc(pattern string, h http.HandlerFunc)
	Method(method, pattern string, h http.Handler)
	MethodFunc(method, pattern string, h http.HandlerFunc)
	Get(pattern string, h http.HandlerFunc)
	Post(pattern string, h http.HandlerFunc)
	Put(pattern string, h http.HandlerFunc)
	Patch(pattern string, h http.HandlerFunc)
	Delete(pattern string, h http.HandlerFunc)
}

// Mux is a simple HTTP route multiplexer.
type Mux struct{}

func NewRouter() *Mux { return &Mux{} }
func NewMux() *Mux    { return &Mux{} }

func (mx *Mux) ServeHTTP(w http.ResponseWriter, r *http.Request)      {}
func (mx *Mux) Use(middlewares ...func(http.Handler) http.Handler)    {}
func (mx *Mux) Group(fn func(r Router)) Router                        { return mx }
func (mx *Mux) Route(pattern string, fn func(r Router)) Router        { return mx }
func (mx *Mux) Handle(pattern string, h http.Handler)                 {}
func (mx *Mux) HandleFunc(pattern string, h http.HandlerFunc)         {}
func (mx *Mux) Method(method, pattern string, h http.Handler)         {}
func (mx *Mux) MethodFunc(method, pattern string, h http.HandlerFunc) {}
func (mx *Mux) Get(pattern string, h http.HandlerFunc)                {}
func (mx *Mux) Post(pattern string, h http.HandlerFunc)               {}
func (mx *Mux) Put(pattern string, h http.HandlerFunc)                {}
func (mx *Mux) Patch(pattern string, h http.HandlerFunc)              {}
func (mx *Mux) Delete(pattern string, h http.HandlerFunc)             {}
