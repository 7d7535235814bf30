package golangci

import (
	"encoding/json"
	"fmt"
	"maps"
	"slices"
	"strings"

	"github.com/golangci/plugin-module-register/register"
	"golang.org/x/tools/go/analysis"

	"github.com/sessionlint/sessionlint/analyzers"
	"github.com/sessionlint/sessionlint/catalog"
)

// Name is the linter name that .golangci.yml enables and configures.
const Name = "sessionlint"

// golangci-lint finds module plugins only through this registry, filled by
// the blank imports of its generated plugins.go.
func init() { register.Plugin(Name, New) }

// settings are the decoded plugin settings.
type settings struct {
	enable   map[string]bool // nil: every rule
	disable  map[string]bool
	severity catalog.Severity
	names    catalog.Names
}

// plugin implements register.LinterPlugin.
type plugin struct{ s settings }

// New is the plugin constructor golangci-lint calls with the linter's
// "settings" value (nil when there is none).
func New(conf any) (register.LinterPlugin, error) {
	s, err := decode(conf)
	if err != nil {
		return nil, fmt.Errorf("settings: %w", err)
	}
	if len(analyzers.Analyzers(analyzers.Options{Select: s.selects})) == 0 {
		// Most likely a misconfiguration; say so rather than run nothing.
		return nil, fmt.Errorf("settings: enable, disable and severity %s leave no Go rule to run", s.severity)
	}
	analyzers.SetNames(s.names)
	return &plugin{s: s}, nil
}

func (s settings) selects(id string) bool {
	if s.enable != nil && !s.enable[id] || s.disable[id] {
		return false
	}
	r, _ := catalog.Lookup(id)
	return r.Severity.Rank() >= s.severity.Rank()
}

// BuildAnalyzers returns fresh analyzers of the selected rules that honour
// //sessionlint:ignore; the first selected rule reports directives that
// name no known rule, so they are reported once whichever rules are off.
func (p *plugin) BuildAnalyzers() ([]*analysis.Analyzer, error) {
	return analyzers.Analyzers(analyzers.Options{Select: p.s.selects}), nil
}

// GetLoadMode asks for type information: the rules resolve callees and types.
func (p *plugin) GetLoadMode() string { return register.LoadModeTypesInfo }

var keys = []string{"disable", "enable", "names", "severity"}

// decode reads the settings golangci-lint passes on: a mapping decoded from
// YAML (or JSON/TOML), so it goes through JSON to check types and keys.
func decode(conf any) (settings, error) {
	s := settings{severity: catalog.Low}
	if conf == nil {
		return s, nil
	}
	data, err := json.Marshal(conf)
	if err != nil {
		return s, fmt.Errorf("cannot read %T: %w", conf, err)
	}
	var raw map[string]json.RawMessage
	if err := json.Unmarshal(data, &raw); err != nil {
		return s, fmt.Errorf("want a mapping with keys %s, got %s", strings.Join(keys, ", "), data)
	}
	for _, k := range slices.Sorted(maps.Keys(raw)) {
		v := raw[k]
		switch k {
		case "enable":
			if s.enable, err = ruleSet(k, v); err != nil {
				return s, err
			}
		case "disable":
			if s.disable, err = ruleSet(k, v); err != nil {
				return s, err
			}
		case "severity":
			var sev string
			if err := json.Unmarshal(v, &sev); err != nil {
				return s, fmt.Errorf("severity must be low, medium or high, got %s", v)
			}
			s.severity = catalog.Severity(strings.ToLower(sev))
			if s.severity.Rank() == 0 {
				return s, fmt.Errorf("unknown severity %q: use low, medium or high", sev)
			}
		case "names":
			if s.names, err = decodeNames(v); err != nil {
				return s, err
			}
		default:
			return s, fmt.Errorf("unknown key %q: use %s", k, strings.Join(keys, ", "))
		}
	}
	return s, nil
}

func ruleSet(key string, v json.RawMessage) (map[string]bool, error) {
	var ids []string
	if err := json.Unmarshal(v, &ids); err != nil {
		return nil, fmt.Errorf("%s must be a list of rule IDs, got %s", key, v)
	}
	if len(ids) == 0 {
		return nil, nil // like an empty -enable or -disable flag: no restriction
	}
	set := map[string]bool{}
	for _, id := range ids {
		if !catalog.Known(id) {
			return nil, fmt.Errorf("unknown rule %q in %s; rules are %s", id, key, strings.Join(ruleIDs(), ", "))
		}
		set[id] = true
	}
	return set, nil
}

// decodeNames reads names: {session-cookies: [...], identity-keys: [...],
// login-handlers: [...], logout-handlers: [...]}, as in .sessionlint.yml.
func decodeNames(v json.RawMessage) (catalog.Names, error) {
	var raw map[string][]string
	if err := json.Unmarshal(v, &raw); err != nil {
		return catalog.Names{}, fmt.Errorf("names must map session-cookies, identity-keys, login-handlers and logout-handlers to lists of names, got %s", v)
	}
	var n catalog.Names
	for k, list := range raw {
		dst := n.List(k)
		if dst == nil {
			keys := catalog.NameKeys
			return n, fmt.Errorf("unknown key %q in names: use %s or %s", k, strings.Join(keys[:len(keys)-1], ", "), keys[len(keys)-1])
		}
		*dst = list
	}
	return n, nil
}

func ruleIDs() []string {
	var ids []string
	for _, r := range catalog.Rules {
		ids = append(ids, r.ID)
	}
	return ids
}
