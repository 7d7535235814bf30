package catalog

import (
	"slices"
	"strings"
	"testing"
)

func TestParse(t *testing.T) {
	for _, tc := range []struct {
		text   string
		rules  []string
		reason string
		ok     bool
	}{
		{" sessionlint:ignore cookieflags,csrf loopback only", []string{"cookieflags", "csrf"}, "loopback only", true},
		{"sessionlint:ignore logout", []string{"logout"}, "", true},
		{"sessionlint:ignore", nil, "", true},
		{"sessionlint:ignored logout x", nil, "", false},
		{"nolint:all", nil, "", false},
	} {
		rules, reason, ok := ParseDirective(tc.text)
		if ok != tc.ok || reason != tc.reason || !slices.Equal(rules, tc.rules) {
			t.Errorf("ParseDirective(%q) = %v, %q, %v; want %v, %q, %v", tc.text, rules, reason, ok, tc.rules, tc.reason, tc.ok)
		}
	}
}

func TestCoversAndProblem(t *testing.T) {
	known := func(id string) bool { return id == "logout" || id == "csrf" }
	alone := Directive{Line: 10, Alone: true, Rules: []string{"logout"}, Reason: "why"}
	if !alone.Covers("logout", 10) || !alone.Covers("logout", 11) || alone.Covers("logout", 12) || alone.Covers("csrf", 11) {
		t.Error("a directive alone on its line covers its line and the next, for its rules only")
	}
	trailing := Directive{Line: 10, Rules: []string{"logout"}, Reason: "why"}
	if trailing.Covers("logout", 11) {
		t.Error("a trailing directive covers only its own line")
	}
	if noReason := (Directive{Line: 10, Rules: []string{"logout"}}); noReason.Covers("logout", 10) {
		t.Error("a directive without a reason suppresses nothing")
	}
	for _, tc := range []struct {
		d          Directive
		rule, want string
	}{
		{Directive{Rules: []string{"csrf"}, Reason: "ok"}, "csrf", ""},
		{Directive{Rules: []string{"csrf"}}, "csrf", "has no reason"},
		{Directive{Rules: []string{"nope", "csrf"}, Reason: "x"}, "csrf", "unknown rule nope"},
		{Directive{}, "fallback", "names no rule"},
	} {
		rule, msg := tc.d.Problem(known, "fallback")
		if rule != tc.rule || (tc.want == "") != (msg == "") || tc.want != "" && !strings.Contains(msg, tc.want) {
			t.Errorf("Problem(%+v) = %q, %q; want rule %q and a message with %q", tc.d, rule, msg, tc.rule, tc.want)
		}
	}
}
