package e2e

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestREADME runs the README's opening command and checks that the
// README's example output is msdklint's, line for line, and shows every
// check (testdata/readme.txtar).
func TestREADME(t *testing.T) {
	src, err := os.ReadFile(filepath.Join(root, "README.md"))
	if err != nil {
		t.Fatal(err)
	}
	const marker = "<!-- e2e: msdklint ./examples/..."
	_, after, ok := strings.Cut(string(src), marker)
	if !ok {
		t.Fatalf("README.md has no line %q", marker)
	}
	// The fenced block after the marker.
	_, block, _ := strings.Cut(after, "```\n")
	block, _, ok = strings.Cut(block, "```\n")
	if !ok {
		t.Fatal("README.md: no fenced block after the example marker")
	}
	s := script(t)
	if err := os.WriteFile(filepath.Join(s.dir, "readme-example"), []byte(block), 0o644); err != nil {
		t.Fatal(err)
	}
	s.runFile(filepath.Join("testdata", "readme.txtar"))
}
