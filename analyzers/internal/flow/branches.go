package flow

import (
	"go/ast"
	"go/token"
	"go/types"
	"strings"

	"golang.org/x/tools/go/ast/inspector"

	"github.com/sessionlint/sessionlint/analyzers/internal/names"
	"github.com/sessionlint/sessionlint/analyzers/internal/typematch"
)

// InDevelopmentBranch reports whether the node at cur lies in code that only
// runs outside production: the then-branch of `if env == "dev"`, a case
// `"development":` of a switch, or the else-branch of `if production`.
func InDevelopmentBranch(info *types.Info, cur inspector.Cursor) bool {
	child := cur
	for parent := cur.Parent(); parent.Node() != nil; child, parent = parent, parent.Parent() {
		switch p := parent.Node().(type) {
		case *ast.IfStmt:
			cond := strings.ToLower(types.ExprString(p.Cond))
			words := names.Words(types.ExprString(p.Cond)) // before lowering: isDevMode is three words
			negated := strings.HasPrefix(cond, "!") || strings.Contains(cond, "!=")
			inBody, inElse := child.Node() == p.Body, p.Else != nil && child.Node() == p.Else
			switch {
			case names.HasWord(words, names.DevelopmentWords...) && inBody && !negated:
				return true
			case names.HasWord(words, names.ProductionWords...) && (inElse && !negated || inBody && negated):
				return true
			// An opt-out the operator chooses (if insecure { c.Secure =
			// false }, if !cfg.HTTPS): what ships is the other branch.
			case names.HasWord(words, names.InsecureOptInWords...) && inBody && !negated:
				return true
			case names.HasWord(words, names.SecureWords...) && !names.HasWord(words, names.InsecureOptInWords...) &&
				(inBody && negated || inElse && !negated):
				return true
			}
		case *ast.CaseClause:
			for _, e := range p.List {
				if s, ok := typematch.StringConst(info, e); ok && names.HasWord(names.Words(s), names.DevelopmentWords...) {
					return true
				}
			}
		case *ast.FuncDecl:
			if names.IsDevelopmentFuncName(p.Name.Name) {
				return true
			}
			return false
		}
	}
	return false
}

// InRememberMeContext reports whether the node at cur lies in a function or
// an if/switch branch whose name or condition mentions remember-me or a
// persistent login.
func InRememberMeContext(cur inspector.Cursor) bool {
	for c := cur.Parent(); c.Node() != nil; c = c.Parent() {
		switch n := c.Node().(type) {
		case *ast.IfStmt:
			for _, name := range condNames(n.Cond) {
				if names.IsRememberMeName(name) {
					return true
				}
			}
		case *ast.CaseClause:
			for _, e := range n.List {
				for _, name := range condNames(e) {
					if names.IsRememberMeName(name) {
						return true
					}
				}
			}
		case *ast.FuncDecl:
			return names.IsRememberMeName(n.Name.Name)
		}
	}
	return false
}

func condNames(e ast.Expr) []string {
	var out []string
	ast.Inspect(e, func(n ast.Node) bool {
		switch n := n.(type) {
		case *ast.Ident:
			out = append(out, n.Name)
		case *ast.BasicLit:
			if n.Kind == token.STRING {
				out = append(out, strings.Trim(n.Value, "\"`"))
			}
		}
		return true
	})
	return out
}
