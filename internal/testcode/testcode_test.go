package testcode

import "testing"

func TestIsTestPath(t *testing.T) {
	for _, tc := range []struct {
		path string
		want bool
	}{
		{"handlers/login_test.go", true},
		{"pkg/helpers/testing.go", true},
		{"internal/store/mock_store.go", true},
		{"internal/store/store_mock.go", true},
		{"internal/testutil/server.go", true},
		{"web/src/login.spec.ts", true},
		{"src/__mocks__/api.js", true},
		{"test/app.js", true},
		{"examples/basic/main.go", false},
		{"handlers/login.go", false},
		{"internal/mockery/config.go", false},
		{"pkg/attest/attest.go", false},
		{"cmd/testing-tool.md", false},
		{"web/src/testing.js", false},
		{"routes/contest.js", false},
	} {
		if got := IsTestPath(tc.path); got != tc.want {
			t.Errorf("IsTestPath(%q) = %v, want %v", tc.path, got, tc.want)
		}
	}
}
