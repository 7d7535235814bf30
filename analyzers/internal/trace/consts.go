package trace

import (
	"go/ast"
	"go/types"

	"github.com/sessionlint/sessionlint/analyzers/internal/names"
	"github.com/sessionlint/sessionlint/analyzers/internal/typematch"
)

// Day is a day in seconds.
const Day = 24 * 60 * 60

// ConstSeconds returns the constant value of an expression counted in unit
// (1 for seconds, int64(time.Second) for a time.Duration), in seconds,
// following variables to their single constant value.
func (v *Values) ConstSeconds(e ast.Expr, unit int64) (int64, bool) {
	if v, ok := typematch.IntConst(v.Info, e); ok {
		return v / unit, true
	}
	if call, ok := typematch.Unwrap(e).(*ast.CallExpr); ok {
		// int(d) and int64(d) keep the unit; d.Seconds() of a constant
		// Duration counts seconds, as in MaxAge: int((24*time.Hour).Seconds()).
		if tv, ok := v.Info.Types[call.Fun]; ok && tv.IsType() && len(call.Args) == 1 {
			return v.ConstSeconds(call.Args[0], unit)
		}
		if fn := typematch.Callee(v.Info, call); unit == 1 && typematch.IsMethod(fn, "time", "Duration", "Seconds") {
			if sel, ok := call.Fun.(*ast.SelectorExpr); ok {
				return v.ConstSeconds(sel.X, int64(1e9))
			}
		}
	}
	origins := v.Origins(e)
	if len(origins) != 1 {
		return 0, false
	}
	if v, ok := typematch.IntConst(v.Info, origins[0]); ok {
		return v / unit, true
	}
	return 0, false
}

// TimeFromNow returns how many seconds after now a time expression lies,
// for time.Now().Add(d) and time.Now().AddDate(y, m, d) with constant
// arguments (months count 30 days, years 365), through .UTC(), .Local(),
// .Round(...) and .Truncate(...) and through variables.
func (v *Values) TimeFromNow(e ast.Expr) (int64, bool) {
	origins := v.Origins(e)
	if len(origins) != 1 {
		return 0, false
	}
	e = origins[0]
	for {
		call, ok := e.(*ast.CallExpr)
		if !ok {
			return 0, false
		}
		fn := typematch.Callee(v.Info, call)
		if fn == nil {
			return 0, false
		}
		if typematch.FuncPkgPath(fn) != "time" {
			// A wrapper of one time: jwt.NewNumericDate(t).
			if len(call.Args) == 1 && typematch.IsNamed(typematch.TypeOf(v.Info, call.Args[0]), "time", "Time") {
				e = typematch.Unwrap(call.Args[0])
				continue
			}
			return 0, false
		}
		sel, ok := call.Fun.(*ast.SelectorExpr)
		if !ok {
			return 0, false
		}
		switch fn.Name() {
		case "UTC", "Local", "Round", "Truncate", "In", "Unix", "UnixMilli", "UnixNano":
			e = typematch.Unwrap(sel.X)
			continue
		case "Add":
			if !isTimeNow(v.Info, sel.X) || len(call.Args) != 1 {
				return 0, false
			}
			return v.ConstSeconds(call.Args[0], int64(1e9))
		case "AddDate":
			if !isTimeNow(v.Info, sel.X) || len(call.Args) != 3 {
				return 0, false
			}
			var n [3]int64
			for i, a := range call.Args {
				v, ok := typematch.IntConst(v.Info, a)
				if !ok {
					return 0, false
				}
				n[i] = v
			}
			return (n[0]*365 + n[1]*30 + n[2]) * Day, true
		}
		return 0, false
	}
}

// notAfterNow reports whether a time is now or earlier: time.Now(), moved
// back by constant amounts (now.AddDate(-1, 0, 0)), also through variables
// (t := time.Now(); t = t.AddDate(-1, 0, 0)), every assignment counting.
func (v *Values) notAfterNow(e ast.Expr, seen map[types.Object]bool) bool {
	e = typematch.Unwrap(e)
	if id, ok := e.(*ast.Ident); ok {
		obj := v.Info.ObjectOf(id)
		if obj == nil {
			return false
		}
		if seen[obj] {
			return true // t = t.AddDate(...): judged by its other assignments
		}
		seen[obj] = true
		defs, ok := v.Defs(id, nil)
		if !ok || len(defs) == 0 {
			return false
		}
		for _, d := range defs {
			if d.Index != 0 || !v.notAfterNow(d.Expr, seen) {
				return false
			}
		}
		return true
	}
	if isTimeNow(v.Info, e) {
		return true
	}
	call, ok := e.(*ast.CallExpr)
	if !ok {
		return false
	}
	fn := typematch.Callee(v.Info, call)
	sel, isSel := call.Fun.(*ast.SelectorExpr)
	if fn == nil || !isSel || typematch.FuncPkgPath(fn) != "time" {
		return false
	}
	switch fn.Name() {
	case "UTC", "Local", "Round", "Truncate", "In":
	case "Add":
		if len(call.Args) != 1 {
			return false
		}
		if d, ok := v.ConstSeconds(call.Args[0], int64(1e9)); !ok || d > 0 {
			return false
		}
	case "AddDate":
		for _, a := range call.Args {
			if n, ok := typematch.IntConst(v.Info, a); !ok || n > 0 {
				return false
			}
		}
	default:
		return false
	}
	return v.notAfterNow(sel.X, seen)
}

func isTimeNow(info *types.Info, e ast.Expr) bool {
	for {
		call, ok := typematch.Unwrap(e).(*ast.CallExpr)
		if !ok {
			return false
		}
		fn := typematch.Callee(info, call)
		if typematch.IsFunc(fn, "time", "Now") {
			return true
		}
		sel, ok := call.Fun.(*ast.SelectorExpr)
		if !ok || fn == nil || typematch.FuncPkgPath(fn) != "time" || (fn.Name() != "UTC" && fn.Name() != "Local") {
			return false
		}
		e = sel.X
	}
}

// IsPastTime reports whether a time expression lies in the past: the Unix
// epoch or a constant early date (time.Unix(0, 0), time.Date(1970, ...)), or
// now, or now minus a constant duration.
func (v *Values) IsPastTime(e ast.Expr) bool {
	if d, ok := v.TimeFromNow(e); ok {
		return d < 0
	}
	if v.notAfterNow(e, map[types.Object]bool{}) {
		return true // a cookie expiring now is deleted as well
	}
	for _, o := range v.Origins(e) {
		for {
			call, ok := o.(*ast.CallExpr)
			if !ok {
				break
			}
			fn := typematch.Callee(v.Info, call)
			if typematch.FuncPkgPath(fn) != "time" {
				break
			}
			switch {
			case typematch.IsFunc(fn, "time", "Unix", "UnixMilli") && len(call.Args) > 0:
				if _, ok := typematch.IntConst(v.Info, call.Args[0]); ok {
					return true
				}
			case typematch.IsFunc(fn, "time", "Date") && len(call.Args) > 0:
				if y, ok := typematch.IntConst(v.Info, call.Args[0]); ok && y < 2000 {
					return true
				}
			}
			sel, ok := call.Fun.(*ast.SelectorExpr)
			if !ok {
				break
			}
			o = typematch.Unwrap(sel.X)
		}
		if sel, ok := o.(*ast.SelectorExpr); ok {
			// A package-level variable such as epoch = time.Unix(0, 0) is
			// followed by Origins; a name saying so is enough otherwise.
			if names.HasWord(names.Words(sel.Sel.Name), "epoch", "expired", "past") {
				return true
			}
		}
		if id, ok := o.(*ast.Ident); ok && names.HasWord(names.Words(id.Name), "epoch", "expired", "past") {
			return true
		}
	}
	return false
}
