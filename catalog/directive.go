// The suppression directive, shared by the Go analyzers and the
// JavaScript/TypeScript pass:
//
//	//sessionlint:ignore RULE[,RULE] reason
//
// written on the line of a finding or alone on the line above it. A reason
// is required: a directive without one, or naming an unknown rule, is itself
// reported and suppresses nothing.

package catalog

import "strings"

// DirectivePrefix introduces a directive.
const DirectivePrefix = "sessionlint:ignore"

// A Directive is one parsed ignore comment.
type Directive struct {
	Line, Column int
	Alone        bool // the comment is alone on its line: it covers the next line
	Rules        []string
	Reason       string
}

// ParseDirective reads the text of a comment, without its comment markers, as a
// directive. ok is false when the comment is not a directive.
func ParseDirective(text string) (rules []string, reason string, ok bool) {
	rest, ok := strings.CutPrefix(strings.TrimSpace(text), DirectivePrefix)
	if !ok || (rest != "" && rest[0] != ' ' && rest[0] != '\t') {
		return nil, "", false
	}
	fields := strings.Fields(rest)
	if len(fields) > 0 {
		for r := range strings.SplitSeq(fields[0], ",") {
			if r = strings.TrimSpace(r); r != "" {
				rules = append(rules, r)
			}
		}
		reason = strings.Join(fields[1:], " ")
	}
	return rules, reason, true
}

// Covers reports whether d applies to a finding of rule on line.
func (d Directive) Covers(rule string, line int) bool {
	if d.Reason == "" {
		return false
	}
	if line != d.Line && !(d.Alone && line == d.Line+1) {
		return false
	}
	for _, r := range d.Rules {
		if r == rule {
			return true
		}
	}
	return false
}

// Problem says what is wrong with a malformed directive: msg is "" for a
// well-formed one. rule is the rule to report it under, so that each
// directive is reported once: the first known rule it names, else fallback.
func (d Directive) Problem(known func(string) bool, fallback string) (rule, msg string) {
	var okRules, unknown []string
	for _, r := range d.Rules {
		if known(r) {
			okRules = append(okRules, r)
		} else {
			unknown = append(unknown, r)
		}
	}
	rule = fallback
	if len(okRules) > 0 {
		rule = okRules[0]
	}
	switch {
	case len(d.Rules) == 0:
		msg = "sessionlint:ignore directive names no rule, so it suppresses nothing; write sessionlint:ignore RULE reason in the comment"
	case len(unknown) > 0:
		msg = "sessionlint:ignore directive names unknown rule " + strings.Join(unknown, ", ") + "; use a rule ID from rules.md"
	case d.Reason == "":
		msg = "sessionlint:ignore directive has no reason, so it suppresses nothing; add why the finding is accepted after the rule list"
	}
	return rule, msg
}
