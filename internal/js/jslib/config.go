package jslib

// Configuration loaders: where an app's settings come from when they are
// not in the code that uses them. "Configuration defaults are what ships":
// a value read through one of these is judged by the default the app
// ships (a schema default, a committed default file), and a value the
// environment must provide is unknown.

// A ConfigLoader is a configuration library and how it yields values.
type ConfigLoader struct {
	Module string
	Kind   ConfigKind
	// Ref: the factory or function (convict(schema), cleanEnv(env,
	// spec), registerAs(name, factory)); Get: the method reading a key
	// path (config.get('a.b')).
	Ref Ref
	Get string
	// Default: the schema key holding a key's default (convict
	// "default", envalid "default"; devDefault is development only).
	Default string
	// Arg: for DefaultsArg, the argument holding the defaults object.
	Arg int
}

// ConfigKind says how a loader finds a key's shipped value.
type ConfigKind int8

const (
	// ConfigFiles: files in the app's config folder, default.* then
	// production.* (node-config: config/default.json, .yaml, .js, ...).
	ConfigFiles ConfigKind = iota
	// SchemaDefaults: a schema object whose leaves carry the default
	// under Default (convict).
	SchemaDefaults
	// SpecCalls: a spec of validator calls with an options object holding
	// the default (envalid str({ default })).
	SpecCalls
	// ChainDefault: a builder chain with .default(value) (zod, joi,
	// yup, env-var).
	ChainDefault
	// Factory: the value is what a factory returns (@nestjs/config
	// registerAs(name, () => ({...}))).
	Factory
	// GetDefault: get(key, default) returns the default when the key is
	// unset (@nestjs/config ConfigService).
	GetDefault
	// EnvFile: loads a committed env file into process.env (dotenv
	// config({ path }), process.loadEnvFile(path)).
	EnvFile
	// GlobalFiles: a framework's config folder merged into a global
	// (sails: config/*.js → sails.config).
	GlobalFiles
	// DefaultsArg: a loader given the defaults object, which files and
	// the environment may override (rc(appname, defaults)).
	DefaultsArg
)

var configLoaders = []ConfigLoader{
	// node-config 3: config/default.* overridden by config/production.*.
	{Module: "config", Kind: ConfigFiles, Get: "get"},
	// config-lite: the same folder and merge order, the merged object as
	// the module's value.
	{Module: "config-lite", Kind: ConfigFiles},
	{Module: "convict", Kind: SchemaDefaults, Ref: Ref{"convict", ""}, Get: "get", Default: "default"},
	{Module: "envalid", Kind: SpecCalls, Ref: Ref{"envalid", "cleanEnv"}, Default: "default"},
	{Module: "zod", Kind: ChainDefault, Get: "default"},
	{Module: "joi", Kind: ChainDefault, Get: "default"},
	{Module: "yup", Kind: ChainDefault, Get: "default"},
	{Module: "env-var", Kind: ChainDefault, Get: "default"},
	{Module: "@nestjs/config", Kind: Factory, Ref: Ref{"@nestjs/config", "registerAs"}},
	{Module: "@nestjs/config", Kind: GetDefault, Ref: Ref{"@nestjs/config", "ConfigService"}, Get: "get"},
	{Module: "dotenv", Kind: EnvFile, Ref: Ref{"dotenv", "config"}},
	{Module: "sails", Kind: GlobalFiles, Get: "sails.config"},
	// rc 1.2: rc(appname, defaults) layers rc files, env (appname_key) and
	// argv over the defaults.
	{Module: "rc", Kind: DefaultsArg, Ref: Ref{"rc", ""}, Arg: 1},
}

// DefaultsArgOf returns the argument of a loader call that holds its
// defaults object, or -1.
func DefaultsArgOf(callee Ref) int {
	for _, c := range configLoaders {
		if c.Kind == DefaultsArg && c.Ref == callee {
			return c.Arg
		}
	}
	return -1
}

// ConfigLoaders returns the loaders of a kind.
func ConfigLoaders(kind ConfigKind) []ConfigLoader {
	var out []ConfigLoader
	for _, c := range configLoaders {
		if c.Kind == kind {
			out = append(out, c)
		}
	}
	return out
}

// ConfigLoaderOf returns the loader of a module and kind, or nil.
func ConfigLoaderOf(module string, kind ConfigKind) *ConfigLoader {
	for i := range configLoaders {
		if configLoaders[i].Module == module && configLoaders[i].Kind == kind {
			return &configLoaders[i]
		}
	}
	return nil
}

// ConfigDir is node-config's folder, and ConfigFileNames the files it
// reads, in the order they override one another (the environment is the
// shipped production one; local files are not committed).
const ConfigDir = "config"

var ConfigFileNames = []string{"default", "production"}

// ConfigFileExts are the extensions node-config reads.
var ConfigFileExts = []string{".json", ".yaml", ".yml", ".js", ".cjs", ".ts", ".json5"}

// ProductionEnv is the NODE_ENV assumed when a config module is chosen by
// the environment (require('./env/' + process.env.NODE_ENV)).
const ProductionEnv = "production"

// TemplateSuffixes name committed templates of a config module the app
// requires but does not ship (config.js copied from config.default.js).
var TemplateSuffixes = []string{".default", ".example", ".sample", ".dist", ".template"}

// EnvLoaders: process.loadEnvFile(path) (Node 20.12) and dotenv's
// config({ path }) load env files.
var EnvLoaderGlobals = []string{"process.loadEnvFile"}

// Merges are functions that merge their object arguments, later ones
// winning: Object.assign, lodash merge/assign/extend/defaultsDeep(reversed).
var Merges = map[Ref]bool{
	{"lodash", "merge"}: true, {"lodash", "assign"}: true, {"lodash", "extend"}: true, {"lodash", "mergeWith"}: true,
	{"lodash.merge", ""}: true, {"deepmerge", ""}: true, {"deepmerge", "all"}: true, {"merge-deep", ""}: true,
	{"underscore", "extend"}: true, {"extend", ""}: true, {"deep-extend", ""}: true, {"defu", "defu"}: false,
}

// MergeGlobals are merge helpers by text: _.merge with lodash loaded as a
// global or script.
var MergeGlobals = map[string]bool{"Object.assign": true, "_.merge": true, "_.extend": true, "_.assign": true, "$.extend": true}

// DeepMerges are the merges that combine nested objects key by key
// (lodash merge: { session: { cookie } } then { session: { name } } keeps
// the cookie); the others replace a nested object whole.
var DeepMerges = map[Ref]bool{
	{"lodash", "merge"}: true, {"lodash", "mergeWith"}: true, {"lodash.merge", ""}: true,
	{"deepmerge", ""}: true, {"deepmerge", "all"}: true, {"merge-deep", ""}: true, {"deep-extend", ""}: true,
}

// DeepMergeGlobals are deep merges by text.
var DeepMergeGlobals = map[string]bool{"_.merge": true}
