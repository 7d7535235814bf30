package sensitivedata

import (
	"fmt"
	"go/ast"
	"go/types"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/analysis/passes/inspect"
	"golang.org/x/tools/go/ast/inspector"

	"github.com/sessionlint/sessionlint/analyzers/internal/golib"
	"github.com/sessionlint/sessionlint/analyzers/internal/names"
	"github.com/sessionlint/sessionlint/analyzers/internal/typematch"
	"github.com/sessionlint/sessionlint/catalog"
)

// Analyzer reports passwords, card numbers, CVVs, PINs and national ID
// numbers written into a session.
var Analyzer = &analysis.Analyzer{
	Name:     "sensitivedata",
	Doc:      catalog.AnalyzerDoc("sensitivedata"),
	URL:      catalog.DocURL("sensitivedata"),
	Requires: []*analysis.Analyzer{inspect.Analyzer},
	Run:      run,
}

func run(pass *analysis.Pass) (any, error) {
	if !typematch.Imports(pass.Pkg, golib.SessionLibPaths...) {
		return nil, nil
	}
	ins := pass.ResultOf[inspect.Analyzer].(*inspector.Inspector)
	info := pass.TypesInfo
	for _, op := range golib.SessionOps(ins, info) {
		if op.Kind != golib.OpWrite {
			continue
		}
		if msg, ok := check(info, op); ok {
			pass.Report(analysis.Diagnostic{Pos: op.Pos(), End: op.Node.End(), Message: msg})
		}
	}
	return nil, nil
}

const why = "so it sits in the session store (or cookie) and every copy of it; keep the secret out of the session and store only an identifier"

func check(info *types.Info, op golib.SessionOp) (string, bool) {
	if t := typematch.TypeOf(info, op.Value); t != nil {
		if b, ok := t.Underlying().(*types.Basic); ok && b.Info()&types.IsBoolean != 0 {
			return "", false // a flag about the secret, not the secret
		}
	}
	key, hasKey := op.KeyString(info)
	if hasKey && names.IsSessionSensitiveName(key) {
		return fmt.Sprintf("session stores a %s under key %q, %s", names.SensitiveKind(key), key, why), true
	}
	name, src := valueName(info, op.Value)
	if name == "" || !names.IsSessionSensitiveName(name) {
		return "", false
	}
	where := ""
	if hasKey {
		where = fmt.Sprintf(" under key %q", key)
	}
	return fmt.Sprintf("session stores a %s (%s)%s, %s", names.SensitiveKind(name), src, where, why), true
}

// formGetters are request accessors whose constant argument names the
// field: r.FormValue("password"), c.PostForm("cvv"), c.GetString("pin").
var formGetters = map[string]bool{
	"FormValue": true, "PostFormValue": true, "PostForm": true, "DefaultPostForm": true,
	"Query": true, "DefaultQuery": true, "GetString": true, "Param": true, "QueryParam": true,
	"Get": true, "Params": true, "GetPostFormValue": true,
}

// valueName returns the name a stored value goes by (the variable, the
// field, the form field it was read from) and its source text.
func valueName(info *types.Info, e ast.Expr) (name, src string) {
	e = typematch.Unwrap(e)
	switch v := e.(type) {
	case *ast.Ident:
		if _, ok := info.Uses[v].(*types.Var); ok {
			return v.Name, v.Name
		}
	case *ast.SelectorExpr:
		if s, ok := info.Selections[v]; ok && s.Kind() == types.FieldVal {
			return v.Sel.Name, types.ExprString(v)
		}
	case *ast.CallExpr:
		if tv, ok := info.Types[v.Fun]; ok && tv.IsType() && len(v.Args) == 1 {
			return valueName(info, v.Args[0]) // string(pw), []byte(pw)
		}
		if sel, ok := ast.Unparen(v.Fun).(*ast.SelectorExpr); ok && formGetters[sel.Sel.Name] && len(v.Args) >= 1 {
			if s, ok := typematch.StringConst(info, v.Args[0]); ok {
				return s, types.ExprString(v)
			}
		}
	}
	return "", ""
}
