package code

import (
	"strings"
)

// DocBase is where rules.md is published; each rule has an anchor there.
const DocBase = "https://github.com/sessionlint/sessionlint/blob/main/rules.md"

// DocURL returns the link to a rule's section of rules.md.
func DocURL(id string) string { return DocBase + "#" + id }

// MustDoc extracts an analyzer's documentation from the source of its doc.go:
// the text of the package comment after the "# Analyzer NAME" heading, with
// comment markers removed. It panics if the heading is missing, so a broken
// doc.go fails every test at once.
func MustDoc(docGo, name string) string {
	var lines []string
	for line := range strings.SplitSeq(docGo, "\n") {
		if !strings.HasPrefix(line, "//") {
			if len(lines) > 0 {
				break
			}
			continue
		}
		line = strings.TrimPrefix(strings.TrimPrefix(line, "//"), " ")
		lines = append(lines, line)
	}
	text := strings.Join(lines, "\n")
	heading := "# Analyzer " + name
	_, after, ok := strings.Cut(text, heading)
	if !ok {
		panic("doc.go of " + name + " lacks the heading " + heading)
	}
	return strings.TrimSpace(after)
}
