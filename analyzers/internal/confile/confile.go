// Package confile reads the configuration files a repository ships (YAML
// loaded by viper, koanf or yaml into the app's config struct) to tell what
// a field of that struct holds unless a deployment overrides it.
package confile

import (
	"go/ast"
	"go/token"
	"go/types"
	"os"
	"path/filepath"
	"reflect"
	"slices"
	"strings"
	"sync"

	"golang.org/x/tools/go/analysis"
	"gopkg.in/yaml.v3"

	"github.com/sessionlint/sessionlint/analyzers/internal/golib"
	"github.com/sessionlint/sessionlint/analyzers/internal/gomod"
	"github.com/sessionlint/sessionlint/analyzers/internal/typematch"
)

// A Value is what a shipped configuration file gives a config field.
type Value struct {
	Node *yaml.Node // the scalar: Value, Tag ("!!str", "!!bool"), Line, Column
	Keys []string   // the keys leading to it, as the file spells them
	Pos  token.Pos  // where it is, in a file added to the pass's file set
	End  token.Pos
	// Template: the file is an example to copy (config.example.yaml,
	// config.sample.yml), whose secrets are placeholders to replace.
	Template bool
}

// Lookup returns the value the repository's configuration files give the
// config field e reads (cfg.App.EncryptionKey, []byte(cfg.Key)), when the
// module loads configuration files into structs.
func Lookup(pass *analysis.Pass, e ast.Expr) (Value, bool) {
	path := fieldPath(pass.TypesInfo, e)
	if len(path) == 0 || !usesConfigLoader(gomod.ModuleImports(pass)) {
		return Value{}, false
	}
	root := moduleRoot(pass)
	if root == "" {
		return Value{}, false
	}
	for _, f := range configFiles(root) {
		n, keys, ok := f.lookup(path)
		if !ok {
			continue
		}
		tf := fileOf(pass, f)
		if tf == nil || n.Line > tf.LineCount() {
			continue
		}
		pos := tf.LineStart(n.Line) + token.Pos(n.Column-1)
		return Value{Node: n, Keys: keys, Pos: pos, End: pos + token.Pos(len(n.Value)), Template: isTemplate(f.path)}, true
	}
	return Value{}, false
}

// fieldPath returns the configuration keys of a chain of field reads,
// cfg.App.EncryptionKey → [app encryptionkey], from each field's
// mapstructure, yaml or json tag, else its name (matched without case).
func fieldPath(info *types.Info, e ast.Expr) []string {
	e = typematch.Unwrap(e)
	if call, ok := e.(*ast.CallExpr); ok && len(call.Args) == 1 {
		if tv, ok := info.Types[call.Fun]; ok && tv.IsType() {
			e = typematch.Unwrap(call.Args[0]) // []byte(cfg.Key)
		}
	}
	var keys []string
	for {
		sel, ok := e.(*ast.SelectorExpr)
		if !ok {
			break
		}
		s, ok := info.Selections[sel]
		if !ok || s.Kind() != types.FieldVal {
			break
		}
		keys = append([]string{fieldKey(s.Recv(), s.Obj().(*types.Var))}, keys...)
		e = typematch.Unwrap(sel.X)
	}
	if len(keys) == 0 {
		return nil
	}
	return keys
}

func fieldKey(recv types.Type, f *types.Var) string {
	if p, ok := recv.Underlying().(*types.Pointer); ok {
		recv = p.Elem()
	}
	if st, ok := recv.Underlying().(*types.Struct); ok {
		for i := range st.NumFields() {
			if st.Field(i) != f {
				continue
			}
			tag := reflect.StructTag(st.Tag(i))
			for _, k := range []string{"mapstructure", "yaml", "koanf", "json"} {
				if name, _, _ := strings.Cut(tag.Get(k), ","); name != "" && name != "-" {
					return strings.ToLower(name)
				}
			}
		}
	}
	return strings.ToLower(f.Name())
}

// usesConfigLoader reports whether the module loads configuration files
// into structs.
func usesConfigLoader(imports map[string]bool) bool {
	for p := range imports {
		if golib.IsConfigLoader(p) {
			return true
		}
	}
	return false
}

func moduleRoot(pass *analysis.Pass) string {
	if len(pass.Files) == 0 {
		return ""
	}
	dir := filepath.Dir(pass.Fset.File(pass.Files[0].Pos()).Name())
	for {
		if _, err := os.Stat(filepath.Join(dir, "go.mod")); err == nil {
			return dir
		}
		parent := filepath.Dir(dir)
		if parent == dir {
			return ""
		}
		dir = parent
	}
}

// A yamlFile is a configuration file the repository ships.
type yamlFile struct {
	path string
	data []byte
	doc  *yaml.Node
}

var (
	yamlMu    sync.Mutex
	yamlCache = make(map[string][]*yamlFile) // module root → its configuration files
)

// configFiles reads the YAML files at the module root and in its config,
// configs and conf folders, once per module.
func configFiles(root string) []*yamlFile {
	yamlMu.Lock()
	defer yamlMu.Unlock()
	if fs, ok := yamlCache[root]; ok {
		return fs
	}
	var out []*yamlFile
	for _, dir := range []string{root, filepath.Join(root, "config"), filepath.Join(root, "configs"), filepath.Join(root, "conf")} {
		entries, _ := os.ReadDir(dir)
		for _, ent := range entries {
			name := ent.Name()
			if ent.IsDir() || !(strings.HasSuffix(name, ".yaml") || strings.HasSuffix(name, ".yml")) || strings.Contains(strings.ToLower(name), "test") {
				continue
			}
			p := filepath.Join(dir, name)
			data, err := os.ReadFile(p)
			if err != nil || len(data) > 1<<20 {
				continue
			}
			var doc yaml.Node
			if yaml.Unmarshal(data, &doc) != nil || len(doc.Content) == 0 {
				continue
			}
			out = append(out, &yamlFile{path: p, data: data, doc: doc.Content[0]})
		}
	}
	// The files an app runs with before the examples to copy.
	slices.SortStableFunc(out, func(a, b *yamlFile) int { return cmpBool(isTemplate(a.path), isTemplate(b.path)) })
	yamlCache[root] = out
	return out
}

// lookup finds the longest tail of path that the file maps from its top
// level (the struct holding the field may be the whole configuration or a
// part of it) to a scalar other than an environment reference.
func (f *yamlFile) lookup(path []string) (*yaml.Node, []string, bool) {
	for start := range path {
		n := f.doc
		var keys []string
		for _, key := range path[start:] {
			var name string
			n, name = mappingValue(n, key)
			if n == nil {
				break
			}
			keys = append(keys, name)
		}
		if n != nil && n.Kind == yaml.ScalarNode && !strings.HasPrefix(n.Value, "${") {
			return n, keys, true
		}
	}
	return nil, nil, false
}

// mappingValue returns the value under key (matched without case or
// underscores) and the key as the file spells it.
func mappingValue(n *yaml.Node, key string) (*yaml.Node, string) {
	if n == nil || n.Kind != yaml.MappingNode {
		return nil, ""
	}
	for i := 0; i+1 < len(n.Content); i += 2 {
		if k := n.Content[i].Value; strings.EqualFold(k, key) || strings.EqualFold(strings.ReplaceAll(k, "_", ""), key) {
			return n.Content[i+1], k
		}
	}
	return nil, ""
}

// fileOf returns a file of the pass's file set for f, added once, so that
// the finding points into the configuration file itself.
func fileOf(pass *analysis.Pass, f *yamlFile) *token.File {
	var found *token.File
	pass.Fset.Iterate(func(tf *token.File) bool {
		if tf.Name() == f.path {
			found = tf
			return false
		}
		return true
	})
	if found != nil {
		return found
	}
	tf := pass.Fset.AddFile(f.path, -1, len(f.data))
	tf.SetLinesForContent(f.data)
	return tf
}

// isTemplate reports whether a configuration file is an example to copy.
func isTemplate(path string) bool {
	base := strings.ToLower(filepath.Base(path))
	return strings.Contains(base, "example") || strings.Contains(base, "sample") || strings.Contains(base, "template") || strings.Contains(base, ".dist")
}

func cmpBool(a, b bool) int {
	switch {
	case a == b:
		return 0
	case a:
		return 1
	}
	return -1
}
