package driver

import (
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestBaseline(t *testing.T) {
	const b = `package m

func G(y int) bool {
	return y == 42
}
`
	dir := writeModule(t, map[string]string{"a.go": answerGo, "sub/b.go": strings.Replace(b, "package m", "package sub", 1)})
	base := filepath.Join(t.TempDir(), "baseline.json")
	edit := func(name, old, new string) {
		t.Helper()
		path := filepath.Join(dir, name)
		data, err := os.ReadFile(path)
		require.NoError(t, err)
		require.Contains(t, string(data), old)
		require.NoError(t, os.WriteFile(path, []byte(strings.Replace(string(data), old, new, 1)), 0o644))
	}

	r := runDriver(t, dir, "-write-baseline", base, "./...")
	require.Equal(t, ExitClean, r.code, r.stderr)
	assert.Contains(t, r.stderr, "recorded 2 findings")
	data, err := os.ReadFile(base)
	require.NoError(t, err)
	assert.Equal(t, `{
  "version": 3,
  "entries": [
    {
      "module": "example.com/m",
      "file": "a.go",
      "check": "answer",
      "code": "42",
      "decl": "F",
      "field": "x"
    },
    {
      "module": "example.com/m",
      "file": "sub/b.go",
      "check": "answer",
      "code": "42",
      "decl": "G",
      "field": "y"
    }
  ]
}
`, string(data))

	r = runDriver(t, dir, "-baseline", base, "./...")
	assert.Equal(t, ExitClean, r.code, r.stdout+r.stderr)
	assert.Empty(t, r.stdout)

	// Unrelated edits shift the lines: the entries still match.
	edit("a.go", "package m\n", "package m\n\n// Doc.\n\nvar _ = 1\n")
	edit("sub/b.go", "func G", "func unrelated() {}\n\nfunc G")
	r = runDriver(t, dir, "-baseline", base, "./...")
	assert.Equal(t, ExitClean, r.code, r.stdout+r.stderr)
	assert.Empty(t, r.stdout)
	assert.Empty(t, r.stderr)

	// A new finding fails, even one whose line repeats a recorded one
	// (it is in another function).
	edit("sub/b.go", "return y == 42\n}\n", "return y == 42\n}\n\nfunc G2(y int) bool {\n\treturn y == 42\n}\n")
	r = runDriver(t, dir, "-baseline", base, "./...")
	assert.Equal(t, ExitFindings, r.code, r.stderr)
	assert.Equal(t, "./sub/b.go:10:14: magic 42 [answer]\n", r.stdout)

	// A fixed finding is reported as stale, and does not fail the run.
	edit("a.go", "return x == 42", "return x == Answer")
	edit("sub/b.go", "\nfunc G2(y int) bool {\n\treturn y == 42\n}\n", "")
	r = runDriver(t, dir, "-baseline", base, "./...")
	assert.Equal(t, ExitClean, r.code, r.stdout+r.stderr)
	assert.Empty(t, r.stdout)
	assert.Equal(t, "answer: stale baseline entry (remove it from "+base+"): example.com/m/a.go: answer 42 on x in F\n", r.stderr)
}

func TestBaselineErrors(t *testing.T) {
	dir := writeModule(t, map[string]string{"a.go": answerGo})
	bad := filepath.Join(t.TempDir(), "bad.json")
	require.NoError(t, os.WriteFile(bad, []byte(`{"version": 1, "entries": [{"file": 3}]}`), 0o644))
	old := filepath.Join(t.TempDir(), "old.json")
	require.NoError(t, os.WriteFile(old, []byte(`{"version": 0, "entries": []}`), 0o644))
	for _, tc := range []struct{ file, want string }{
		{filepath.Join(dir, "missing.json"), "no such file"},
		{bad, "not a baseline file"},
		{old, "baseline version 0, want 3 (or 1, 2)"},
	} {
		r := runDriver(t, dir, "-baseline", tc.file, "./...")
		assert.Equal(t, ExitError, r.code)
		assert.Contains(t, r.stderr, tc.want)
	}
}

// legacyBaseline writes a version 2 baseline of one finding of the answer
// analyzer in file (absolute: outside the module), flagged on line.
func legacyBaseline(t *testing.T, file, line string) string {
	t.Helper()
	data, err := json.Marshal(map[string]any{"version": 2, "entries": []map[string]string{
		{"file": file, "check": "answer", "message": "magic 42", "line": line},
	}})
	require.NoError(t, err)
	path := filepath.Join(t.TempDir(), "v2.json")
	require.NoError(t, os.WriteFile(path, data, 0o644))
	return path
}

// Issue 16: a baseline key holds no message. Another wording of the
// messages (another -lang, a reworded catalog) keeps every entry; a
// version 2 file, keyed by message and line, still matches whatever the
// wording, by its line, and the run says to rewrite it.
func TestBaselineWording(t *testing.T) {
	dir := writeModule(t, map[string]string{"a.go": answerGo})
	base := filepath.Join(t.TempDir(), "baseline.json")
	r := runDriver(t, dir, "-write-baseline", base, "./...")
	require.Equal(t, ExitClean, r.code, r.stderr)
	r = runDriver(t, dir, "-words", "-baseline", base, "./...")
	assert.Equal(t, ExitClean, r.code, r.stdout+r.stderr)
	assert.Empty(t, r.stdout+r.stderr)

	v2 := filepath.Join(t.TempDir(), "v2.json")
	require.NoError(t, os.WriteFile(v2, []byte(`{"version": 2, "entries": [{"module": "example.com/m", "file": "a.go", "check": "answer", "message": "magic 42", "line": "return x == 42"}]}`), 0o644))
	for _, args := range [][]string{{"-baseline", v2, "./..."}, {"-words", "-baseline", v2, "./..."}} {
		r = runDriver(t, dir, args...)
		assert.Equal(t, ExitClean, r.code, r.stdout+r.stderr)
		assert.Empty(t, r.stdout)
		assert.Equal(t, "answer: "+v2+" is a version 2 baseline, keyed by message and line; its entries are matched by file, check and line until you rewrite it with -write-baseline "+v2+"\n", r.stderr)
	}
	// Its entry matches one finding: a second one on a line alike is new.
	edit := filepath.Join(dir, "b.go")
	require.NoError(t, os.WriteFile(edit, []byte("package m\n\nfunc H(x int) bool {\n\treturn x == 42\n}\n"), 0o644))
	r = runDriver(t, dir, "-baseline", v2, "./...")
	assert.Equal(t, ExitFindings, r.code, r.stderr)
	assert.Equal(t, "./b.go:4:14: magic 42 [answer]\n", r.stdout)
}
