package hardcodedsecret

import (
	"fmt"
	"go/ast"
	"strings"

	"golang.org/x/tools/go/analysis"

	"github.com/sessionlint/sessionlint/analyzers/internal/confile"
)

// configFile reports a key read from a field of the app's configuration
// struct when the YAML configuration the repository ships gives that
// field a literal: viper, koanf or yaml load it into the struct, so every
// deployment that does not override it runs with the published key.
func (c *checker) configFile(e ast.Expr) bool {
	v, ok := confile.Lookup(c.pass, e)
	if !ok || v.Template || v.Node.Tag != "!!str" || strings.TrimSpace(v.Node.Value) == "" || placeholder(v.Node.Value) {
		return false
	}
	if c.reported[v.Pos] {
		return true
	}
	c.reported[v.Pos] = true
	// One message whatever the key signs, so that packages using the
	// same key report one finding.
	c.pass.Report(analysis.Diagnostic{Pos: v.Pos, End: v.End,
		Message: fmt.Sprintf("the shipped configuration gives the secret key %s the literal %q, so unless every deployment overrides it anyone with the code can forge what it signs; ship no value and fail at start-up when it is missing, or load it from a secret manager",
			strings.Join(v.Keys, "."), abbreviate(v.Node.Value))})
	return true
}

func abbreviate(s string) string {
	if len(s) > 8 {
		return s[:4] + "…"
	}
	return s
}

// placeholder reports a value that asks to be replaced: "<uniq string>".
func placeholder(s string) bool {
	return strings.HasPrefix(s, "<") && strings.HasSuffix(s, ">")
}
