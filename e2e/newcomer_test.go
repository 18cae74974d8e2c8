package e2e

import (
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
)

// TestNewcomer runs the README's first-run block on a game server module
// (testdata/newcomer.txtar), with the checkout for /path/to/msdklint:
// install, lint, -fix, the go mod edit line, then go build and go vet,
// offline.
// The go mod edit line must be the one -fix prints.
func TestNewcomer(t *testing.T) {
	src, err := os.ReadFile(filepath.Join(root, "README.md"))
	if err != nil {
		t.Fatal(err)
	}
	const marker = "<!-- e2e: newcomer"
	_, after, ok := strings.Cut(string(src), marker)
	if !ok {
		t.Fatalf("README.md has no line %q", marker)
	}
	_, block, _ := strings.Cut(after, "```sh\n")
	block, _, ok = strings.Cut(block, "```\n")
	if !ok {
		t.Fatal("README.md: no sh block after the newcomer marker")
	}
	const placeholder = "/path/to/msdklint"
	if !strings.Contains(block, placeholder+"/catalog") {
		t.Fatalf("the newcomer block does not replace the catalog with %s/catalog:\n%s", placeholder, block)
	}
	block = strings.ReplaceAll(block, placeholder, root)
	edit := regexp.MustCompile(`(?m)^go mod edit .*$`).FindString(block)
	if edit == "" {
		t.Fatalf("the newcomer block has no go mod edit line:\n%s", block)
	}
	// The block installs msdklint from the checkout: into $WORK/gobin,
	// first in PATH.
	s := script(t, "GOFLAGS=-mod=mod", "GOPROXY=off", "GOSUMDB=off", "EDIT="+regexp.QuoteMeta(edit))
	gobin := filepath.Join(s.dir, "gobin")
	s.env = append(s.env, "GOBIN="+gobin, "PATH="+gobin+string(os.PathListSeparator)+s.getenv("PATH"))
	if err := os.WriteFile(filepath.Join(s.dir, "newcomer.sh"), []byte(block), 0o644); err != nil {
		t.Fatal(err)
	}
	s.runFile(filepath.Join("testdata", "newcomer.txtar"))
}
