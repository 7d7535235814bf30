package config

import (
	"path"
	"strings"
)

// A glob is an exclude pattern: slash-separated segments that follow
// path.Match, where a "**" segment matches any number of segments, none
// included.
type glob []string

func parseGlob(pattern string) (glob, error) {
	p := strings.TrimPrefix(path.Clean(strings.TrimSpace(pattern)), "/")
	if p == "" || p == "." || p == ".." || strings.HasPrefix(p, "../") {
		return nil, errBadGlob
	}
	g := glob(strings.Split(p, "/"))
	for _, seg := range g {
		if _, err := path.Match(seg, ""); err != nil {
			return nil, err
		}
	}
	return g, nil
}

// match reports whether the slash-separated relative path name, or one of
// the folders it is in, matches g: "internal/legacy" excludes everything
// below that folder, as "internal/legacy/**" does.
func (g glob) match(name string) bool {
	segs := strings.Split(name, "/")
	for i := 1; i <= len(segs); i++ {
		if matchSegs(g, segs[:i]) {
			return true
		}
	}
	return false
}

func matchSegs(pat, segs []string) bool {
	for len(pat) > 0 {
		if pat[0] == "**" {
			for i := 0; i <= len(segs); i++ {
				if matchSegs(pat[1:], segs[i:]) {
					return true
				}
			}
			return false
		}
		if len(segs) == 0 {
			return false
		}
		if ok, _ := path.Match(pat[0], segs[0]); !ok {
			return false
		}
		pat, segs = pat[1:], segs[1:]
	}
	return len(segs) == 0
}
