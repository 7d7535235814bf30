package golangci_test

import (
	"slices"
	"strings"
	"testing"

	"github.com/golangci/plugin-module-register/register"
	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/analysis/analysistest"

	"github.com/sessionlint/sessionlint/analyzers"
	"github.com/sessionlint/sessionlint/analyzers/golangci"
	vocab "github.com/sessionlint/sessionlint/analyzers/internal/names"
	"github.com/sessionlint/sessionlint/catalog"
)

// build runs the plugin as golangci-lint does: constructor, then analyzers.
func build(t *testing.T, conf any) ([]*analysis.Analyzer, error) {
	t.Helper()
	newPlugin, err := register.GetPlugin("sessionlint")
	if err != nil {
		t.Fatal(err)
	}
	p, err := newPlugin(conf)
	if err != nil {
		return nil, err
	}
	if mode := p.GetLoadMode(); mode != register.LoadModeTypesInfo {
		t.Errorf("load mode %q, want %q", mode, register.LoadModeTypesInfo)
	}
	return p.BuildAnalyzers()
}

func names(as []*analysis.Analyzer) []string {
	var out []string
	for _, a := range as {
		out = append(out, a.Name)
	}
	return out
}

// goRules returns the IDs of the rules with a Go analyzer that keep returns true for.
func goRules(keep func(catalog.Rule) bool) []string {
	var out []string
	for _, r := range catalog.Rules {
		if analyzers.Has(r.ID) && keep(r) {
			out = append(out, r.ID)
		}
	}
	return out
}

func TestSettings(t *testing.T) {
	all := goRules(func(catalog.Rule) bool { return true })
	tests := []struct {
		name string
		conf any
		want []string
	}{
		{"none", nil, all},
		{"empty", map[string]any{}, all},
		{"empty lists", map[string]any{"enable": []any{}, "disable": nil}, all},
		{"disable", map[string]any{"disable": []any{"memstore", "csrf"}},
			goRules(func(r catalog.Rule) bool { return r.ID != "memstore" && r.ID != "csrf" })},
		{"enable keeps registry order", map[string]any{"enable": []any{"csrf", "cookieflags"}}, []string{"cookieflags", "csrf"}},
		{"enable a JS-only rule too", map[string]any{"enable": []string{"clientstorage", "logout"}}, []string{"logout"}},
		{"disable wins over enable", map[string]any{"enable": []any{"csrf", "logout"}, "disable": []any{"csrf"}}, []string{"logout"}},
		{"severity", map[string]any{"severity": "high"},
			goRules(func(r catalog.Rule) bool { return r.Severity == catalog.High })},
		{"severity is case-insensitive", map[string]any{"severity": "HIGH", "disable": []any{"csrf"}},
			goRules(func(r catalog.Rule) bool { return r.Severity == catalog.High && r.ID != "csrf" })},
		{"severity low", map[string]any{"severity": "low"}, all},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			as, err := build(t, tt.conf)
			if err != nil {
				t.Fatal(err)
			}
			if got := names(as); !slices.Equal(got, tt.want) {
				t.Errorf("rules = %v, want %v", got, tt.want)
			}
			if err := analysis.Validate(as); err != nil {
				t.Error(err)
			}
		})
	}
}

func TestSettingsErrors(t *testing.T) {
	tests := []struct {
		name string
		conf any
		want string
	}{
		{"unknown rule in disable", map[string]any{"disable": []any{"memstore", "nosuchrule"}}, `unknown rule "nosuchrule" in disable; rules are predictableid, cookieflags,`},
		{"unknown rule in enable", map[string]any{"enable": []any{"Cookieflags"}}, `unknown rule "Cookieflags" in enable`},
		{"unknown severity", map[string]any{"severity": "critical"}, `unknown severity "critical": use low, medium or high`},
		{"empty severity", map[string]any{"severity": nil}, `unknown severity ""`},
		{"severity not a string", map[string]any{"severity": 3}, "severity must be low, medium or high, got 3"},
		{"list not a list", map[string]any{"disable": "memstore"}, `disable must be a list of rule IDs, got "memstore"`},
		{"list of non-strings", map[string]any{"enable": []any{1}}, "enable must be a list of rule IDs"},
		{"unknown key", map[string]any{"exclude": []any{"csrf"}}, `unknown key "exclude": use disable, enable, names, severity`},
		{"not a mapping", "high", "want a mapping with keys disable, enable, names, severity"},
		{"names not a mapping", map[string]any{"names": []any{"x"}}, "names must map session-cookies"},
		{"unknown names key", map[string]any{"names": map[string]any{"cookies": []any{"x"}}}, `unknown key "cookies" in names`},
		{"unencodable", map[any]any{1: 2}, "cannot read map[interface {}]interface {}"},
		{"nothing left", map[string]any{"enable": []any{"clientstorage"}}, "leave no Go rule to run"},
		{"nothing left by severity", map[string]any{"enable": []any{"cookieflags"}, "severity": "high"}, "severity high leave no Go rule"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := build(t, tt.conf)
			if err == nil {
				t.Fatalf("no error, want one containing %q", tt.want)
			}
			if !strings.Contains(err.Error(), tt.want) || !strings.HasPrefix(err.Error(), "settings: ") {
				t.Errorf("error %q, want \"settings: ...%s...\"", err, tt.want)
			}
		})
	}
}

// TestDirectivesWithFirstRuleOff checks that malformed directives are still
// reported, by the first rule left on, when the registry's first rule is off.
func TestDirectivesWithFirstRuleOff(t *testing.T) {
	as, err := build(t, map[string]any{"disable": []any{catalog.Rules[0].ID}})
	if err != nil {
		t.Fatal(err)
	}
	analysistest.Run(t, analysistest.TestData(), as[0], "directives")
}

// TestFreshAnalyzers checks that the plugin never hands out the registry's
// own analyzers, which the command and the vet tool share.
func TestFreshAnalyzers(t *testing.T) {
	as, err := build(t, nil)
	if err != nil {
		t.Fatal(err)
	}
	for _, a := range as {
		if slices.Contains(analyzers.Suite, a) {
			t.Errorf("%s: plugin returned the suite's own analyzer", a.Name)
		}
	}
	if err := analysis.Validate(as); err != nil {
		t.Fatal(err)
	}
}

// golangci-lint wraps constructor errors with the plugin name; keep ours
// from repeating it.
func TestErrorsNameNoPlugin(t *testing.T) {
	_, err := golangci.New(map[string]any{"severity": "x"})
	if err == nil || strings.Contains(err.Error(), "sessionlint") {
		t.Errorf("error %v: want one that does not repeat the plugin name", err)
	}
}

// TestNamesSetting: names reach the rules of this process, as the vet tool's
// flags do for the command.
func TestNamesSetting(t *testing.T) {
	t.Cleanup(func() { analyzers.SetNames(catalog.Names{}) })
	if _, err := build(t, map[string]any{"names": map[string]any{"login-handlers": []any{"doSignIn"}, "session-cookies": []any{"acme_sid"}}}); err != nil {
		t.Fatal(err)
	}
	if !vocab.IsLoginHandlerName("doSignIn") {
		t.Error("login-handlers from the settings are not known to the rules")
	}
}
