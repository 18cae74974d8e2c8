package driver

import (
	"bytes"
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// Issue 17, point 6: an interrupt during -fix leaves every file as before
// or every file as after, never a mix, and the run exits 1. The tests
// interrupt at each step of the writing through a hook, not by timing.

const fixB = "package m\n\nfunc H(x int) bool { return x == 42 }\n"

func interruptedFix(t *testing.T, dir string, at func(name string, renaming bool) bool) result {
	t.Helper()
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	var stdout, stderr bytes.Buffer
	cfg := Config{Analyzer: answer(), Context: ctx, Dir: dir, Env: testEnv, Stdout: &stdout, Stderr: &stderr}
	var critical int
	inside := false
	cfg.Critical = func(f func()) {
		critical++
		inside = true
		defer func() { inside = false }()
		f()
	}
	cfg.writing = func(name string, renaming bool) {
		assert.True(t, inside, "%s is written outside Critical, where a second interrupt would end the process", name)
		if at(name, renaming) {
			cancel()
		}
	}
	code := Run([]string{"-fix", "./..."}, cfg)
	assert.Equal(t, 1, critical, "the files are written inside one Critical call")
	return result{code, stdout.String(), stderr.String()}
}

func TestFixInterruptedBeforeRenames(t *testing.T) {
	for _, at := range []string{"a.go", "b.go"} {
		t.Run(at, func(t *testing.T) {
			dir := writeModule(t, map[string]string{"a.go": answerGo, "b.go": fixB})
			r := interruptedFix(t, dir, func(name string, renaming bool) bool {
				return !renaming && filepath.Base(name) == at
			})
			assert.Equal(t, ExitError, r.code, r.stderr)
			assert.Equal(t, answerGo, readFile(t, filepath.Join(dir, "a.go")))
			assert.Equal(t, fixB, readFile(t, filepath.Join(dir, "b.go")))
			assert.Contains(t, r.stderr, "answer: interrupted; no file changed\n")
			assert.NotContains(t, r.stderr, "fixed ")
			noTemps(t, dir)
		})
	}
}

func TestFixInterruptedDuringRenames(t *testing.T) {
	for _, at := range []string{"a.go", "b.go"} {
		t.Run(at, func(t *testing.T) {
			dir := writeModule(t, map[string]string{"a.go": answerGo, "b.go": fixB})
			r := interruptedFix(t, dir, func(name string, renaming bool) bool {
				return renaming && filepath.Base(name) == at
			})
			assert.Equal(t, ExitError, r.code, r.stderr)
			assert.Equal(t, strings.Replace(answerGo, "x == 42", "x == Answer", 1), readFile(t, filepath.Join(dir, "a.go")))
			assert.Equal(t, strings.Replace(fixB, "x == 42", "x == Answer", 1), readFile(t, filepath.Join(dir, "b.go")))
			assert.Contains(t, r.stderr, "every fix was written")
			noTemps(t, dir)
		})
	}
}

// A rename that fails after another succeeded: the file already replaced
// gets its old content back.
func TestFixRenameFailsRestores(t *testing.T) {
	dir := writeModule(t, map[string]string{"a.go": answerGo, "b.go": fixB})
	var stdout, stderr bytes.Buffer
	cfg := Config{Analyzer: answer(), Dir: dir, Env: testEnv, Stdout: &stdout, Stderr: &stderr}
	cfg.writing = func(name string, renaming bool) {
		if renaming && filepath.Base(name) == "b.go" {
			temps, _ := filepath.Glob(filepath.Join(dir, ".b.go.msdklint-*"))
			require.Len(t, temps, 1)
			require.NoError(t, os.Remove(temps[0]))
		}
	}
	code := Run([]string{"-fix", "./..."}, cfg)
	assert.Equal(t, ExitError, code, stderr.String())
	assert.Equal(t, answerGo, readFile(t, filepath.Join(dir, "a.go")), "a.go was put back")
	assert.Equal(t, fixB, readFile(t, filepath.Join(dir, "b.go")))
	assert.Contains(t, stderr.String(), "no file changed")
	noTemps(t, dir)
}
