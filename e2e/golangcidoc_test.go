package e2e

import (
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
)

// Issue 16: docs/golangci.md gives first the route that needs only Go and
// the module proxy; golangci-lint custom, which needs a golangci-lint
// installed and git-clones it from GitHub, comes second and says so.
func TestGolangciDocsOrder(t *testing.T) {
	src, err := os.ReadFile(filepath.Join(root, "docs", "golangci.md"))
	if err != nil {
		t.Fatal(err)
	}
	routes := regexp.MustCompile(`(?m)^## Route \d: (.*)$`).FindAllStringSubmatchIndex(string(src), -1)
	if len(routes) != 2 {
		t.Fatalf("docs/golangci.md has %d routes, want 2", len(routes))
	}
	first := string(src[routes[0][2]:routes[0][3]])
	second := string(src[routes[1][0]:])
	if !strings.Contains(first, "module proxy") {
		t.Errorf("route 1 is %q, want the module proxy route", first)
	}
	if !strings.HasPrefix(second, "## Route 2: `golangci-lint custom`") || !strings.Contains(second[:400], "clone") {
		t.Errorf("route 2 is not golangci-lint custom saying it clones:\n%s", second[:min(400, len(second))])
	}
}
