// Package compare holds benchmarks of package session against
// github.com/alexedwards/scs/v2, configured alike. It is a module of its
// own (see go.mod) so that the module users import does not depend on
// scs. Run it with:
//
//	cd session/internal/compare && go test -run '^$' -bench . -benchmem -count 6 | benchstat -
package compare
