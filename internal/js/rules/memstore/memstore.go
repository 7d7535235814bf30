package rules

import (
	"regexp"

	"github.com/sessionlint/sessionlint/internal/js/syntax"
)

// MemStore flags production code that keeps sessions in process memory:
// express-session or @fastify/session without a store (MemoryStore is the
// default) or with an explicit MemoryStore. Test, spec and fixture files
// and code under an explicit development-only branch are not production
// code; a spread or store we cannot see is "unknown", not "missing".
var MemStore = &Rule{
	ID:    "memstore",
	Query: callQuery,
	Check: checkMemStore,
}

func checkMemStore(f *File, m syntax.Match) {
	u := f.sessionUse(m.Capture("call"))
	if u == nil || u.opts == nil || !u.serverSide() || f.Test || devOnly(f, u.call) {
		return
	}
	store := f.get(u.opts, "store")
	switch {
	case store.Found && f.isBoundedMemoryStore(store.Value):
		f.report("memstore", store.Value, u.lib+" uses memorystore, which keeps sessions in process memory, so they are lost on every restart and cannot be shared between processes; use a persistent store such as connect-redis, connect-mongo or connect-pg-simple")
	case store.Found && f.isMemoryStore(store.Value):
		f.report("memstore", store.Value, u.lib+" uses MemoryStore, which leaks memory, loses every session on restart and cannot be shared between processes; use a persistent store such as connect-redis, connect-mongo or connect-pg-simple")
	case !store.Found && !store.Unknown:
		at := u.call
		if u.optsNode != nil {
			at = u.optsNode
		}
		f.report("memstore", at, u.lib+" has no store, so it uses MemoryStore, which leaks memory, loses every session on restart and cannot be shared between processes; set store to a persistent store such as connect-redis, connect-mongo or connect-pg-simple")
	}
}

var devCondition = regexp.MustCompile(`(?i)(['"](development|dev|test|local)['"]|!==?\s*['"]production['"]|['"]production['"]\s*!==?|isDev|isDevelopment|isTest|\bDEV\b)`)

// devOnly reports whether n sits in the consequence of an if whose
// condition says development or test.
func devOnly(f *File, n *syntax.Node) bool {
	for p := n; p.Parent != nil; p = p.Parent {
		par := p.Parent
		if par.Kind == "if_statement" && p.Field == "consequence" {
			if devCondition.MatchString(f.text(par.ChildByField("condition"))) {
				return true
			}
		}
		if par.Kind == "ternary_expression" && p.Field == "consequence" {
			if devCondition.MatchString(f.text(par.ChildByField("condition"))) {
				return true
			}
		}
	}
	return false
}
