package driver

import (
	"path/filepath"
	"testing"

	"github.com/stretchr/testify/assert"
)

// Issue 17, point 4: a pattern that matches nothing is an error whatever
// else matches, and -write-baseline then writes nothing. The go command
// only warns about a wildcard that matches nothing ("extra/...", an empty
// directory's "./empty/..."), and gives a package with an error for the
// other patterns.
func TestPatternMatchesNothing(t *testing.T) {
	dir := writeModule(t, map[string]string{"a.go": answerGo, "sub/b.go": "package sub\n", "empty/sub/README": "no Go here\n"})
	for _, tc := range []struct {
		pattern, says string
	}{
		{"extra/...", `pattern extra/... matched no packages`},
		{"example.com/m/nosuch/...", `pattern example.com/m/nosuch/... matched no packages`},
		{"./empty/...", `pattern ./empty/... matched no packages`},
		{dir + "/empty/...", `matched no packages`},
		{"./extra/...", "extra"},
		{"./extra", "extra"},
		{"example.com/m/nosuch", "example.com/m/nosuch"},
	} {
		t.Run(tc.pattern, func(t *testing.T) {
			r := runDriver(t, dir, "./...", tc.pattern)
			assert.Equal(t, ExitError, r.code, r.stdout+r.stderr)
			assert.Contains(t, r.stderr, tc.says)
			assert.Contains(t, r.stdout, "magic 42", "the findings of the other patterns are reported")

			base := filepath.Join(t.TempDir(), "b.json")
			r = runDriver(t, dir, "-write-baseline", base, "./...", tc.pattern)
			assert.Equal(t, ExitError, r.code, r.stderr)
			assert.NoFileExists(t, base)
		})
	}
	// Wildcards that match something, also only through a package's
	// test variant or from a subdirectory.
	for _, patterns := range [][]string{
		{"./...", "./sub/..."},
		{"example.com/m/..."},
		{"example.com/m/sub/..."},
		{"./sub/...", dir + "/..."},
	} {
		r := runDriver(t, dir, patterns...)
		assert.NotContains(t, r.stderr, "matched no packages", "%q", patterns)
		assert.NotEqual(t, ExitError, r.code, "%q: %s", patterns, r.stderr)
	}
}
