package plainpassword

import (
	"bytes"
	"strings"

	"github.com/sessionlint/sessionlint/internal/js/analysis"
	"github.com/sessionlint/sessionlint/internal/js/resolve"
	"github.com/sessionlint/sessionlint/internal/js/syntax"
)

// Passwords set through the model's own method: a mongoose schema method,
// a prototype method or a class method that writes this.password
// (userSchema.methods.setPassword = function (pw) { this.password =
// sha256(pw) }), then user.setPassword(pw); user.save(). What the method
// writes is what the save stores; a method the app does not define is
// judged by its name (passport-local-mongoose's setPassword hashes).

// A setterWrite is what a model method writes under a password key of
// this, as seen from one call of it.
type setterWrite struct {
	call  *syntax.Node // obj.setPassword(pw)
	value *syntax.Node // what the method writes (in its own file)
	kind  string       // passwordValue's kind, "param" resolved at the call
}

// setterCall reports whether call runs a method of the app's models that
// writes a password of this, and what it writes.
func setterCall(f *analysis.File, call *syntax.Node) (setterWrite, bool) {
	fn := syntax.Unwrap(call.ChildByField("function"))
	if fn == nil || fn.Kind != "member_expression" {
		return setterWrite{}, false
	}
	name := f.Text(fn.ChildByField("property"))
	if name == "" || saveMethod.MatchString(name) {
		return setterWrite{}, false
	}
	body, g := modelMethod(f, fn.ChildByField("object"), name)
	if body == nil {
		return setterWrite{}, false
	}
	var value *syntax.Node
	syntax.Walk(body, func(n *syntax.Node) bool {
		if value != nil {
			return false
		}
		if n.Kind == "assignment_expression" {
			key, ok := strings.CutPrefix(g.MemberPath(n.ChildByField("left")), "this.")
			if ok && (passwordKey.MatchString(key) || hashKey.MatchString(key)) {
				value = n.ChildByField("right")
			}
		}
		return true
	})
	if value == nil {
		return setterWrite{}, false
	}
	kind := passwordValue(g, value, 0)
	if kind == "param" {
		// this.password = pw: what the call passes.
		i, _ := paramOf(g, body, value)
		as := resolve.Args(call)
		if i < 0 || i >= len(as) {
			return setterWrite{}, false
		}
		kind = passwordValue(f, as[i], 0)
	}
	return setterWrite{call: call, value: value, kind: kind}, kind != "" && kind != "param"
}

// modelMethod returns the function the app defines as the model method
// called name that recv runs, with its file: in the module of recv's model
// (const u = new User(), User imported), else in this file or the one
// module it imports that defines such a method. schema.methods.name =
// function, schema.method('name', fn), Model.prototype.name = function,
// or a class's name() { }.
func modelMethod(f *analysis.File, recv *syntax.Node, name string) (*syntax.Node, *analysis.File) {
	if g := modelModule(f, recv); g != nil {
		if body := methodOf(f, g, name); body != nil {
			return body, analysis.Wrap(g, f.App)
		}
		return nil, nil
	}
	if body := methodOf(f, f.File, name); body != nil {
		return body, f
	}
	var body *syntax.Node
	var owner *resolve.File
	found := 0
	f.ImportedModules(func(spec string) {
		if g := f.LoadModule(spec); g != nil {
			if b := methodOf(f, g, name); b != nil {
				body, owner = b, g
				found++
			}
		}
	})
	if found != 1 {
		return nil, nil // none, or several models' methods of that name
	}
	return body, analysis.Wrap(owner, f.App)
}

// modelModule returns the app module of the model recv was made from:
// new User(), await User.findOne(...), with User imported from it.
func modelModule(f *analysis.File, recv *syntax.Node) *resolve.File {
	root := resolve.RootIdent(recv)
	if root == nil || root.Kind != "identifier" {
		return nil
	}
	v := syntax.Unwrap(f.IdentValue(root))
	for v != nil && v.Kind == "await_expression" {
		v = syntax.Unwrap(resolve.FirstNamed(v))
	}
	var model *syntax.Node
	switch {
	case v == nil:
		return nil
	case v.Kind == "new_expression":
		model = syntax.Unwrap(v.ChildByField("constructor"))
	case v.Kind == "call_expression":
		if fn := syntax.Unwrap(v.ChildByField("function")); fn != nil && fn.Kind == "member_expression" {
			model = syntax.Unwrap(fn.ChildByField("object"))
		}
	}
	if model == nil || model.Kind != "identifier" {
		return nil
	}
	ref, ok := f.Ref(model)
	if !ok || ref.Module == "" {
		return nil
	}
	return f.LoadModule(ref.Module)
}

type methodKey struct {
	g    *resolve.File
	name string
}

// methodOf is methodIn, once per module and name for the file analysed:
// every call on a saved object asks.
func methodOf(f *analysis.File, g *resolve.File, name string) *syntax.Node {
	return f.Memo(methodKey{g, name}, func() any { return methodIn(g, name) }).(*syntax.Node)
}

// methodIn finds a model method definition called name in g.
func methodIn(g *resolve.File, name string) *syntax.Node {
	if !bytes.Contains(g.Tree.Src, []byte(name)) {
		return nil
	}
	var out *syntax.Node
	syntax.Walk(g.Tree.Root, func(n *syntax.Node) bool {
		if out != nil {
			return false
		}
		switch n.Kind {
		case "method_definition":
			if g.Text(n.ChildByField("name")) == name {
				out = n
			}
		case "assignment_expression":
			p := g.MemberPath(n.ChildByField("left"))
			if r := syntax.Unwrap(n.ChildByField("right")); r != nil && syntax.IsFunction(r) &&
				(strings.HasSuffix(p, ".methods."+name) || strings.HasSuffix(p, ".prototype."+name)) {
				out = r
			}
		case "call_expression":
			// schema.method('setPassword', function (pw) { ... })
			fn := syntax.Unwrap(n.ChildByField("function"))
			as := resolve.Args(n)
			if fn != nil && fn.Kind == "member_expression" && g.Text(fn.ChildByField("property")) == "method" && len(as) == 2 {
				if s, ok := g.String(as[0]); ok && s == name && syntax.IsFunction(syntax.Unwrap(as[1])) {
					out = syntax.Unwrap(as[1])
				}
			}
		}
		return true
	})
	return out
}

// lastSetter returns the last call in fn, before the save call, of a model
// method on path that writes a password.
func lastSetter(f *analysis.File, fn, save *syntax.Node, path string) (setterWrite, bool) {
	if fn == nil || !bytes.Contains(f.Tree.Src, []byte(path+".")) {
		return setterWrite{}, false
	}
	var out setterWrite
	found := false
	syntax.Walk(fn, func(n *syntax.Node) bool {
		if n.Start >= save.Start {
			return false
		}
		if n.Kind == "call_expression" && n.End <= save.Start {
			if callee := syntax.Unwrap(n.ChildByField("function")); callee != nil && callee.Kind == "member_expression" &&
				f.MemberPath(callee.ChildByField("object")) == path && syntax.EnclosingFunction(n) == fn {
				if s, ok := setterCall(f, n); ok {
					out, found = s, true
				}
			}
		}
		return true
	})
	return out, found
}

// hashingMethods records the file's class methods that write a model and
// hash the password on the way (class Users { async update(id, changes) {
// ... rest.passhash = await passhash.getPasshash(password) ... } }): an
// app that reaches them through an object the rule cannot resolve
// (req.models.users.update(...)) has them do the hashing.
func hashingMethods(f *analysis.File) {
	if !bytes.Contains(f.Tree.Src, []byte("class")) {
		return
	}
	for i := range f.Tree.Nodes {
		c := &f.Tree.Nodes[i]
		if c.Kind != "class_declaration" && c.Kind != "class" {
			continue
		}
		class := strings.ToLower(f.Text(c.ChildByField("name")))
		body := resolve.FirstKind(c, "class_body")
		if class == "" || body == nil {
			continue
		}
		for _, m := range body.Children {
			name := f.Text(m.ChildByField("name"))
			if m.Kind != "method_definition" || !(writeMethod.MatchString(name) || saveMethod.MatchString(name)) {
				continue
			}
			text := f.Text(m)
			if !passwordVar.MatchString(text) {
				continue
			}
			if callsHashing(f.File, m) {
				if f.Facts.HashingMethods == nil {
					f.Facts.HashingMethods = map[string]bool{}
				}
				f.Facts.HashingMethods[class+"."+name] = true
			}
		}
	}
}

// wrapperWrite returns, for a write whose receiver is named like one of the
// app's classes (models.users.update: class Users), the condition that the
// app's class hashes in that method; nil when the receiver has no name.
func wrapperWrite(f *analysis.File, recv *syntax.Node, method string) func(*analysis.App) bool {
	recv = syntax.Unwrap(recv)
	var name string
	switch {
	case recv == nil:
		return nil
	case recv.Kind == "identifier":
		name = f.Text(recv)
	case recv.Kind == "member_expression":
		name = f.Text(recv.ChildByField("property"))
	default:
		return nil
	}
	name = strings.ToLower(name)
	keys := []string{name + "." + method, name + "s." + method, strings.TrimSuffix(name, "s") + "." + method,
		strings.TrimSuffix(name, "model") + "." + method}
	return func(a *analysis.App) bool {
		for _, k := range keys {
			if a.Facts.HashingMethods[k] {
				return true
			}
		}
		return false
	}
}
