package e2e

import (
	"errors"
	"path/filepath"
	"testing"
)

// TestCleanCorpora runs msdklint over code that has no platform codes,
// the Go standard library and golang.org/x/tools (at the version in
// go.mod): every finding there is a false positive. It takes about a
// minute on two cores, so it runs with MSDKLINT_E2E=1.
func TestCleanCorpora(t *testing.T) {
	gated(t)
	s := script(t, "XTOOLS=golang.org/x/tools@"+xtoolsVersion(t, filepath.Join(root, "go.mod")))
	s.cmds = map[string]func(*state, bool, []string) error{
		"modcopy": func(s *state, neg bool, args []string) error {
			if neg || len(args) != 2 {
				return errors.New("usage: modcopy MODULE@VERSION DIR")
			}
			return copyTree(goModDownload(t, args[0]).Dir, s.path(args[1]))
		},
	}
	s.runFile(filepath.Join("testdata", "clean-corpora.txtar"))
}
