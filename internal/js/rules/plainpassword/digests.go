package plainpassword

import (
	"strings"

	"github.com/sessionlint/sessionlint/internal/js/analysis"
	"github.com/sessionlint/sessionlint/internal/js/syntax"
	"github.com/sessionlint/sessionlint/internal/js/web"
	"github.com/sessionlint/sessionlint/internal/lazyre"
)

// hashFuncName: function names that say they hash or encrypt.
var hashFuncName = lazyre.New(`(?i)hash|crypt|digest|md5|sha\d|password`)

// digestFuncs records, by name, the file's functions named for hashing and
// whether every return of each is a fast digest: a call the rule cannot
// resolve (req.app.get('db_model').User.hashify_password(pw)) is judged by
// the app's one function of that name.
func digestFuncs(f *analysis.File) {
	for i := range f.Tree.Nodes {
		fn := &f.Tree.Nodes[i]
		if !syntax.IsFunction(fn) {
			continue
		}
		name := strings.Trim(web.FunctionName(f, fn), `'"`)
		if name == "" || !hashFuncName.MatchString(name) {
			continue
		}
		m := &f.Facts.HashFuncs
		if returnsDigest(f.File, fn, 1) {
			m = &f.Facts.DigestFuncs
		}
		if *m == nil {
			*m = map[string]bool{}
		}
		(*m)[name] = true
	}
}

// namedDigest is the kind of a password passed to a function the rule
// cannot resolve: "fast@name", settled by the app's DigestFuncs.
const namedDigest = "fast@"

// unresolvedHash returns the name of a call's function when it is named
// for hashing and neither a local function nor a method of the class
// around it, else "".
func unresolvedHash(f *analysis.File, call *syntax.Node) string {
	fn := syntax.Unwrap(call.ChildByField("function"))
	if fn == nil || f.LocalFunction(fn) != nil || f.ThisMethod(fn) != nil {
		return ""
	}
	if _, ok := f.Callee(call); ok {
		return "" // a library's function: the catalog says what it does
	}
	var name string
	switch fn.Kind {
	case "member_expression":
		name = f.Text(fn.ChildByField("property"))
	case "identifier":
		name = f.Text(fn)
	}
	if name == "" || !hashFuncName.MatchString(name) {
		return ""
	}
	return name
}

// settleKind turns a "fast@name" kind into "fast" with the condition that
// the app's only functions of that name are fast digests.
func settleKind(kind string, when func(*analysis.App) bool) (string, func(*analysis.App) bool) {
	name, ok := strings.CutPrefix(kind, namedDigest)
	if !ok {
		return kind, when
	}
	return "fast", func(a *analysis.App) bool {
		return (when == nil || when(a)) && a.Facts.DigestFuncs[name] && !a.Facts.HashFuncs[name]
	}
}
