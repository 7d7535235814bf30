// Package memstore is the JavaScript/TypeScript memstore rule.
package memstore

import (
	"github.com/sessionlint/sessionlint/internal/js/analysis"
	"github.com/sessionlint/sessionlint/internal/js/jslib"
	"github.com/sessionlint/sessionlint/internal/js/syntax"
	"github.com/sessionlint/sessionlint/internal/js/web"
)

// Rule flags production code that keeps sessions in process memory: a
// server-side session library set up without a store when its default is
// in memory (express-session, @fastify/session, koa-generic-session), a
// falsy store, its MemoryStore, a store package the catalog says lives in
// memory (memorystore), or an app's own store class named for memory.
// Test, spec and fixture files and code under an explicit
// development-only branch are not production code; a spread or store we
// cannot see is "unknown", not "missing".
var Rule = &analysis.Rule{
	ID:    "memstore",
	Query: analysis.CallQuery,
	Check: check,
}

func check(f *analysis.File, m syntax.Match) {
	u := web.SessionAt(f, m.Capture("call"))
	if u == nil || u.Opts == nil || !u.Lib.Server || !u.Lib.MemoryDefault || f.Test || web.DevOnly(f, u.At) {
		return
	}
	store := f.Get(u.Opts, u.Lib.Store)
	switch {
	case store.Found:
		memory, bounded := web.IsMemoryStore(f, u, store.Value)
		if !memory {
			return
		}
		at := store.Value
		if p := store.Value.Parent; p != nil && p.Kind == "pair" {
			at = p
		}
		if bounded {
			f.Report("memstore", at, u.Lib.Name+" uses a store that keeps sessions in process memory, so they are lost on every restart and cannot be shared between processes; use a persistent store such as "+jslib.PersistentStores)
			return
		}
		f.Report("memstore", at, u.Lib.Name+" uses MemoryStore, which leaks memory, loses every session on restart and cannot be shared between processes; use a persistent store such as "+jslib.PersistentStores)
	case !store.Unknown:
		at := u.At
		if u.OptsNode != nil {
			at = u.OptsNode
		}
		f.Report("memstore", at, u.Lib.Name+" has no store, so it keeps sessions in process memory, which leaks memory, loses every session on restart and cannot be shared between processes; set store to a persistent store such as "+jslib.PersistentStores)
	}
}
