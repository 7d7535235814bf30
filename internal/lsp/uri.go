package lsp

import (
	"net/url"
	"path/filepath"
	"runtime"
	"strings"
)

// uriPath returns the file system path of a file: URI, or "" for other
// schemes (untitled buffers, version control views) and malformed URIs.
func uriPath(uri string) string {
	u, err := url.Parse(uri)
	if err != nil || u.Scheme != "file" || u.Path == "" {
		return ""
	}
	p := u.Path
	if runtime.GOOS == "windows" {
		// file:///C:/dir/f.go → C:\dir\f.go; file://server/share/f.go
		// → \\server\share\f.go
		if len(p) >= 3 && p[0] == '/' && p[2] == ':' {
			p = p[1:]
		} else if u.Host != "" {
			p = "//" + u.Host + p
		}
	}
	p = filepath.Clean(filepath.FromSlash(p))
	if !filepath.IsAbs(p) {
		return ""
	}
	return p
}

// pathURI returns the file: URI of an absolute path.
func pathURI(path string) string {
	p := filepath.ToSlash(path)
	if runtime.GOOS == "windows" && !strings.HasPrefix(p, "/") {
		p = "/" + p
	}
	return (&url.URL{Scheme: "file", Path: p}).String()
}
