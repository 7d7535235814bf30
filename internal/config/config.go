// Package config reads sessionlint's configuration file, .sessionlint.yml,
// found in the working directory or the nearest folder above it:
//
//	disable: [memstore]              # rules to skip
//	enable: [cookieflags, csrf]      # rules to run (default: all)
//	severity: {noexpiry: high}       # per-rule severity: low, medium or high
//	exclude: ["internal/legacy/**", "**/*_gen.go"]
//	names:                           # names the rules should also know
//	  session-cookies: [acme_sid]
//	  identity-keys: [principal]
//	  login-handlers: [doSignIn, /enter]
//	  logout-handlers: [doSignOut]
//	js:
//	  max-file-size: 2MiB            # or a number of bytes
//
// Unknown keys, unknown rules and values of the wrong type are errors that
// name the file and line. Command-line flags win over the file: see Select.
package config

import (
	"errors"
	"fmt"
	"maps"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"strings"

	"gopkg.in/yaml.v3"

	"github.com/sessionlint/sessionlint/catalog"
	"github.com/sessionlint/sessionlint/internal/lazyre"
)

// FileName is the name of the configuration file.
const FileName = ".sessionlint.yml"

// A Config is the content of a configuration file. The zero Config
// changes nothing.
type Config struct {
	Path string // the file read, "" when there was none
	Dir  string // its folder, which exclude patterns are relative to

	Enable   []string // rules to run; empty: all
	Disable  []string
	Severity map[string]catalog.Severity // rule → severity overriding the registry's
	Exclude  []string                    // the patterns as written
	Names    catalog.Names
	// JSMaxFileSize is the largest JavaScript/TypeScript file analysed, in
	// bytes; 0 keeps the default (1 MiB).
	JSMaxFileSize int64

	globs []glob
}

// An Error is a mistake in a configuration file, at a line.
type Error struct {
	File string
	Line int // 0 when unknown
	Msg  string
}

func (e *Error) Error() string {
	if e.Line == 0 {
		return e.File + ": " + e.Msg
	}
	return fmt.Sprintf("%s:%d: %s", e.File, e.Line, e.Msg)
}

// Find returns the configuration file in dir or the nearest folder above
// it, or "" when there is none.
func Find(dir string) string {
	for {
		p := filepath.Join(dir, FileName)
		if info, err := os.Stat(p); err == nil && !info.IsDir() {
			return p
		}
		parent := filepath.Dir(dir)
		if parent == dir {
			return ""
		}
		dir = parent
	}
}

// Load reads and checks a configuration file.
func Load(path string) (*Config, error) {
	data, err := os.ReadFile(path)
	if err != nil {
		return nil, err
	}
	return Parse(path, data)
}

// Parse checks the content of the configuration file at path.
func Parse(path string, data []byte) (*Config, error) {
	abs, err := filepath.Abs(path)
	if err != nil {
		return nil, err
	}
	c := &Config{Path: path, Dir: filepath.Dir(abs)}
	var doc yaml.Node
	if err := yaml.Unmarshal(data, &doc); err != nil {
		return nil, yamlError(path, err)
	}
	if doc.Kind == 0 || len(doc.Content) == 0 {
		return c, nil // an empty file
	}
	p := parser{file: path}
	top := resolve(doc.Content[0])
	if top.Tag == "!!null" {
		return c, nil
	}
	err = p.mapping(top, "the top level", map[string]func(*yaml.Node) error{
		"enable":   func(n *yaml.Node) (err error) { c.Enable, err = p.rules(n, "enable"); return err },
		"disable":  func(n *yaml.Node) (err error) { c.Disable, err = p.rules(n, "disable"); return err },
		"severity": func(n *yaml.Node) error { return p.severities(n, c) },
		"exclude":  func(n *yaml.Node) error { return p.excludes(n, c) },
		"names":    func(n *yaml.Node) error { return p.names(n, &c.Names) },
		"js": func(n *yaml.Node) error {
			return p.mapping(n, "js", map[string]func(*yaml.Node) error{
				"max-file-size": func(n *yaml.Node) (err error) {
					c.JSMaxFileSize, err = p.size(n, "js.max-file-size")
					return err
				},
			})
		},
	})
	if err != nil {
		return nil, err
	}
	return c, nil
}

// Excluded reports whether an absolute path, or a folder it is in,
// matches one of the exclude patterns. Paths outside the configuration
// file's folder never do.
func (c *Config) Excluded(path string) bool {
	if c == nil || len(c.globs) == 0 {
		return false
	}
	rel, err := filepath.Rel(c.Dir, path)
	if err != nil || rel == "." || rel == ".." || strings.HasPrefix(rel, ".."+string(filepath.Separator)) {
		return false
	}
	rel = filepath.ToSlash(rel)
	for _, g := range c.globs {
		if g.match(rel) {
			return true
		}
	}
	return false
}

// SeverityOf returns a rule's severity: the configuration's, or def.
func (c *Config) SeverityOf(id string, def catalog.Severity) catalog.Severity {
	if s, ok := c.Severity[id]; ok {
		return s
	}
	return def
}

// Select combines the configuration's rule selection with the
// command-line flags', which win: -enable (nil when not given) replaces
// the file's enable list and runs its rules even when the file disables
// them; -disable adds to the file's disable list. The result is the set of
// rules to run (nil: all) and the set to skip.
func (c *Config) Select(flagEnable, flagDisable map[string]bool) (enable, disable map[string]bool) {
	disable = make(map[string]bool)
	for _, id := range c.Disable {
		if !flagEnable[id] {
			disable[id] = true
		}
	}
	for id := range flagDisable {
		disable[id] = true
	}
	switch {
	case flagEnable != nil:
		enable = flagEnable
	case len(c.Enable) > 0:
		enable = make(map[string]bool)
		for _, id := range c.Enable {
			enable[id] = true
		}
	}
	return enable, disable
}

var yamlLine = lazyre.New(`^yaml: line (\d+): (.*)$`)

func yamlError(path string, err error) error {
	msg := err.Error()
	if m := yamlLine.FindStringSubmatch(msg); m != nil {
		line, _ := strconv.Atoi(m[1])
		return &Error{File: path, Line: line, Msg: m[2]}
	}
	return &Error{File: path, Msg: strings.TrimPrefix(msg, "yaml: ")}
}

// parser checks nodes and reports errors at their lines.
type parser struct{ file string }

func (p parser) errorf(n *yaml.Node, format string, args ...any) error {
	return &Error{File: p.file, Line: n.Line, Msg: fmt.Sprintf(format, args...)}
}

// resolve follows aliases (*anchor) to the node they stand for.
func resolve(n *yaml.Node) *yaml.Node {
	for n.Kind == yaml.AliasNode && n.Alias != nil {
		n = n.Alias
	}
	return n
}

// kind names a node's type for messages.
func kind(n *yaml.Node) string {
	switch n.Kind {
	case yaml.MappingNode:
		return "a mapping"
	case yaml.SequenceNode:
		return "a list"
	}
	switch n.Tag {
	case "!!str":
		return "a string"
	case "!!int", "!!float":
		return "a number"
	case "!!bool":
		return "a boolean"
	case "!!null":
		return "nothing"
	}
	return "a " + strings.TrimPrefix(n.Tag, "!!")
}

// mapping checks that n is a mapping whose keys are all in fields (each
// once), and calls each key's function with its value. what names the
// mapping in messages.
func (p parser) mapping(n *yaml.Node, what string, fields map[string]func(*yaml.Node) error) error {
	n = resolve(n)
	if n.Kind != yaml.MappingNode {
		return p.errorf(n, "%s: want a mapping, got %s", what, kind(n))
	}
	seen := make(map[string]bool)
	for i := 0; i+1 < len(n.Content); i += 2 {
		k, v := resolve(n.Content[i]), resolve(n.Content[i+1])
		field, ok := fields[k.Value]
		if k.Kind != yaml.ScalarNode || !ok {
			return p.errorf(k, "unknown key %q in %s (known: %s)", k.Value, what, keyList(fields))
		}
		if seen[k.Value] {
			return p.errorf(k, "key %q given twice", k.Value)
		}
		seen[k.Value] = true
		if err := field(v); err != nil {
			return err
		}
	}
	return nil
}

func keyList(fields map[string]func(*yaml.Node) error) string {
	return strings.Join(slices.Sorted(maps.Keys(fields)), ", ")
}

// stringList returns the items of a list of strings; nothing (key: with no
// value) is an empty list.
func (p parser) stringList(n *yaml.Node, key string) ([]string, error) {
	n = resolve(n)
	if n.Kind == yaml.ScalarNode && n.Tag == "!!null" {
		return nil, nil
	}
	if n.Kind != yaml.SequenceNode {
		return nil, p.errorf(n, "%s: want a list, got %s", key, kind(n))
	}
	var out []string
	for _, item := range n.Content {
		item = resolve(item)
		if item.Kind != yaml.ScalarNode || item.Tag == "!!null" || item.Tag == "!!bool" {
			return nil, p.errorf(item, "%s: want a list of strings, got %s in it", key, kind(item))
		}
		if strings.TrimSpace(item.Value) == "" {
			return nil, p.errorf(item, "%s: empty string", key)
		}
		out = append(out, item.Value)
	}
	return out, nil
}

func (p parser) rules(n *yaml.Node, key string) ([]string, error) {
	ids, err := p.stringList(n, key)
	if err != nil {
		return nil, err
	}
	for i, id := range ids {
		if !catalog.Known(id) {
			return nil, p.errorf(resolve(resolve(n).Content[i]), "%s: unknown rule %q (sessionlint -rules lists them)", key, id)
		}
	}
	return ids, nil
}

func (p parser) severities(n *yaml.Node, c *Config) error {
	n = resolve(n)
	if n.Kind != yaml.MappingNode {
		return p.errorf(n, "severity: want a mapping of rule to low, medium or high, got %s", kind(n))
	}
	c.Severity = make(map[string]catalog.Severity)
	for i := 0; i+1 < len(n.Content); i += 2 {
		k, v := resolve(n.Content[i]), resolve(n.Content[i+1])
		if !catalog.Known(k.Value) {
			return p.errorf(k, "severity: unknown rule %q (sessionlint -rules lists them)", k.Value)
		}
		if _, dup := c.Severity[k.Value]; dup {
			return p.errorf(k, "severity: rule %q given twice", k.Value)
		}
		s := catalog.Severity(strings.ToLower(v.Value))
		if v.Kind != yaml.ScalarNode || s.Rank() == 0 {
			return p.errorf(v, "severity.%s: want low, medium or high, got %s", k.Value, describe(v))
		}
		c.Severity[k.Value] = s
	}
	return nil
}

func describe(n *yaml.Node) string {
	if n.Kind == yaml.ScalarNode && n.Tag != "!!null" {
		return strconv.Quote(n.Value)
	}
	return kind(n)
}

var errBadGlob = errors.New("not a path below the configuration file's folder")

func (p parser) excludes(n *yaml.Node, c *Config) error {
	pats, err := p.stringList(n, "exclude")
	if err != nil {
		return err
	}
	for i, pat := range pats {
		g, err := parseGlob(pat)
		if err != nil {
			return p.errorf(resolve(resolve(n).Content[i]), "exclude: bad pattern %q: %v", pat, err)
		}
		c.globs = append(c.globs, g)
	}
	c.Exclude = pats
	return nil
}

func (p parser) names(n *yaml.Node, names *catalog.Names) error {
	list := func(dst *[]string, key string) func(*yaml.Node) error {
		return func(n *yaml.Node) error {
			vs, err := p.stringList(n, "names."+key)
			if err != nil {
				return err
			}
			for i, v := range vs {
				if strings.ContainsAny(v, ", \t\n") {
					return p.errorf(resolve(resolve(n).Content[i]), "names.%s: %q: a name cannot hold commas or spaces", key, v)
				}
			}
			*dst = vs
			return nil
		}
	}
	fields := make(map[string]func(*yaml.Node) error)
	for _, key := range catalog.NameKeys {
		fields[key] = list(names.List(key), key)
	}
	return p.mapping(n, "names", fields)
}

var sizeUnits = map[string]int64{
	"": 1, "b": 1,
	"kb": 1000, "mb": 1000 * 1000, "gb": 1000 * 1000 * 1000,
	"kib": 1 << 10, "mib": 1 << 20, "gib": 1 << 30,
}

var sizeText = lazyre.New(`^(\d+)\s*([A-Za-z]*)$`)

// size reads a byte count: a number, or a number and a unit (B, KB, MB,
// GB, KiB, MiB, GiB; any case).
func (p parser) size(n *yaml.Node, key string) (int64, error) {
	n = resolve(n)
	m := sizeText.FindStringSubmatch(strings.TrimSpace(n.Value))
	if n.Kind != yaml.ScalarNode || m == nil {
		return 0, p.errorf(n, "%s: want a size such as 2MiB or 1048576, got %s", key, describe(n))
	}
	unit, ok := sizeUnits[strings.ToLower(m[2])]
	if !ok {
		return 0, p.errorf(n, "%s: unknown unit %q (use B, KB, MB, GB, KiB, MiB or GiB)", key, m[2])
	}
	v, err := strconv.ParseInt(m[1], 10, 64)
	if err != nil || v <= 0 || v > (1<<40)/unit {
		return 0, p.errorf(n, "%s: want a size above 0 and at most 1 TiB, got %s", key, describe(n))
	}
	return v * unit, nil
}
