package driver

import (
	"encoding/json"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// Issue 17, point 2: every position that leaves the process names the
// file read and its offsets, whatever a //line directive says: the text,
// the JSON and its fixes, SARIF and its fixes, the baseline and the diff.
func TestLineDirectiveNeverShown(t *testing.T) {
	for _, target := range []string{"q.go", "/dev/zero"} {
		t.Run(filepath.Base(target), func(t *testing.T) {
			p := "package m\n\nconst Answer = 42\n\n//line " + target + ":1\nfunc F(x int) bool { return x == 42 }\n"
			q := "package m\n\n// q.go is short.\n"
			dir := writeModule(t, map[string]string{"p.go": p, "q.go": q})
			at := strings.Index(p, "x == 42") + len("x == ")

			r := runDriver(t, dir, "./...")
			assert.Equal(t, ExitFindings, r.code, r.stderr)
			assert.Equal(t, "./p.go:6:34: magic 42 [answer]\n", r.stdout)

			r = runDriver(t, dir, "-json", "./...")
			assert.Equal(t, ExitFindings, r.code, r.stderr)
			var tree map[string]map[string][]jsonDiagnostic
			require.NoError(t, json.Unmarshal([]byte(r.stdout), &tree), r.stdout)
			list := tree["example.com/m"]["answer"]
			require.Len(t, list, 1, r.stdout)
			assert.Equal(t, filepath.Join(dir, "p.go")+":6:34", list[0].Posn)
			require.Len(t, list[0].SuggestedFixes, 1)
			edit := list[0].SuggestedFixes[0].Edits[0]
			assert.Equal(t, jsonTextEdit{filepath.Join(dir, "p.go"), at, at + 2, "Answer"}, edit)

			r = runDriver(t, dir, "-format", "sarif", "./...")
			assert.Equal(t, ExitFindings, r.code, r.stderr)
			assert.NotContains(t, r.stdout, `"uri": "q.go"`)
			assert.NotContains(t, r.stdout, "file:///dev/zero")
			assert.Equal(t, 2, strings.Count(r.stdout, `"uri": "p.go"`), "the result and its fix name p.go: %s", r.stdout)
			assert.Equal(t, 2, strings.Count(r.stdout, `"startLine": 6`), r.stdout)

			r = runDriver(t, dir, "-format", "codeclimate", "./...")
			assert.Equal(t, ExitFindings, r.code, r.stderr)
			assert.Contains(t, r.stdout, `"path": "p.go"`)
			assert.NotContains(t, r.stdout, `"path": "q.go"`)
			assert.NotContains(t, r.stdout, `"path": "/dev/zero"`)

			base := filepath.Join(t.TempDir(), "b.json")
			r = runDriver(t, dir, "-write-baseline", base, "./...")
			require.Equal(t, ExitClean, r.code, r.stderr)
			assert.Contains(t, readFile(t, base), `"file": "p.go"`)

			r = runDriver(t, dir, "-diff", "./...")
			assert.Equal(t, ExitFindings, r.code, r.stderr)
			assert.Contains(t, r.stdout, "--- a/p.go\n+++ b/p.go\n")
			assert.NotContains(t, r.stdout, "a/q.go")
		})
	}
}

// Issue 17, point 2: a fix whose real offsets are unknown (cgo's output)
// is dropped from the JSON and SARIF too, with one line on stderr each;
// the plain text, which shows no fix, says nothing.
func TestUnknowableFixDropped(t *testing.T) {
	src := "package m\n\n// int answer(void) { return 42; }\nimport \"C\"\n\nconst Answer = 42\n\nfunc F(x int) bool { return x == 42 && C.answer() == 1 }\n"
	dir := writeModule(t, map[string]string{"a.go": src})
	run := func(args ...string) result {
		var stdout, stderr strings.Builder
		code := Run(args, Config{Analyzer: answer(), Dir: dir, Env: append(testEnv, "CGO_ENABLED=1"), Stdout: &stdout, Stderr: &stderr})
		return result{code, stdout.String(), stderr.String()}
	}
	const dropped = `answer: ./a.go:8:34: fix "use Answer" dropped: cgo rewrote ./a.go and the fix's offsets are those of its output` + "\n"
	for _, format := range []string{"json", "sarif"} {
		r := run("-format", format, "./...")
		assert.Equal(t, ExitFindings, r.code, r.stderr)
		assert.Equal(t, dropped, r.stderr, format)
		assert.Contains(t, r.stdout, "magic 42", format)
		assert.NotContains(t, r.stdout, "Answer\"", format)
		assert.NotContains(t, r.stdout, "go-build", format)
	}
	r := run("./...")
	assert.Equal(t, "./a.go:8:34: magic 42 [answer]\n", r.stdout)
	assert.Empty(t, r.stderr)
}
