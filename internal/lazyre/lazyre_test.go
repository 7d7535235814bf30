package lazyre

import "testing"

func TestCompiledOnFirstUse(t *testing.T) {
	bad := New(`(unclosed`) // no panic yet: nothing used it
	re := New(`(?i)^(sess|sid)_?(\d+)$`)
	if !re.MatchString("SID_42") || re.MatchString("side") {
		t.Error("MatchString")
	}
	if m := re.FindStringSubmatch("sess7"); len(m) != 3 || m[2] != "7" {
		t.Errorf("FindStringSubmatch = %q", m)
	}
	if re.String() != `(?i)^(sess|sid)_?(\d+)$` {
		t.Errorf("String = %q", re.String())
	}
	defer func() {
		if recover() == nil {
			t.Error("a pattern that does not compile did not panic on first use")
		}
	}()
	bad.MatchString("x")
}
