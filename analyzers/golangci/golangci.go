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
	"github.com/sessionlint/sessionlint/analyzers/internal/suppress"
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
	severity analyzers.Severity
}

// plugin implements register.LinterPlugin.
type plugin struct{ rules []analyzers.Rule }

// New is the plugin constructor golangci-lint calls with the linter's
// "settings" value (nil when there is none).
func New(conf any) (register.LinterPlugin, error) {
	s, err := decode(conf)
	if err != nil {
		return nil, fmt.Errorf("settings: %w", err)
	}
	var rules []analyzers.Rule
	for _, r := range analyzers.Rules {
		if r.Go != nil && s.selects(r) {
			rules = append(rules, r)
		}
	}
	if len(rules) == 0 {
		// Most likely a misconfiguration; say so rather than run nothing.
		return nil, fmt.Errorf("settings: enable, disable and severity %s leave no Go rule to run", s.severity)
	}
	return &plugin{rules: rules}, nil
}

func (s settings) selects(r analyzers.Rule) bool {
	if s.enable != nil && !s.enable[r.ID] || s.disable[r.ID] {
		return false
	}
	return r.Severity.Rank() >= s.severity.Rank()
}

// BuildAnalyzers returns fresh analyzers of the selected rules that honour
// //sessionlint:ignore. It wraps them itself rather than filter
// analyzers.Analyzers, which leaves directives that name no known rule to the
// registry's first rule: here the first selected rule reports them, so they
// are reported once whichever rules are off.
func (p *plugin) BuildAnalyzers() ([]*analysis.Analyzer, error) {
	opts := suppress.Options{KnownRule: analyzers.Known, FirstRule: p.rules[0].ID}
	var out []*analysis.Analyzer
	for _, r := range p.rules {
		out = append(out, suppress.Wrap(r.Go, opts))
	}
	return out, nil
}

// GetLoadMode asks for type information: the rules resolve callees and types.
func (p *plugin) GetLoadMode() string { return register.LoadModeTypesInfo }

var keys = []string{"disable", "enable", "severity"}

// decode reads the settings golangci-lint passes on: a mapping decoded from
// YAML (or JSON/TOML), so it goes through JSON to check types and keys.
func decode(conf any) (settings, error) {
	s := settings{severity: analyzers.Low}
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
			s.severity = analyzers.Severity(strings.ToLower(sev))
			if s.severity.Rank() == 0 {
				return s, fmt.Errorf("unknown severity %q: use low, medium or high", sev)
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
		if !analyzers.Known(id) {
			return nil, fmt.Errorf("unknown rule %q in %s; rules are %s", id, key, strings.Join(ruleIDs(), ", "))
		}
		set[id] = true
	}
	return set, nil
}

func ruleIDs() []string {
	var ids []string
	for _, r := range analyzers.Rules {
		ids = append(ids, r.ID)
	}
	return ids
}
