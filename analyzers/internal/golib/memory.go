package golib

import (
	"go/ast"
	"go/types"
	"os"
	"path/filepath"
	"strings"

	"github.com/sessionlint/sessionlint/analyzers/internal/typematch"
	"golang.org/x/tools/go/ast/inspector"
)

// Session stores that keep sessions in process memory: lost on restart, not
// shared between instances, growing with every visitor.

const memoryWhy = "so they are lost on restart, not shared between instances, and grow with every visitor"

// A MemoryStore is a constructor of a store that keeps sessions in process
// memory, with the finding's message (what, why, the shared store to use).
type MemoryStore struct {
	Func    Func
	Message string
	// ManagerStore: reported where it is set as a session manager's Store
	// (scs memstore), which also counts as that manager's configuration.
	ManagerStore bool
	// Storage: a generic key-value storage (fiber's memory storage),
	// reported only as a session store's Storage.
	Storage bool
}

var memoryStores = []MemoryStore{
	{Func: Func{Pkg: PathSCSMemstore, Names: []string{"New", "NewWithCleanupInterval"}}, ManagerStore: true,
		Message: "scs memstore keeps sessions in process memory, " + memoryWhy + "; use a shared store such as redisstore or postgresstore"},
	{Func: Func{Pkg: PathGinMemstore, Names: []string{"NewStore"}},
		Message: "gin-contrib/sessions memstore keeps sessions in process memory, " + memoryWhy + "; use the redis, postgres or cookie store"},
	{Func: Func{Pkg: PathQuasoftMem, Names: []string{"NewMemStore"}},
		Message: "memstore.NewMemStore keeps gorilla sessions in process memory, " + memoryWhy + "; use a shared store such as redistore"},
	{Func: Func{Pkg: PathOwnMemstore, Names: []string{"New"}},
		Message: "session/memstore keeps sessions in process memory and is meant for tests and development, " + memoryWhy + "; use github.com/sessionlint/sessionlint/session/redisstore"},
	{Func: Func{Pkg: PathFiberMemory, Names: []string{"New"}}, Storage: true},
	{Func: Func{Pkg: PathFiberMemory2, Names: []string{"New"}}, Storage: true},
}

// MemoryStoreOf returns the in-memory store constructor fn is, or nil.
func MemoryStoreOf(fn *types.Func) *MemoryStore {
	return find(memoryStores, func(r *MemoryStore) bool { return r.Func.Matches(fn) })
}

// A MemoryDefault is a session constructor whose store is in memory unless
// the app configures one.
type MemoryDefault struct {
	Func Func
	// Manager and StoreField: the manager type and its store field, which
	// may be set after construction (scs: SessionManager.Store).
	Manager, StoreField string
	// ConfigStorage: the store comes from the Storage field of the config
	// argument (fiber).
	ConfigStorage string
	Message       string // the default store is in memory
	MemoryMessage string // the configured storage is the in-memory one
}

var memoryDefaults = []MemoryDefault{
	{Func: Func{Pkg: PathSCS, Names: []string{"New"}}, Manager: "SessionManager", StoreField: "Store",
		Message: "scs session manager keeps sessions in process memory (the default memstore), " + memoryWhy + "; set Store to a shared store such as redisstore or postgresstore"},
	{Func: Func{Pkg: PathFiber2Session, Names: []string{"New"}}, ConfigStorage: "Storage",
		Message:       "fiber session store keeps sessions in process memory (no Storage configured), " + memoryWhy + "; set Storage to a shared storage such as github.com/gofiber/storage/redis",
		MemoryMessage: "fiber session Storage is the in-memory storage, " + memoryWhy + "; use a shared storage such as github.com/gofiber/storage/redis"},
	{Func: Func{Pkg: PathGofiberSession, Names: []string{"New"}}, ConfigStorage: "Provider",
		Message:       "gofiber/session keeps sessions in process memory (no Provider configured), " + memoryWhy + "; set Provider to a shared provider such as github.com/gofiber/session/v2/provider/redis",
		MemoryMessage: "gofiber/session Provider is the in-memory provider, " + memoryWhy + "; use a shared provider such as github.com/gofiber/session/v2/provider/redis"},
	{Func: Func{Pkg: PathFiber3Session, Names: []string{"New", "NewStore", "NewWithStore"}}, ConfigStorage: "Storage",
		Message:       "fiber session store keeps sessions in process memory (no Storage configured), " + memoryWhy + "; set Storage to a shared storage such as github.com/gofiber/storage/redis",
		MemoryMessage: "fiber session Storage is the in-memory storage, " + memoryWhy + "; use a shared storage such as github.com/gofiber/storage/redis"},
}

// MemoryDefaultOf returns the defaults of a session constructor whose
// store is in memory unless configured, or nil.
func MemoryDefaultOf(fn *types.Func) *MemoryDefault {
	return find(memoryDefaults, func(r *MemoryDefault) bool { return r.Func.Matches(fn) })
}

// ManagerMemoryDefaults lists the constructors of managers whose store
// field may be set after construction.
func ManagerMemoryDefaults() []*MemoryDefault {
	var out []*MemoryDefault
	for i := range memoryDefaults {
		if memoryDefaults[i].Manager != "" {
			out = append(out, &memoryDefaults[i])
		}
	}
	return out
}

// IsManager reports whether t is d's manager type.
func (d *MemoryDefault) IsManager(t types.Type) bool {
	return d.Manager != "" && typematch.IsNamed(t, d.Func.Pkg, d.Manager)
}

// ProviderSessions describes a session module configured by a provider
// name, in memory by default (beego), and its config switches.
type ProviderSessions struct {
	Lib                    string // names the framework for the fix advice
	ConfigPkg, ConfigVar   string // the global configuration (web.BConfig)
	OnField, ProviderField string
	MemoryProvider         string // the provider name that keeps sessions in memory, also the default
	CookieProvider         string // the provider that keeps the session in the cookie: no server-side ID
	Run                    Func   // starting the app reads the config file
	ConfFile               string // the config file, relative to the package calling Run
	OnKey, ProviderKey     string // its keys
	NewManager             Func   // a manager built with a provider name as first argument
	Message                string
	ManagerMessage         string
	XSRFField, XSRFKey     string // the built-in CSRF defence's switch, in code and in the config file
	// The session cookie's attributes when sessions are on: Secure follows
	// HTTPSField (HTTPSKey in the config file), off by default; SameSite is
	// SameSiteField, unset by default; the fixes say how to set them.
	HTTPSField, HTTPSKey   string
	SameSiteField          string
	CookieSubject          string
	SecureFix, SameSiteFix string
}

// BeegoSessions describes beego's session and CSRF switches.
var BeegoSessions = ProviderSessions{
	Lib:       "beego",
	ConfigPkg: PathBeegoWeb, ConfigVar: "BConfig", OnField: "SessionOn", ProviderField: "SessionProvider", MemoryProvider: "memory", CookieProvider: "cookie",
	Run:      Func{Pkg: PathBeegoWeb, Names: []string{"Run", "RunWithMiddleWares"}},
	ConfFile: "conf/app.conf", OnKey: "sessionon", ProviderKey: "sessionprovider",
	NewManager:     Func{Pkg: PathBeegoSession, Names: []string{"NewManager"}},
	Message:        "beego sessions are on with the memory provider, " + memoryWhy + `; set SessionProvider to "redis", "mysql" or "postgresql"`,
	ManagerMessage: `beego session manager uses the "memory" provider, ` + memoryWhy + `; use "redis", "mysql" or "postgresql"`,
	XSRFField:      "EnableXSRF", XSRFKey: "enablexsrf",
	HTTPSField: "EnableHTTPS", HTTPSKey: "enablehttps", SameSiteField: "SessionCookieSameSite",
	CookieSubject: "beego session cookie",
	SecureFix:     "web.BConfig.Listen.EnableHTTPS = true (beego takes the session cookie's Secure from it)",
	SameSiteFix:   "web.BConfig.WebConfig.Session.SessionCookieSameSite = http.SameSiteLaxMode",
}

// MemoryLibPaths lists the packages the memstore rule looks at, for a cheap
// early exit.
var MemoryLibPaths = []string{PathSCS, PathSCSMemstore, PathGinMemstore, PathQuasoftMem, PathOwnMemstore,
	PathFiber2Session, PathFiber3Session, PathGofiberSession, PathBeegoWeb, PathBeegoSession}

// A ConfEntry is one key = value line of a config file.
type ConfEntry struct{ Key, Value string }

// ReadConf reads the module's config file (beego's conf/app.conf) in dir:
// its key = value lines, keys lower-cased, values without quotes. ok is
// false when there is no file.
func (p ProviderSessions) ReadConf(dir string) (entries []ConfEntry, ok bool) {
	data, found := p.readConf(dir)
	if !found {
		return nil, false
	}
	for line := range strings.Lines(string(data)) {
		line = strings.TrimSpace(line)
		if strings.HasPrefix(line, "#") || strings.HasPrefix(line, ";") {
			continue
		}
		k, v, ok := strings.Cut(line, "=")
		if !ok {
			continue
		}
		entries = append(entries, ConfEntry{strings.ToLower(strings.TrimSpace(k)), confValue(v)})
	}
	return entries, true
}

// readConf finds the config file from dir up to the module root (the app
// runs from there, and Run may sit in a subpackage); a repository that
// ships only a template that becomes the config on install
// (conf/app.conf.example) has its values as the defaults.
func (p ProviderSessions) readConf(dir string) ([]byte, bool) {
	for {
		name := filepath.Join(dir, filepath.FromSlash(p.ConfFile))
		for _, suffix := range []string{"", ".example", ".sample", ".dist", ".default"} {
			if data, err := os.ReadFile(name + suffix); err == nil {
				return data, true
			}
		}
		if _, err := os.Stat(filepath.Join(dir, "go.mod")); err == nil {
			return nil, false
		}
		parent := filepath.Dir(dir)
		if parent == dir {
			return nil, false
		}
		dir = parent
	}
}

// confValue unquotes a value and resolves beego's environment form
// "${VAR||default}" to its default, the value when VAR is unset.
func confValue(v string) string {
	v = strings.Trim(strings.TrimSpace(v), `"`)
	if inner, ok := strings.CutPrefix(v, "${"); ok {
		if inner, ok := strings.CutSuffix(inner, "}"); ok {
			_, def, _ := strings.Cut(inner, "||")
			return strings.TrimSpace(def)
		}
	}
	return v
}

// IsConfig reports whether obj is the library's global configuration
// (beego's web.BConfig).
func (p ProviderSessions) IsConfig(obj types.Object) bool {
	return obj != nil && obj.Pkg() != nil && typematch.PathMatches(obj.Pkg().Path(), p.ConfigPkg) && obj.Name() == p.ConfigVar
}

// A ConfigWrite is an assignment to a field of the global configuration:
// web.BConfig.WebConfig.Session.SessionOn = true has Field "SessionOn".
type ConfigWrite struct {
	Field  string
	Lhs    ast.Expr
	Value  ast.Expr
	Cursor inspector.Cursor // the assignment
}

// ConfigWrites lists the package's writes to fields of the global
// configuration, in source order.
func (p ProviderSessions) ConfigWrites(info *types.Info, ins *inspector.Inspector) []ConfigWrite {
	var out []ConfigWrite
	for cur := range ins.Root().Preorder((*ast.AssignStmt)(nil)) {
		as := cur.Node().(*ast.AssignStmt)
		if len(as.Lhs) != len(as.Rhs) {
			continue
		}
		for i, lhs := range as.Lhs {
			root, path := typematch.SelectorPath(info, lhs)
			if len(path) > 0 && p.IsConfig(root) {
				out = append(out, ConfigWrite{Field: path[len(path)-1], Lhs: lhs, Value: as.Rhs[i], Cursor: cur})
			}
		}
	}
	return out
}
