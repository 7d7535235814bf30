// Package mux is a minimal test stub of github.com/gorilla/mux@v1.8.1 for
// sessionlint's csrf analyzer tests.
package mux

import "net/http"

// Router registers routes to be matched and dispatches a handler.
type Router struct{}

// Route stores information to match a request and build URLs.
type Route struct{}

// MiddlewareFunc is a function which receives an http.Handler and returns another http.Handler.
type MiddlewareFunc func(http.Handler) http.Handler

func NewRouter() *Router                                             { return &Router{} }
func (r *Router) ServeHTTP(w http.ResponseWriter, req *http.Request) {}
func (r *Router) Handle(path string, handler http.Handler) *Route    { return &Route{} }
func (r *Router) HandleFunc(path string, f func(http.ResponseWriter, *http.Request)) *Route {
	return &Route{}
}
func (r *Router) Methods(methods ...string) *Route                             { return &Route{} }
func (r *Router) Path(tpl string) *Route                                       { return &Route{} }
func (r *Router) PathPrefix(tpl string) *Route                                 { return &Route{} }
func (r *Router) Use(mwf ...MiddlewareFunc)                                    {}
func (r *Route) Methods(methods ...string) *Route                              { return r }
func (r *Route) Path(tpl string) *Route                                        { return r }
func (r *Route) Subrouter() *Router                                            { return &Router{} }
func (r *Route) Handler(handler http.Handler) *Route                           { return r }
func (r *Route) HandlerFunc(f func(http.ResponseWriter, *http.Request)) *Route { return r }
func (r *Route) Name(name string) *Route                                       { return r }
