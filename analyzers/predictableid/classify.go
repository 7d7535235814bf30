package predictableid

import (
	"go/ast"
	"go/token"
	"go/types"
	"math/bits"

	"github.com/sessionlint/sessionlint/analyzers/internal/golib"
	"github.com/sessionlint/sessionlint/analyzers/internal/names"
	"github.com/sessionlint/sessionlint/analyzers/internal/trace"
	"github.com/sessionlint/sessionlint/analyzers/internal/typematch"
)

const maxDepth = 14

var (
	mathRand = []string{"math/rand", "math/rand/v2"}
	// passPkgs transform their inputs without adding or removing secrecy.
	passPkgs = map[string]bool{
		"fmt": true, "strconv": true, "strings": true, "bytes": true, "encoding/hex": true,
		"encoding/base64": true, "encoding/base32": true, "encoding/binary": true, "math/big": true,
		"unicode/utf8": true, "net/url": true,
	}
	hashFuncs = map[string][]string{
		"crypto/md5":    {"Sum"},
		"crypto/sha1":   {"Sum"},
		"crypto/sha256": {"Sum256", "Sum224"},
		"crypto/sha512": {"Sum512", "Sum384", "Sum512_224", "Sum512_256"},
		"crypto/sha3":   {"Sum224", "Sum256", "Sum384", "Sum512"},
		"hash/fnv":      {},
		"hash/crc32":    {"ChecksumIEEE", "Checksum"},
	}
)

// classify says where the value of e comes from; fr maps parameters of the
// helper being read back to its caller's arguments.
func (a *analyzer) classify(e ast.Expr, fr *trace.Frame, depth int) class {
	e = typematch.Unwrap(e)
	a.budget--
	if depth > maxDepth || a.budget < 0 {
		return class{kind: unknown}
	}
	if fr == nil {
		if c, ok := a.memo[e]; ok {
			return c
		}
		a.memo[e] = class{kind: neutral} // breaks cycles (b[i] = f(b[i]))
		c := a.classify1(e, fr, depth)
		a.memo[e] = c
		return c
	}
	return a.classify1(e, fr, depth)
}

func (a *analyzer) classify1(e ast.Expr, fr *trace.Frame, depth int) class {
	info := a.pass.TypesInfo
	if tv, ok := info.Types[e]; ok && tv.Value != nil {
		return class{kind: neutral}
	}
	if a.stateMode {
		if src, ok := a.requestRead(e); ok {
			return class{kind: guessable, source: src, at: e}
		}
	}
	switch v := e.(type) {
	case *ast.BasicLit:
		return class{kind: neutral}
	case *ast.Ident, *ast.SelectorExpr:
		return a.classifyName(v, fr, depth)
	case *ast.CallExpr:
		return a.classifyCall(v, fr, depth)
	case *ast.BinaryExpr:
		switch v.Op {
		case token.ADD, token.SUB, token.MUL, token.QUO, token.REM, token.XOR, token.OR, token.AND, token.SHL, token.SHR, token.AND_NOT:
			x, y := a.classify(v.X, fr, depth+1), a.classify(v.Y, fr, depth+1)
			// In integer arithmetic an operand of unknown origin is a bound
			// or an offset (rand.Intn(max-min) + min), not hidden secrecy.
			if t := typematch.TypeOf(info, v); t != nil && isInteger(t) {
				if x.kind == weak && y.kind == unknown {
					return x
				}
				if y.kind == weak && x.kind == unknown {
					return y
				}
			}
			return combine(x, y)
		}
		return class{kind: neutral}
	case *ast.UnaryExpr:
		return a.classify(v.X, fr, depth+1)
	case *ast.IndexExpr:
		if t := typematch.TypeOf(info, v.X); t != nil {
			if _, isMap := t.Underlying().(*types.Map); isMap {
				return class{kind: unknown}
			}
			// Picking one element of a list of strings (states, names,
			// hosts) yields one of a few known values, never a token; a
			// token is built from characters picked out of a charset.
			if isStringList(t) {
				return class{kind: neutral}
			}
		}
		return combine(a.classify(v.X, fr, depth+1), a.classify(v.Index, fr, depth+1))
	case *ast.SliceExpr:
		return a.classify(v.X, fr, depth+1)
	case *ast.CompositeLit:
		t := typematch.TypeOf(info, v)
		if t == nil {
			return class{kind: unknown}
		}
		switch t.Underlying().(type) {
		case *types.Slice, *types.Array:
			var parts []class
			for _, elt := range v.Elts {
				if kv, ok := elt.(*ast.KeyValueExpr); ok {
					elt = kv.Value
				}
				parts = append(parts, a.classify(elt, fr, depth+1))
			}
			return combine(parts...)
		}
	}
	return class{kind: unknown}
}

// classifyName follows a variable, constant, field or parameter.
func (a *analyzer) classifyName(e ast.Expr, fr *trace.Frame, depth int) class {
	info := a.pass.TypesInfo
	var obj types.Object
	name := ""
	switch v := e.(type) {
	case *ast.Ident:
		obj, name = info.ObjectOf(v), v.Name
	case *ast.SelectorExpr:
		name = v.Sel.Name
		if s, ok := info.Selections[v]; ok {
			obj = s.Obj()
		} else {
			obj = info.ObjectOf(v.Sel)
		}
	}
	vr, ok := obj.(*types.Var)
	if !ok {
		return class{kind: unknown}
	}
	// A package-level integer incremented somewhere is a counter.
	if vr.Parent() == vr.Pkg().Scope() && a.t.Incremented(vr) && isInteger(vr.Type()) {
		return class{kind: weak, source: "a counter (" + name + ")", at: e}
	}
	var parts []class
	if isBuffer(vr.Type()) {
		parts = a.bufferContents(vr, fr, depth)
	}
	var c class
	if len(parts) > 0 {
		c = combine(parts...)
	} else if defs, ok := a.t.Defs(e, fr); ok {
		var alts []class
		for _, d := range defs {
			alts = append(alts, a.classifyDef(d, depth))
		}
		c = alternatives(alts...)
	} else {
		c = class{kind: unknown}
	}
	if c.kind == unknown && isIdentityName(name) {
		return class{kind: guessable, source: name, at: e}
	}
	return c
}

func (a *analyzer) classifyDef(d trace.Def, depth int) class {
	if d.Index == 0 {
		return a.classify(d.Expr, d.Frame, depth+1)
	}
	// The i-th result of a tuple call: k, err := f().
	call, ok := typematch.Unwrap(d.Expr).(*ast.CallExpr)
	if !ok {
		return class{kind: unknown}
	}
	fn := typematch.Callee(a.pass.TypesInfo, call)
	if fn == nil {
		return class{kind: unknown}
	}
	sig := fn.Type().(*types.Signature)
	if d.Index >= sig.Results().Len() || isError(sig.Results().At(d.Index).Type()) {
		return class{kind: neutral}
	}
	if decl := a.t.FuncDecl(fn); decl != nil {
		inner := &trace.Frame{Call: call, Fn: fn, Parent: d.Frame}
		var alts []class
		for _, r := range trace.ReturnedResults(decl, d.Index) {
			alts = append(alts, a.classify(r, inner, depth+1))
		}
		return alternatives(alts...)
	}
	return class{kind: unknown}
}

func isError(t types.Type) bool { return types.Identical(t, types.Universe.Lookup("error").Type()) }

func isInteger(t types.Type) bool {
	b, ok := t.Underlying().(*types.Basic)
	return ok && b.Info()&types.IsInteger != 0
}

// isBuffer reports whether a variable of type t is filled in place: a byte
// slice or array, a strings.Builder or bytes.Buffer, or a hash.
func isBuffer(t types.Type) bool {
	switch u := t.Underlying().(type) {
	case *types.Slice:
		b, ok := u.Elem().Underlying().(*types.Basic)
		return ok && (b.Kind() == types.Byte || b.Kind() == types.Rune)
	case *types.Array:
		b, ok := u.Elem().Underlying().(*types.Basic)
		return ok && (b.Kind() == types.Byte || b.Kind() == types.Rune)
	}
	return typematch.IsNamed(t, "strings", "Builder") || typematch.IsNamed(t, "bytes", "Buffer") || typematch.IsNamed(t, "hash", "Hash")
}

func isIdentityName(name string) bool {
	if isSecretName(name) || names.IsPasswordName(name) {
		return false
	}
	w := names.Words(name)
	return names.IsIdentityKey(name) || hasAny(w, "name", "username", "email", "mail", "phone", "login", "id", "uid")
}

// bufferContents classifies what is written into a buffer variable: reads
// from a random source, element writes, Write calls, encodings into it.
func (a *analyzer) bufferContents(v *types.Var, fr *trace.Frame, depth int) []class {
	info := a.pass.TypesInfo
	var parts []class
	for _, call := range a.t.ArgUses(v) {
		fn := typematch.Callee(info, call)
		argIdx := -1
		for i, arg := range call.Args {
			if obj := bufferVar(info, arg); obj == v {
				argIdx = i
			}
		}
		recv := false
		if sel, ok := ast.Unparen(call.Fun).(*ast.SelectorExpr); ok && bufferVar(info, sel.X) == v {
			recv = true
		}
		switch {
		case fn == nil:
			if id, ok := ast.Unparen(call.Fun).(*ast.Ident); ok && id.Name == "copy" && argIdx == 0 && len(call.Args) == 2 {
				parts = append(parts, a.classify(call.Args[1], fr, depth+1))
			}
		case typematch.IsFunc(fn, "crypto/rand", "Read") && argIdx == 0:
			parts = append(parts, class{kind: random, n: a.bufLen(v, call.Args[0], fr, depth), at: call})
		case typematch.IsFunc(fn, "io", "ReadFull", "ReadAtLeast") && argIdx == 1:
			if isCryptoReader(info, call.Args[0]) {
				parts = append(parts, class{kind: random, n: a.bufLen(v, call.Args[1], fr, depth), at: call})
			} else if isMathRand(fn) || a.classify(call.Args[0], fr, depth+1).kind == weak {
				parts = append(parts, class{kind: weak, source: "math/rand", at: call})
			} else {
				parts = append(parts, class{kind: unknown})
			}
		case fn.Name() == "Read" && argIdx == 0 && isMathRand(fn):
			parts = append(parts, class{kind: weak, source: "math/rand", at: call})
		case fn.Name() == "Read" && argIdx == 0:
			if sel, ok := ast.Unparen(call.Fun).(*ast.SelectorExpr); ok && isCryptoReader(info, sel.X) {
				parts = append(parts, class{kind: random, n: a.bufLen(v, call.Args[0], fr, depth), at: call})
			} else if ok && a.classify(sel.X, fr, depth+1).kind == weak {
				parts = append(parts, class{kind: weak, source: "math/rand", at: call})
			}
		case recv && isWriteMethod(fn.Name()):
			for _, arg := range call.Args {
				parts = append(parts, a.classify(arg, fr, depth+1))
			}
		case typematch.IsFunc(fn, "io", "WriteString") && argIdx == 0 && len(call.Args) == 2:
			parts = append(parts, a.classify(call.Args[1], fr, depth+1))
		case typematch.IsFunc(fn, "fmt", "Fprintf", "Fprint", "Fprintln") && argIdx == 0:
			for _, arg := range call.Args[1:] {
				parts = append(parts, a.classify(arg, fr, depth+1))
			}
		case (typematch.FuncPkgPath(fn) == "encoding/binary" && len(fn.Name()) > 3 && fn.Name()[:3] == "Put" ||
			fn.Name() == "Encode" && passPkgs[typematch.FuncPkgPath(fn)]) && argIdx == 0 && len(call.Args) == 2:
			parts = append(parts, a.classify(call.Args[1], fr, depth+1))
		}
	}
	for _, w := range a.t.ElemWrites(v) {
		parts = append(parts, a.classify(w, fr, depth+1))
	}
	return parts
}

func isWriteMethod(name string) bool {
	switch name {
	case "Write", "WriteString", "WriteByte", "WriteRune":
		return true
	}
	return false
}

func bufferVar(info *types.Info, e ast.Expr) types.Object {
	e = typematch.Unwrap(e)
	if s, ok := e.(*ast.SliceExpr); ok {
		e = typematch.Unwrap(s.X)
	}
	if id, ok := e.(*ast.Ident); ok {
		return info.ObjectOf(id)
	}
	return nil
}

func isCryptoReader(info *types.Info, e ast.Expr) bool {
	root, path := typematch.SelectorPath(info, e)
	return root != nil && len(path) == 0 && root.Pkg() != nil && root.Pkg().Path() == "crypto/rand" && root.Name() == "Reader"
}

func isMathRand(fn *types.Func) bool {
	p := typematch.FuncPkgPath(fn)
	return p == mathRand[0] || p == mathRand[1]
}

// bufLen returns the length of the buffer v (read as arg): a make length or
// array size, followed through parameters; -1 if unknown.
func (a *analyzer) bufLen(v *types.Var, arg ast.Expr, fr *trace.Frame, depth int) int {
	info := a.pass.TypesInfo
	if s, ok := typematch.Unwrap(arg).(*ast.SliceExpr); ok && s.High != nil {
		n, ok := a.intValue(s.High, fr, depth)
		if ok {
			lo := 0
			if s.Low != nil {
				if l, ok := a.intValue(s.Low, fr, depth); ok {
					lo = l
				}
			}
			return n - lo
		}
		return -1
	}
	if arr, ok := v.Type().Underlying().(*types.Array); ok {
		return int(arr.Len())
	}
	defs, _ := a.t.ObjDefs(v, fr)
	n := -1
	for _, d := range defs {
		call, ok := typematch.Unwrap(d.Expr).(*ast.CallExpr)
		if !ok || len(call.Args) < 2 {
			continue
		}
		if id, ok := ast.Unparen(call.Fun).(*ast.Ident); ok && id.Name == "make" {
			if _, isBuiltin := info.Uses[id].(*types.Builtin); isBuiltin {
				if m, ok := a.intValue(call.Args[1], d.Frame, depth); ok {
					n = max(n, m)
				} else {
					return -1
				}
			}
		}
	}
	return n
}

// intValue evaluates an integer constant, following parameters to the
// caller's argument.
func (a *analyzer) intValue(e ast.Expr, fr *trace.Frame, depth int) (int, bool) {
	if n, ok := typematch.IntConst(a.pass.TypesInfo, e); ok {
		return int(n), true
	}
	if depth > maxDepth {
		return 0, false
	}
	defs, ok := a.t.Defs(e, fr)
	if !ok {
		return 0, false
	}
	if _, isCall := typematch.Unwrap(e).(*ast.CallExpr); isCall {
		return 0, false
	}
	best, found := 0, false
	for _, d := range defs {
		n, ok := a.intValue(d.Expr, d.Frame, depth+1)
		if !ok {
			return 0, false
		}
		if !found || n < best {
			best, found = n, true
		}
	}
	return best, found
}

// classifyCall classifies the result of a call.
func (a *analyzer) classifyCall(call *ast.CallExpr, fr *trace.Frame, depth int) class {
	info := a.pass.TypesInfo
	if tv, ok := info.Types[call.Fun]; ok && tv.IsType() && len(call.Args) == 1 {
		return a.classify(call.Args[0], fr, depth+1) // conversion
	}
	if id, ok := ast.Unparen(call.Fun).(*ast.Ident); ok {
		if b, ok := info.Uses[id].(*types.Builtin); ok {
			switch b.Name() {
			case "append":
				var parts []class
				for _, arg := range call.Args {
					parts = append(parts, a.classify(arg, fr, depth+1))
				}
				return combine(parts...)
			case "min", "max":
				var parts []class
				for _, arg := range call.Args {
					parts = append(parts, a.classify(arg, fr, depth+1))
				}
				return combine(parts...)
			}
			return class{kind: neutral}
		}
	}
	fn := typematch.Callee(info, call)
	if fn == nil {
		return class{kind: unknown}
	}
	path := typematch.FuncPkgPath(fn)
	sig := fn.Type().(*types.Signature)
	var recv ast.Expr
	if sel, ok := ast.Unparen(call.Fun).(*ast.SelectorExpr); ok && sig.Recv() != nil {
		recv = sel.X
	}
	args := func() []class {
		var parts []class
		if recv != nil && !isCodec(typematch.TypeOf(info, recv)) {
			parts = append(parts, a.classify(recv, fr, depth+1))
		}
		for _, arg := range call.Args {
			parts = append(parts, a.classify(arg, fr, depth+1))
		}
		return parts
	}
	switch {
	case isMathRand(fn):
		return class{kind: weak, source: "math/rand", at: call}
	case path == "crypto/rand":
		switch fn.Name() {
		case "Text":
			return class{kind: random, n: -1}
		case "Int":
			// rand.Int(rand.Reader, big.NewInt(1_000_000)) holds only
			// the bits of its bound.
			if len(call.Args) == 2 {
				if max, ok := a.bigConst(call.Args[1]); ok && max > 1 && !a.inLoop(call) {
					return class{kind: random, n: bits.Len64(uint64(max-1)) / 8, at: call}
				}
			}
			return class{kind: random, n: -1}
		}
		return class{kind: neutral}
	case path == "time":
		if fn.Name() == "Now" || fn.Name() == "Since" {
			return class{kind: weak, source: "the current time", at: call}
		}
		return combine(args()...)
	case path == "sync/atomic":
		if len(fn.Name()) >= 3 && fn.Name()[:3] == "Add" {
			return class{kind: weak, source: "a counter", at: call}
		}
		return combine(args()...)
	case golib.UUIDKindOf(fn) != golib.NotUUID:
		switch golib.UUIDKindOf(fn) {
		case golib.UUIDTime:
			return class{kind: weak, source: "a time-based UUID (version 1)", at: call}
		case golib.UUIDRandom:
			return class{kind: random, n: -1}
		case golib.UUIDName:
			return hashOf(call, "a name-based UUID", args()[1:]...)
		case golib.UUIDMust:
			return a.classify(call.Args[0], fr, depth+1)
		}
		if recv != nil {
			return a.classify(recv, fr, depth+1)
		}
		return class{kind: unknown}
	case golib.IsRandomKeyFunc(fn) && len(call.Args) == 1:
		if n, ok := a.intValue(call.Args[0], fr, depth); ok {
			return class{kind: random, n: n}
		}
		return class{kind: random, n: -1}
	}
	if src, ok := libraryWeakFunc(fn); ok {
		return class{kind: weak, source: src, at: call}
	}
	if names, ok := hashFuncs[path]; ok && sig.Recv() == nil {
		for _, n := range names {
			if fn.Name() == n {
				return hashOf(call, "", args()...)
			}
		}
	}
	// h.Sum(nil) on a hash built in this package.
	if fn.Name() == "Sum" && recv != nil {
		if obj := bufferVar(info, recv); obj != nil {
			if v, ok := obj.(*types.Var); ok {
				if key := a.hmacKey(v, fr); key != nil {
					// An HMAC is as secret as its key: one keyed with a
					// predictable value over guessable data is predictable.
					kc := a.classify(key, fr, depth+1)
					if kc.kind != weak {
						return class{kind: unknown}
					}
					parts := append(a.bufferContents(v, fr, depth), kc)
					if c := combine(parts...); c.kind == weak {
						return class{kind: weak, source: "an HMAC keyed with " + kc.source, at: kc.at, gen: kc.gen}
					}
					return class{kind: unknown}
				}
			}
			if v, ok := obj.(*types.Var); ok {
				parts := a.bufferContents(v, fr, depth)
				if len(parts) > 0 {
					return hashOf(call, "", parts...)
				}
			}
		}
		return class{kind: unknown}
	}
	if passPkgs[path] {
		return combine(args()...)
	}
	if recv != nil && (typematch.IsNamed(typematch.TypeOf(info, recv), "strings", "Builder") || typematch.IsNamed(typematch.TypeOf(info, recv), "bytes", "Buffer")) {
		return a.classify(recv, fr, depth+1)
	}
	if a.t.FuncDecl(fn) != nil {
		defs, ok := a.t.Defs(call, fr)
		if !ok {
			return class{kind: unknown}
		}
		var alts []class
		for _, d := range defs {
			alts = append(alts, a.classify(d.Expr, d.Frame, depth+1))
		}
		return alternatives(alts...)
	}
	var fact predictableFact
	if a.pass.ImportObjectFact(fn, &fact) {
		if fact.Reported {
			return class{kind: unknown} // reported where fn makes it
		}
		return class{kind: weak, source: fact.Source + " (via " + fn.Name() + ")", at: call, gen: fact.At}
	}
	// A method on a value of this package's making: s.String() on a
	// random value returns its text.
	if recv != nil && (fn.Name() == "String" || fn.Name() == "Text" || fn.Name() == "Bytes") {
		return a.classify(recv, fr, depth+1)
	}
	return class{kind: unknown}
}

// isCodec reports whether t is an encoder such as base64.RawURLEncoding or
// binary.BigEndian, whose configuration is not part of the value.
func isCodec(t types.Type) bool {
	if t == nil {
		return false
	}
	if n := typematch.NamedOf(t); n != nil && n.Obj().Pkg() != nil {
		switch n.Obj().Pkg().Path() {
		case "encoding/base64", "encoding/base32", "encoding/binary", "encoding/hex":
			return true
		}
	}
	return false
}

// hmacKey returns the key of hash variable v when hmac.New made it.
func (a *analyzer) hmacKey(v *types.Var, fr *trace.Frame) ast.Expr {
	defs, _ := a.t.ObjDefs(v, fr)
	for _, d := range defs {
		if call, ok := typematch.Unwrap(d.Expr).(*ast.CallExpr); ok {
			if fn := typematch.Callee(a.pass.TypesInfo, call); typematch.IsFunc(fn, "crypto/hmac", "New") && len(call.Args) == 2 {
				return call.Args[1]
			}
		}
	}
	return nil
}

// hashOf classifies a digest of parts: as strong as its random input, and
// predictable when every input is guessable.
func hashOf(call *ast.CallExpr, what string, parts ...class) class {
	c := combine(parts...)
	switch c.kind {
	case random:
		return c
	case weak:
		if what != "" {
			c.source = what + " of " + c.source
		}
		return c
	case guessable, neutral:
		src := "a hash of guessable input"
		if what != "" {
			src = what
		}
		if c.source != "" {
			src += " (" + c.source + ")"
		}
		return class{kind: weak, source: src, at: call}
	}
	return c
}

// combine classifies a value built from all of parts (a concatenation, a
// format, an encoding): random input protects it, unknown input may, and
// otherwise any predictable part makes it predictable.
func combine(parts ...class) class {
	total, anyRandom, unknownLen := 0, false, false
	var firstWeak, firstGuess *class
	var randomAt ast.Node
	anyUnknown := false
	for i := range parts {
		p := parts[i]
		switch p.kind {
		case random:
			anyRandom = true
			if randomAt == nil {
				randomAt = p.at
			}
			if p.n < 0 {
				unknownLen = true
			} else {
				total += p.n
			}
		case unknown:
			anyUnknown = true
		case weak:
			if firstWeak == nil {
				firstWeak = &parts[i]
			}
		case guessable:
			if firstGuess == nil {
				firstGuess = &parts[i]
			}
		}
	}
	switch {
	case anyRandom && (unknownLen || total >= 16):
		return class{kind: random, n: -1}
	case anyUnknown:
		return class{kind: unknown}
	case anyRandom:
		return class{kind: random, n: total, at: randomAt}
	case firstWeak != nil:
		return *firstWeak
	case firstGuess != nil:
		return *firstGuess
	}
	return class{kind: neutral}
}

// alternatives classifies a value that is one of alts (a variable assigned
// in several places, a helper with several returns): a predictable
// fallback makes it predictable.
func alternatives(alts ...class) class {
	var out *class
	for i := range alts {
		c := alts[i]
		switch {
		case c.kind == weak:
			return c
		case c.short():
			if out == nil || !out.short() {
				out = &alts[i]
			}
		}
	}
	if out != nil {
		return *out
	}
	res := class{kind: neutral}
	for _, c := range alts {
		switch {
		case c.kind == unknown:
			return c
		case c.kind == random:
			res = c
		case c.kind == guessable && res.kind == neutral:
			res = c
		}
	}
	return res
}

// isStringList reports whether t is a slice or array of strings.
func isStringList(t types.Type) bool {
	var elem types.Type
	switch u := t.Underlying().(type) {
	case *types.Slice:
		elem = u.Elem()
	case *types.Array:
		elem = u.Elem()
	default:
		return false
	}
	b, ok := elem.Underlying().(*types.Basic)
	return ok && b.Info()&types.IsString != 0
}

// inLoop reports whether n runs in a loop of its function: a draw per
// character of a token (rand.Int(rand.Reader, big.NewInt(62)) for each of
// 32 characters) holds the bits of all the draws.
func (a *analyzer) inLoop(n ast.Node) bool {
	cur, ok := a.t.Inspector.Root().FindNode(n)
	if !ok {
		return false
	}
	for c := range cur.Enclosing((*ast.ForStmt)(nil), (*ast.RangeStmt)(nil), (*ast.FuncDecl)(nil), (*ast.FuncLit)(nil)) {
		switch c.Node().(type) {
		case *ast.ForStmt, *ast.RangeStmt:
			return true
		default:
			return false
		}
	}
	return false
}

// bigConst reads the constant a *big.Int is made from: big.NewInt(n).
func (a *analyzer) bigConst(e ast.Expr) (int64, bool) {
	origins := a.t.Origins(e)
	if len(origins) != 1 {
		return 0, false
	}
	call, ok := typematch.Unwrap(origins[0]).(*ast.CallExpr)
	if !ok || len(call.Args) != 1 || !typematch.IsFunc(typematch.Callee(a.pass.TypesInfo, call), "math/big", "NewInt") {
		return 0, false
	}
	return typematch.IntConst(a.pass.TypesInfo, call.Args[0])
}
