package driver

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/msdklint/msdklint/internal/report/codeclimate/gitlabtest"
)

// Issue 16: -format codeclimate is GitLab's code-quality report, and a
// finding keeps its fingerprint when code moves above it or its message
// is worded otherwise; one in another function gets its own.
func TestCodeClimate(t *testing.T) {
	dir := writeModule(t, map[string]string{"a.go": answerGo})
	fingerprints := func(args ...string) map[string]string {
		t.Helper()
		r := runDriver(t, dir, append(append([]string{"-format", "codeclimate"}, args...), "./...")...)
		require.Equal(t, ExitFindings, r.code, r.stderr)
		out := make(map[string]string)
		for _, is := range gitlabtest.Check(t, []byte(r.stdout)) {
			loc := is["location"].(map[string]any)
			out[fmt.Sprintf("%s:%v", loc["path"], loc["lines"].(map[string]any)["begin"])] = is["fingerprint"].(string)
		}
		return out
	}
	before := fingerprints()
	require.Len(t, before, 1)
	assert.Contains(t, before, "a.go:8")

	path := filepath.Join(dir, "a.go")
	require.NoError(t, os.WriteFile(path, []byte(strings.Replace(answerGo, "package m\n", "package m\n\n// Moved.\n\nvar _ = 1\n", 1)), 0o644))
	moved := fingerprints("-words")
	assert.Equal(t, before["a.go:8"], moved["a.go:12"], "%v %v", before, moved)

	require.NoError(t, os.WriteFile(filepath.Join(dir, "b.go"), []byte("package m\n\nfunc H(x int) bool {\n\treturn x == 42\n}\n"), 0o644))
	both := fingerprints()
	require.Len(t, both, 2)
	assert.NotEqual(t, both["a.go:12"], both["b.go:4"])
	assert.Equal(t, before["a.go:8"], both["a.go:12"])
}

// With -baseline, the findings left keep the fingerprints they have in the
// full report: their occurrence indices count among all the findings.
func TestCodeClimateBaseline(t *testing.T) {
	dir := writeModule(t, map[string]string{"a.go": "package m\n\nfunc F(x int) bool {\n\treturn x == 42\n}\n"})
	base := filepath.Join(t.TempDir(), "baseline.json")
	r := runDriver(t, dir, "-write-baseline", base, "./...")
	require.Equal(t, ExitClean, r.code, r.stderr)
	require.NoError(t, os.WriteFile(filepath.Join(dir, "a.go"), []byte("package m\n\nfunc F(x int) bool {\n\treturn x == 42 ||\n\t\tx == 42 ||\n\t\tx == 42\n}\n"), 0o644))

	report := func(args ...string) map[string]string {
		t.Helper()
		r := runDriver(t, dir, append(append([]string{"-format", "codeclimate"}, args...), "./...")...)
		require.Equal(t, ExitFindings, r.code, r.stderr)
		out := make(map[string]string)
		for _, is := range gitlabtest.Check(t, []byte(r.stdout)) {
			out[fmt.Sprint(is["location"].(map[string]any)["lines"].(map[string]any)["begin"])] = is["fingerprint"].(string)
		}
		return out
	}
	all := report()
	require.Len(t, all, 3)
	left := report("-baseline", base)
	assert.Equal(t, map[string]string{"5": all["5"], "6": all["6"]}, left)
}
