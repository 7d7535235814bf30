package resolve

import (
	"encoding/json"
	"path/filepath"
	"slices"
	"strings"

	"github.com/sessionlint/sessionlint/internal/js/jslib"
	"github.com/sessionlint/sessionlint/internal/js/syntax"
	"github.com/sessionlint/sessionlint/internal/lazyre"
	"github.com/sessionlint/sessionlint/internal/readlog"
)

// aliases are the ways an app names its own modules other than by a
// relative path: TypeScript's paths and baseUrl (tsconfig.json or
// jsconfig.json), package.json's "imports" (#config/*), and the packages
// of the workspace the app belongs to.
type aliases struct {
	paths   []pathAlias // tsconfig paths and package imports, in order
	baseURL string      // tsconfig baseUrl ("" none)
	// nodePath: the folders package.json's scripts put on NODE_PATH
	// (cross-env NODE_PATH=./ node api), searched for bare specifiers.
	nodePath  []string
	workspace map[string]string
	// configFiles: the app has node-config files (config/default.*).
	configFiles bool
	// autoImports are the frameworks that import names for the app.
	autoImports []jslib.AutoImport
}

type pathAlias struct {
	pattern string   // "@/*", "#config/*", "~/lib"
	targets []string // absolute, with at most one "*"
}

// aliasesOf reads (once) the aliases of the app at root.
func (p *Program) aliasesOf(root string) *aliases {
	if a, ok := p.apps[root]; ok {
		return a
	}
	a := &aliases{}
	p.apps[root] = a
	if root == "" {
		return a
	}
	for _, name := range []string{"tsconfig.json", "jsconfig.json", "tsconfig.app.json", "tsconfig.base.json"} {
		a.readTSConfig(filepath.Join(root, name), 0)
	}
	a.readImports(root)
	a.readNodePath(root)
	a.readAutoImports(root)
	a.readWorkspace(root)
	for name, dir := range p.siblings {
		if _, ok := a.workspace[name]; !ok && dir != root {
			a.workspace[name] = dir
		}
	}
	for _, name := range jslib.ConfigFileNames {
		for _, ext := range jslib.ConfigFileExts {
			if _, err := readlog.Stat(filepath.Join(root, jslib.ConfigDir, name+ext)); err == nil {
				a.configFiles = true
			}
		}
	}
	return a
}

// nodePathVar finds NODE_PATH=<folders> in a script.
var nodePathVar = lazyre.New(`\bNODE_PATH=("[^"]*"|'[^']*'|\S+)`)

// readNodePath reads the NODE_PATH folders set by the scripts of the app's
// package.json or of the packages above it (a monorepo's root scripts
// start each app with NODE_PATH=./).
func (a *aliases) readNodePath(root string) {
	for d, i := root, 0; i < 6; d, i = filepath.Dir(d), i+1 {
		data, err := readlog.ReadFile(filepath.Join(d, "package.json"))
		if err == nil {
			var pkg struct {
				Scripts map[string]string `json:"scripts"`
			}
			if json.Unmarshal(data, &pkg) == nil {
				for _, script := range pkg.Scripts {
					for _, m := range nodePathVar.FindAllStringSubmatch(script, -1) {
						for _, dir := range filepath.SplitList(strings.Trim(m[1], `"'`)) {
							if dir = filepath.Join(d, dir); !slices.Contains(a.nodePath, dir) {
								a.nodePath = append(a.nodePath, dir)
							}
						}
					}
				}
			}
		}
		if filepath.Dir(d) == d {
			break
		}
	}
}

// readAutoImports notes the catalog's frameworks the app depends on that
// import names for it (Nuxt: h3's utilities in server/).
func (a *aliases) readAutoImports(root string) {
	data, err := readlog.ReadFile(filepath.Join(root, "package.json"))
	if err != nil {
		return
	}
	var pkg struct {
		Deps    map[string]any `json:"dependencies"`
		DevDeps map[string]any `json:"devDependencies"`
	}
	if json.Unmarshal(data, &pkg) != nil {
		return
	}
	for _, ai := range jslib.AutoImports {
		for _, d := range ai.Deps {
			if pkg.Deps[d] != nil || pkg.DevDeps[d] != nil {
				a.autoImports = append(a.autoImports, ai)
				break
			}
		}
	}
	// The framework's own aliases, after the app's (tsconfig paths win).
	for _, fa := range jslib.FrameworkAliases {
		for _, d := range fa.Deps {
			if pkg.Deps[d] != nil || pkg.DevDeps[d] != nil {
				dir := filepath.Join(root, filepath.FromSlash(fa.Dir))
				a.paths = append(a.paths,
					pathAlias{pattern: fa.Prefix, targets: []string{dir}},
					pathAlias{pattern: fa.Prefix + "/*", targets: []string{filepath.Join(dir, "*")}})
				break
			}
		}
	}
}

// readTSConfig reads compilerOptions.paths and baseUrl, following a local
// "extends".
func (a *aliases) readTSConfig(path string, depth int) {
	data, err := readlog.ReadFile(path)
	if err != nil || depth > 3 {
		return
	}
	var cfg struct {
		Extends         any `json:"extends"`
		CompilerOptions struct {
			BaseURL string `json:"baseUrl"`
			// A target list, or (tolerated by editors, common in
			// jsconfig.json) a single target string.
			Paths map[string]any `json:"paths"`
		} `json:"compilerOptions"`
	}
	if json.Unmarshal(syntax.StrictJSON(data), &cfg) != nil {
		return
	}
	dir := filepath.Dir(path)
	if ext, ok := cfg.Extends.(string); ok && strings.HasPrefix(ext, ".") {
		if !strings.HasSuffix(ext, ".json") {
			ext += ".json"
		}
		a.readTSConfig(filepath.Join(dir, ext), depth+1)
	}
	base := dir
	if cfg.CompilerOptions.BaseURL != "" {
		base = filepath.Join(dir, cfg.CompilerOptions.BaseURL)
		a.baseURL = base
	}
	for pat, v := range cfg.CompilerOptions.Paths {
		var targets []string
		switch v := v.(type) {
		case string:
			targets = []string{v}
		case []any:
			for _, t := range v {
				if t, ok := t.(string); ok {
					targets = append(targets, t)
				}
			}
		}
		al := pathAlias{pattern: pat}
		for _, t := range targets {
			al.targets = append(al.targets, filepath.Join(base, filepath.FromSlash(t)))
		}
		a.paths = append(a.paths, al)
	}
}

// readImports reads package.json "imports": { "#config/*": "./src/config/*" }.
func (a *aliases) readImports(root string) {
	data, err := readlog.ReadFile(filepath.Join(root, "package.json"))
	if err != nil {
		return
	}
	var pkg struct {
		Imports map[string]any `json:"imports"`
	}
	if json.Unmarshal(data, &pkg) != nil {
		return
	}
	for pat, t := range pkg.Imports {
		for _, target := range importTargets(t) {
			a.paths = append(a.paths, pathAlias{pattern: pat, targets: []string{filepath.Join(root, filepath.FromSlash(target))}})
		}
	}
}

// importTargets reads a package.json imports/exports target: a string, or
// conditions ({ "import": ..., "default": ... }).
func importTargets(t any) []string {
	switch v := t.(type) {
	case string:
		return []string{v}
	case map[string]any:
		var out []string
		for _, k := range []string{"source", "development", "import", "require", "node", "default", "types"} {
			if x, ok := v[k]; ok {
				out = append(out, importTargets(x)...)
			}
		}
		return out
	}
	return nil
}

// readWorkspace maps the names of the workspace's packages to their
// folders: the nearest folder above root whose package.json declares
// workspaces (npm, yarn) or that holds pnpm-workspace.yaml.
func (a *aliases) readWorkspace(root string) {
	a.workspace = map[string]string{}
	for d, i := root, 0; i < 6; d, i = filepath.Dir(d), i+1 {
		var globs []string
		if data, err := readlog.ReadFile(filepath.Join(d, "package.json")); err == nil {
			var pkg struct {
				Workspaces any `json:"workspaces"`
			}
			if json.Unmarshal(data, &pkg) == nil {
				switch w := pkg.Workspaces.(type) {
				case []any:
					for _, x := range w {
						if s, ok := x.(string); ok {
							globs = append(globs, s)
						}
					}
				case map[string]any:
					if ps, ok := w["packages"].([]any); ok {
						for _, x := range ps {
							if s, ok := x.(string); ok {
								globs = append(globs, s)
							}
						}
					}
				}
			}
		}
		if data, err := readlog.ReadFile(filepath.Join(d, "pnpm-workspace.yaml")); err == nil {
			for _, l := range strings.Split(string(data), "\n") {
				if s, ok := strings.CutPrefix(strings.TrimSpace(l), "- "); ok {
					globs = append(globs, strings.Trim(s, `'"`))
				}
			}
		}
		if len(globs) > 0 {
			for _, g := range globs {
				if strings.HasPrefix(g, "!") {
					continue
				}
				matches, _ := readlog.Glob(filepath.Join(d, filepath.FromSlash(strings.TrimSuffix(g, "/**"))))
				for _, m := range matches {
					if name := packageName(m); name != "" {
						a.workspace[name] = m
					}
				}
			}
			return
		}
		if filepath.Dir(d) == d {
			return
		}
	}
}

func packageName(dir string) string {
	data, err := readlog.ReadFile(filepath.Join(dir, "package.json"))
	if err != nil {
		return ""
	}
	var pkg struct {
		Name string `json:"name"`
	}
	_ = json.Unmarshal(data, &pkg)
	return pkg.Name
}

// resolve returns the base paths a bare specifier may name in the app.
func (a *aliases) resolve(spec string) []string {
	var out []string
	for _, al := range a.paths {
		prefix, suffix, star := strings.Cut(al.pattern, "*")
		switch {
		case !star && spec == al.pattern:
			out = append(out, al.targets...)
		case star && strings.HasPrefix(spec, prefix) && strings.HasSuffix(spec, suffix) && len(spec) >= len(prefix)+len(suffix):
			mid := spec[len(prefix) : len(spec)-len(suffix)]
			for _, t := range al.targets {
				out = append(out, strings.Replace(t, "*", filepath.FromSlash(mid), 1))
			}
		}
	}
	if len(out) > 0 {
		return out
	}
	// A workspace package, or a module below one: @app/core, @app/core/auth.
	for name, dir := range a.workspace {
		if spec == name {
			return packageEntries(dir)
		}
		if rest, ok := strings.CutPrefix(spec, name+"/"); ok {
			return []string{filepath.Join(dir, "src", rest), filepath.Join(dir, rest)}
		}
	}
	if a.baseURL != "" && !strings.HasPrefix(spec, "@") {
		p := filepath.Join(a.baseURL, filepath.FromSlash(spec))
		if _, err := readlog.Stat(filepath.Dir(p)); err == nil && !strings.Contains(p, "node_modules") {
			return []string{p}
		}
	}
	if !strings.HasPrefix(spec, "@") && strings.Contains(spec, "/") {
		// NODE_PATH: a folder of the app's (shared/session), never a
		// package (a package of one name segment is a dependency).
		for _, dir := range a.nodePath {
			p := filepath.Join(dir, filepath.FromSlash(spec))
			if _, err := readlog.Stat(filepath.Dir(p)); err == nil && !strings.Contains(p, "node_modules") {
				return []string{p}
			}
		}
	}
	return nil
}

// packageEntries lists the entry points of a workspace package: its
// sources first (built output is not in a checkout).
func packageEntries(dir string) []string {
	out := []string{filepath.Join(dir, "src", "index"), filepath.Join(dir, "index")}
	data, err := readlog.ReadFile(filepath.Join(dir, "package.json"))
	if err != nil {
		return out
	}
	var pkg struct {
		Main    string `json:"main"`
		Module  string `json:"module"`
		Source  string `json:"source"`
		Types   string `json:"types"`
		Exports any    `json:"exports"`
	}
	if json.Unmarshal(data, &pkg) != nil {
		return out
	}
	var entries []string
	switch e := pkg.Exports.(type) {
	case string:
		entries = append(entries, e)
	case map[string]any:
		if dot, ok := e["."]; ok {
			entries = append(entries, importTargets(dot)...)
		} else {
			entries = append(entries, importTargets(e)...)
		}
	}
	entries = append(entries, pkg.Source, pkg.Module, pkg.Main, pkg.Types)
	for _, x := range entries {
		if x != "" {
			x = strings.TrimSuffix(strings.TrimSuffix(x, ".d.ts"), filepath.Ext(x))
			out = append(out, filepath.Join(dir, filepath.FromSlash(x)))
		}
	}
	return out
}
