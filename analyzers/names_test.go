package analyzers

import (
	"fmt"
	"slices"
	"strings"
	"testing"

	"github.com/sessionlint/sessionlint/catalog"
)

func TestVetFlagsReachEveryAnalyzer(t *testing.T) {
	t.Setenv("XDG_CACHE_HOME", t.TempDir())
	defer SetNames(catalog.Names{})
	// However many names a project declares, they travel in a file that
	// one short flag names: the path carries the content's hash, so go
	// vet's cache key changes exactly when the names do.
	n := catalog.Names{LoginHandlers: []string{"enterApp", "/enter"}, SessionCookies: []string{"acme_sid"}}
	for i := range 8000 {
		n.IdentityKeys = append(n.IdentityKeys, fmt.Sprintf("projectSpecificIdentityKey%04d", i))
	}
	args := VetFlags(n)
	if len(args) != 1 || len(args[0]) > 512 || !strings.HasPrefix(args[0], "-"+Suite[0].Name+".names-file=") {
		t.Fatalf("VetFlags = %.300q, want one short -names-file flag", args)
	}
	if again := VetFlags(n); !slices.Equal(again, args) {
		t.Errorf("the same names gave another flag: %q, then %q", args, again)
	}
	other := n
	other.LoginHandlers = []string{"signIn"}
	if o := VetFlags(other); slices.Equal(o, args) {
		t.Errorf("other names gave the same flag %q", o)
	}
	name, value, _ := strings.Cut(strings.TrimPrefix(args[0], "-"+Suite[0].Name+"."), "=")
	if err := Analyzers(Options{})[0].Flags.Set(name, value); err != nil {
		t.Fatal(err)
	}
	a := Analyzers(Options{})[0]
	if got := a.Flags.Lookup("login-handlers").Value.String(); got != "enterApp,/enter" {
		t.Errorf("login-handlers = %q after -names-file", got)
	}
	if got := a.Flags.Lookup("identity-keys").Value.String(); !strings.HasSuffix(got, ",projectSpecificIdentityKey7999") {
		t.Errorf("identity-keys = %.80q… after -names-file", got)
	}
	if len(VetFlags(catalog.Names{})) != 0 {
		t.Error("no names, yet flags")
	}
	// The flags set the names the rules consult, and setting one again
	// replaces the list.
	defer SetNames(catalog.Names{})
	for _, a := range Analyzers(Options{}) {
		if err := a.Flags.Set("identity-keys", "acct_ref,principal2"); err != nil {
			t.Fatal(err)
		}
	}
	if got := Analyzers(Options{})[0].Flags.Lookup("identity-keys").Value.String(); got != "acct_ref,principal2" {
		t.Errorf("identity-keys = %q", got)
	}
	// The suite's own analyzers stay without flags.
	for _, a := range Suite {
		if a.Flags.Lookup("identity-keys") != nil {
			t.Errorf("%s: suite analyzer was given the name flags", a.Name)
		}
	}
}
