package predictableid

import (
	"strings"

	"github.com/sessionlint/sessionlint/internal/js/analysis"
	"github.com/sessionlint/sessionlint/internal/js/jslib"
	"github.com/sessionlint/sessionlint/internal/js/resolve"
	"github.com/sessionlint/sessionlint/internal/js/syntax"
)

// minTruncatedBits: a strong source cut to fewer random bits than this is
// reported (uuid().slice(0, 8): 32 bits). Between this and 128 bits
// reviewers disagree, and the rule stays silent.
const minTruncatedBits = 64

// uuidGroups are the hex digits of a UUID's dash-separated groups.
var uuidGroups = []int{8, 4, 4, 4, 12}

// A piece is what is known of a random string: its random bits, bits per
// character, and, for a UUID, its groups.
type piece struct {
	bits    float64
	perChar float64
	uuid    bool
	groups  []int // after split('-'): the groups kept
	from    int   // the index of the first group kept
}

// entropy estimates the random bits of a value built from a strong source
// and cut with slice, substring, substr, split and join; ok is false when
// it is not such a value.
func entropy(f *analysis.File, n *syntax.Node, depth int) (float64, bool) {
	p, ok := measure(f, n, depth)
	if !ok || p.groups != nil {
		return 0, false
	}
	return p.bits, true
}

func measure(f *analysis.File, n *syntax.Node, depth int) (piece, bool) {
	n = syntax.Unwrap(n)
	if n == nil || depth > 8 {
		return piece{}, false
	}
	switch n.Kind {
	case "identifier":
		return measure(f, f.IdentValue(n), depth+1)
	case "subscript_expression": // uuid.split('-')[0]
		p, ok := measure(f, n.ChildByField("object"), depth+1)
		i, okIndex := f.Number(n.ChildByField("index"))
		if !ok || !okIndex || p.groups == nil || int(i) >= len(p.groups) {
			return piece{}, false
		}
		return piece{bits: float64(p.groups[int(i)]) * 4, perChar: 4}, true
	case "call_expression":
	default:
		return piece{}, false
	}
	fn := syntax.Unwrap(n.ChildByField("function"))
	as := resolve.Args(n)
	if fn != nil && fn.Kind == "member_expression" {
		method := f.Text(fn.ChildByField("property"))
		switch method {
		case "toString":
			p, ok := measure(f, fn.ChildByField("object"), depth+1)
			if !ok {
				return p, false
			}
			enc := "utf8"
			if len(as) > 0 {
				enc, _ = f.String(as[0])
			}
			switch enc {
			case "hex":
				p.perChar = 4
			case "base64", "base64url":
				p.perChar = 6
			}
			return p, p.perChar > 0
		case "slice", "substring", "substr":
			p, ok := measure(f, fn.ChildByField("object"), depth+1)
			if !ok || len(as) == 0 {
				return piece{}, false
			}
			a, okA := f.Number(as[0])
			b := -1.0
			if len(as) > 1 {
				v, okB := f.Number(as[1])
				if !okB {
					return piece{}, false
				}
				b = v
			}
			if !okA || a < 0 {
				return piece{}, false
			}
			if p.groups != nil { // an array of UUID groups
				end := len(p.groups)
				if b >= 0 {
					end = min(end, int(b))
				}
				if int(a) > end {
					return piece{}, false
				}
				p.groups = p.groups[int(a):end]
				p.from += int(a)
				return p, true
			}
			if b < 0 || p.perChar == 0 {
				return piece{}, false
			}
			chars := b - a
			if method == "substr" {
				chars = b
			}
			if p.uuid {
				chars -= float64(strings.Count("xxxxxxxx-xxxx-4xxx-yxxx-xxxxxxxxxxxx"[int(a):int(min(36, a+chars))], "-"))
			}
			p.bits = min(p.bits, chars*p.perChar)
			p.uuid = false
			return p, true
		case "split":
			p, ok := measure(f, fn.ChildByField("object"), depth+1)
			if sep, okSep := f.String(firstArg(as)); !ok || !okSep || !p.uuid || sep != "-" {
				return piece{}, false
			}
			p.groups = uuidGroups
			return p, true
		case "join":
			p, ok := measure(f, fn.ChildByField("object"), depth+1)
			if !ok || p.groups == nil {
				return piece{}, false
			}
			bits := 0.0
			for i, g := range p.groups {
				bits += float64(g) * 4
				switch p.from + i {
				case 2:
					bits -= 4 // the version digit
				case 3:
					bits -= 2 // the variant bits
				}
			}
			return piece{bits: bits, perChar: 4}, true
		}
	}
	// The strong sources.
	b, ok := f.Callee(n)
	if !ok {
		if t := f.Text(fn); t == "crypto.randomUUID" || t == "self.crypto.randomUUID" {
			return piece{bits: 122, perChar: 4, uuid: true}, true
		}
		return piece{}, false
	}
	switch {
	case jslib.RandomUUID(b):
		return piece{bits: 122, perChar: 4, uuid: true}, true
	case jslib.Randomness(b) == jslib.Sized && len(as) > 0:
		if v, ok := f.Number(as[0]); ok {
			return piece{bits: v * 8}, true // bytes, encoded later
		}
	}
	return piece{}, false
}

func firstArg(as []*syntax.Node) *syntax.Node {
	if len(as) == 0 {
		return nil
	}
	return as[0]
}
