package testgen

import (
	"os/exec"
	"testing"
)

func TestModuleBuilds(t *testing.T) {
	dir := t.TempDir()
	if err := Module(dir, 3); err != nil {
		t.Fatal(err)
	}
	cmd := exec.Command("go", "vet", "./...")
	cmd.Dir = dir
	if out, err := cmd.CombinedOutput(); err != nil {
		t.Fatalf("generated module does not vet cleanly: %v\n%s", err, out)
	}
}
