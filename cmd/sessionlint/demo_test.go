package main

import (
	"slices"
	"strings"
	"testing"
)

// vulnappFindings are the weaknesses planted in testdata/vulnapp, as
// "file:line: rule". The test fails on a missing one and on an extra one.
var vulnappFindings = []string{
	"handlers.go:12: hardcodedsecret", // securecookie.New with literal keys
	"handlers.go:38: fixation",        // Put("userID") with no RenewToken
	"handlers.go:42: cookieflags",     // remember_token cookie: no Secure, HttpOnly, SameSite
	"handlers.go:53: logout",          // Remove("userID") only
	"handlers.go:69: sensitivedata",   // card number in the session
	"handlers.go:70: sensitivedata",   // CVV in the session
	"handlers.go:75: predictableid",   // reset token from math/rand
	"handlers.go:89: sessioninurl",    // session token in a redirect URL
	"main.go:24: cookieflags",         // scs manager without Cookie.Secure
	"main.go:24: memstore",            // scs default in-memory store
	"main.go:25: noexpiry",            // 90-day lifetime
	"main.go:24: csrf",                // SameSite=None session, POST routes, no CSRF defence
	"users.go:22: plainpassword",      // password inserted as is
}

func TestDemoApps(t *testing.T) {
	vuln := repoTestdata(t, "vulnapp")
	r := sessionlint(t, vuln, "./...")
	if r.code != 1 {
		t.Fatalf("vulnapp: exit %d, want 1\nstdout: %s\nstderr: %s", r.code, r.stdout, r.stderr)
	}
	var got []string
	for line := range strings.SplitSeq(strings.TrimSpace(r.stdout), "\n") {
		// file:line:col: rule: message
		parts := strings.SplitN(line, ":", 5)
		if len(parts) < 5 {
			t.Fatalf("malformed line %q", line)
		}
		got = append(got, parts[0]+":"+parts[1]+": "+strings.TrimSpace(parts[3]))
	}
	got = slices.Compact(slices.Sorted(slices.Values(got)))
	want := slices.Sorted(slices.Values(vulnappFindings))
	for _, w := range want {
		if !slices.Contains(got, w) {
			t.Errorf("vulnapp: missing %s", w)
		}
	}
	for _, g := range got {
		if !slices.Contains(want, g) {
			t.Errorf("vulnapp: unexpected %s", g)
		}
	}
	if t.Failed() {
		t.Logf("output:\n%s", r.stdout)
	}

	secure := repoTestdata(t, "secureapp")
	if r := sessionlint(t, secure, "./..."); r.code != 0 || r.stdout != "" {
		t.Errorf("secureapp: exit %d, want 0 and no findings\n%s%s", r.code, r.stdout, r.stderr)
	}
}
