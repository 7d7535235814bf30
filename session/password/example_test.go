package password_test

import (
	"fmt"

	"github.com/sessionlint/sessionlint/session/password"
)

func Example() {
	// At sign-up or password change: store the PHC string, not the password.
	stored, err := password.Hash("correct horse battery staple")
	if err != nil {
		panic(err)
	}
	fmt.Println(stored[:31])

	// At login.
	ok, err := password.Verify("correct horse battery staple", stored)
	fmt.Println(ok, err)
	ok, _ = password.Verify("Tr0ub4dor&3", stored)
	fmt.Println(ok)

	// After a successful login, upgrade hashes made with older parameters.
	fmt.Println(password.NeedsRehash(stored))
	// Output:
	// $argon2id$v=19$m=65536,t=3,p=4$
	// true <nil>
	// false
	// false
}
