package rules_test

import (
	"go/ast"
	"go/parser"
	"go/token"
	"os"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"testing"

	"github.com/sessionlint/sessionlint/internal/js/jslib"
)

// TestRulesSpellNoPackage keeps library knowledge in the catalog: no string
// in a rule's files (nor in the web and routes rooms the rules share) names an npm
// package the catalog models; rules ask internal/js/jslib.
func TestRulesSpellNoPackage(t *testing.T) {
	// Names that are also words or JavaScript (crypto, request, config,
	// passport as a session key) are left to review; npm-style names
	// (express-session, @fastify/session) and ones that are only
	// packages are checked.
	distinctive := map[string]bool{"jsonwebtoken": true, "lusca": true, "csurf": true, "nanoid": true, "shortid": true,
		"memorystore": true, "bcrypt": true, "bcryptjs": true, "envalid": true, "convict": true, "dotenv": true, "mongoose": true}
	var pats []*regexp.Regexp
	for _, m := range jslib.Modules() {
		if !strings.ContainsAny(m, "-/@") && !distinctive[m] {
			continue
		}
		pats = append(pats, regexp.MustCompile(`(^|[^\w@/.-])`+regexp.QuoteMeta(m)+`($|[^\w/-])`))
	}
	dirs, _ := filepath.Glob("*")
	dirs = append(dirs, "../web", "../routes")
	for _, dir := range dirs {
		if info, err := os.Stat(dir); err != nil || !info.IsDir() || dir == "testdata" {
			continue
		}
		files, _ := filepath.Glob(filepath.Join(dir, "*.go"))
		for _, file := range files {
			if strings.HasSuffix(file, "_test.go") {
				continue
			}
			fset := token.NewFileSet()
			f, err := parser.ParseFile(fset, file, nil, 0)
			if err != nil {
				t.Fatal(err)
			}
			ast.Inspect(f, func(n ast.Node) bool {
				if call, ok := n.(*ast.CallExpr); ok {
					if sel, ok := call.Fun.(*ast.SelectorExpr); ok && sel.Sel.Name == "MustCompile" {
						return false // a pattern of names, not a package
					}
				}
				lit, ok := n.(*ast.BasicLit)
				if !ok || lit.Kind != token.STRING {
					return true
				}
				s, _ := strconv.Unquote(lit.Value)
				for _, p := range pats {
					if p.MatchString(s) {
						t.Errorf("%s: %q names a package; ask the catalog (internal/js/jslib)", fset.Position(lit.Pos()), s)
						break
					}
				}
				return true
			})
		}
	}
}
