package e2e

import (
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
)

// root is the checkout under test; bin holds the msdklint built from it.
var root, bin string

func TestMain(m *testing.M) {
	os.Exit(testMain(m))
}

func testMain(m *testing.M) int {
	var err error
	if root, err = filepath.Abs(".."); err != nil {
		fmt.Fprintln(os.Stderr, err)
		return 1
	}
	if bin, err = os.MkdirTemp("", "msdklint-e2e-bin"); err != nil {
		fmt.Fprintln(os.Stderr, err)
		return 1
	}
	defer os.RemoveAll(bin)
	cmd := exec.Command("go", "build", "-o", bin, "./cmd/msdklint")
	cmd.Dir = root
	cmd.Env = append(os.Environ(), "GOWORK=off")
	if out, err := cmd.CombinedOutput(); err != nil {
		fmt.Fprintf(os.Stderr, "go build ./cmd/msdklint: %v\n%s", err, out)
		return 1
	}
	// The tests run msdklint and go as child processes, whose reads go
	// test's result cache does not see: reading every file of the checkout
	// here makes an edit anywhere in it invalidate a cached pass.
	if err := copyTree(root, ""); err != nil {
		fmt.Fprintln(os.Stderr, err)
		return 1
	}
	return m.Run()
}

// gated skips t unless MSDKLINT_E2E=1: the test needs minutes, or the
// module proxy when the module cache is cold.
func gated(t *testing.T) {
	t.Helper()
	if os.Getenv("MSDKLINT_E2E") != "1" {
		t.Skip("set MSDKLINT_E2E=1 to run (.ci/run does)")
	}
}

// script returns a state whose PATH starts with the msdklint built
// from the checkout, and with $ROOT the checkout.
func script(t *testing.T, vars ...string) *state {
	t.Helper()
	goroot, err := exec.Command("go", "env", "GOROOT").Output()
	if err != nil {
		t.Fatal(err)
	}
	vars = append([]string{
		"ROOT=" + root,
		"GOROOT=" + strings.TrimSpace(string(goroot)),
		"PATH=" + bin + string(os.PathListSeparator) + os.Getenv("PATH"),
	}, vars...)
	return newState(t, vars...)
}

// goOut runs go with args in dir and returns its trimmed stdout.
func goOut(t *testing.T, dir string, args ...string) string {
	t.Helper()
	cmd := exec.Command("go", args...)
	cmd.Dir = dir
	cmd.Env = append(os.Environ(), "GOWORK=off", "GOFLAGS=-mod=mod")
	out, err := cmd.Output()
	if err != nil {
		if ee, ok := err.(*exec.ExitError); ok {
			t.Fatalf("go %s: %v\n%s", strings.Join(args, " "), err, ee.Stderr)
		}
		t.Fatalf("go %s: %v", strings.Join(args, " "), err)
	}
	return strings.TrimSpace(string(out))
}
