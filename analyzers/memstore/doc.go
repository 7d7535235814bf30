// Package memstore defines an Analyzer that reports session stores that
// keep sessions in process memory in production code.
//
// # Analyzer memstore
//
// memstore: in-memory session store in production code
//
// Sessions kept in the memory of one process are lost on every restart or
// deploy, are not shared between instances behind a load balancer, and
// grow with every visitor, which an attacker can use to exhaust memory.
//
// The analyzer reports:
//
//   - scs (github.com/alexedwards/scs/v2): scs.New() whose manager never
//     gets a Store, since the default is memstore.New(); and an explicit
//     memstore.New() or memstore.NewWithCleanupInterval(). The manager is
//     followed through the variable, global or struct field it is stored
//     in (app.sessions.Store = postgresstore.New(db) in another method
//     counts), aliases, and helper functions that return it;
//   - gin-contrib/sessions memstore.NewStore;
//   - github.com/quasoft/memstore NewMemStore (gorilla and echo-contrib);
//   - gofiber v2 session.New and v3 session.New, NewStore, NewWithStore
//     without a Storage (the default is in-memory), or with
//     github.com/gofiber/storage/memory;
//   - beego: web.BConfig.WebConfig.Session.SessionOn = true (or sessionon =
//     true in conf/app.conf beside the package calling web.Run) while the
//     provider stays "memory", and session.NewManager("memory", ...);
//   - github.com/sessionlint/sessionlint/session/memstore New.
//
// It stays silent in _test.go files and in test, fixture, mock and example
// folders, under an explicit development-only branch (if env ==
// "development", a function named like newDevStore), when a non-memory
// Store is assigned to the manager anywhere in the package (also through a
// parameter or an untracked value, to stay on the safe side), and for
// fiber's memory storage used for something other than sessions.
package memstore
