package syntax

import (
	"bytes"
	"path/filepath"
	"strings"

	"github.com/sessionlint/sessionlint/internal/lazyre"
)

// Single-file components (Vue's .vue, Svelte's .svelte) hold their code in
// <script> blocks. SFCScript keeps those blocks and blanks everything else
// (bytes become spaces, newlines stay), so that the script parses as
// JavaScript or TypeScript and every position is the component's own.

// IsSFC reports whether a file is a single-file component.
func IsSFC(path string) bool {
	switch strings.ToLower(filepath.Ext(path)) {
	case ".vue", ".svelte":
		return true
	}
	return false
}

var scriptOpen = lazyre.New(`(?i)<script\b([^>]*)>`)

// SFCScript returns a component's source with only its script blocks
// left, and the language they are written in (TypeScript when a block
// says lang="ts").
func SFCScript(src []byte) ([]byte, Lang) {
	out := make([]byte, len(src))
	for i, b := range src {
		if b == '\n' || b == '\r' {
			out[i] = b
		} else {
			out[i] = ' '
		}
	}
	lang := JavaScript
	off := 0
	for {
		loc := scriptOpen.FindSubmatchIndex(src[off:])
		if loc == nil {
			break
		}
		attrs := src[off+loc[2] : off+loc[3]]
		start := off + loc[1]
		end := bytes.Index(bytes.ToLower(src[start:]), []byte("</script"))
		if end < 0 {
			end = len(src)
		} else {
			end += start
		}
		if bytes.Contains(attrs, []byte(`lang="ts"`)) || bytes.Contains(attrs, []byte(`lang='ts'`)) || bytes.Contains(attrs, []byte(`lang="typescript"`)) {
			lang = TypeScript
		}
		copy(out[start:end], src[start:end])
		off = end
	}
	return out, lang
}
