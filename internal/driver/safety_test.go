package driver

import (
	"go/parser"
	"go/token"
	"os"
	"path/filepath"
	"strings"
	"syscall"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// The tests of issue 8's defects: a fix, a baseline or an output must never
// lose or corrupt a user's file.

func readFile(t *testing.T, name string) string {
	t.Helper()
	data, err := os.ReadFile(name)
	require.NoError(t, err)
	return string(data)
}

// noTemps asserts that no temporary file of an atomic write is left in dir.
func noTemps(t *testing.T, dir string) {
	t.Helper()
	require.NoError(t, filepath.WalkDir(dir, func(path string, _ os.DirEntry, err error) error {
		assert.NotContains(t, filepath.Base(path), ".msdklint-", "left over: %s", path)
		return err
	}))
}

// Defect 1: a //line directive names another file; the edit belongs to
// the file the analysis read.
func TestFixLineDirective(t *testing.T) {
	other := filepath.Join(t.TempDir(), "other.go")
	otherText := strings.Repeat("// not a file of the module\n", 20)
	require.NoError(t, os.WriteFile(other, []byte(otherText), 0o644))
	src := "package m\n\nconst Answer = 42\n\n//line " + other + ":1\nfunc F(x int) bool { return x == 42 }\n"
	inModule := "package m\n\n//line b.go:1\nfunc G(x int) bool { return x == 42 }\n"
	dir := writeModule(t, map[string]string{"a.go": src, "c.go": inModule, "b.go": "package m\n"})

	r := runDriver(t, dir, "-fix", "./...")
	assert.Equal(t, ExitClean, r.code, r.stdout+r.stderr)
	assert.Equal(t, otherText, readFile(t, other), "the //line target outside the module was edited")
	assert.Equal(t, "package m\n", readFile(t, filepath.Join(dir, "b.go")), "the //line target in the module was edited")
	assert.Equal(t, strings.Replace(src, "x == 42", "x == Answer", 1), readFile(t, filepath.Join(dir, "a.go")))
	assert.Equal(t, strings.Replace(inModule, "x == 42", "x == Answer", 1), readFile(t, filepath.Join(dir, "c.go")))
	assert.Contains(t, r.stderr, "answer: fixed ./a.go (1 fix)\nanswer: fixed ./c.go (1 fix)\n")
}

// Defect 1, the module's bounds: a fix in a package outside the main
// module (a directory replace) is not applied, and said so.
func TestFixOutsideModule(t *testing.T) {
	lib := t.TempDir()
	libSrc := "package lib\n\nconst Answer = 42\n\nfunc F(x int) bool { return x == 42 }\n"
	require.NoError(t, os.WriteFile(filepath.Join(lib, "go.mod"), []byte("module example.com/lib\n\ngo 1.22\n"), 0o644))
	require.NoError(t, os.WriteFile(filepath.Join(lib, "lib.go"), []byte(libSrc), 0o644))
	dir := writeModule(t, map[string]string{"a.go": "package m\n\nimport _ \"example.com/lib\"\n"})
	gomod := filepath.Join(dir, "go.mod")
	require.NoError(t, os.WriteFile(gomod, []byte(readFile(t, gomod)+"\nrequire example.com/lib v0.0.0\n\nreplace example.com/lib => "+lib+"\n"), 0o644))

	r := runDriver(t, dir, "-fix", "example.com/lib")
	assert.Equal(t, ExitFindings, r.code, r.stdout+r.stderr)
	assert.Equal(t, libSrc, readFile(t, filepath.Join(lib, "lib.go")))
	assert.Contains(t, r.stderr, "is outside the main module")
}

// Defect 2: cgo rewrites a file; the fix's offsets are those of cgo's
// output, so the fix is dropped, and said so.
func TestFixCgo(t *testing.T) {
	src := "package m\n\n// int answer(void) { return 42; }\nimport \"C\"\n\nconst Answer = 42\n\nfunc F(x int) bool { return x == 42 && C.answer() == 1 }\n"
	dir := writeModule(t, map[string]string{"a.go": src})
	var stdout, stderr strings.Builder
	code := Run([]string{"-fix", "./..."}, Config{Analyzer: answer(), Dir: dir, Env: append(testEnv, "CGO_ENABLED=1"), Stdout: &stdout, Stderr: &stderr})
	assert.Equal(t, ExitFindings, code, stdout.String()+stderr.String())
	assert.Equal(t, src, readFile(t, filepath.Join(dir, "a.go")))
	assert.Contains(t, stderr.String(), `./a.go:8:34: fix "use Answer" not applied: cgo rewrote ./a.go`)
	assert.Equal(t, "./a.go:8:34: magic 42 [answer]\n", stdout.String())
}

// Defect 3: a fix whose result does not parse (an import added after
// `import ("fmt")` on one line) is not written; the run says so and fails.
func TestFixMustParse(t *testing.T) {
	src := "package m\n\nimport (\"fmt\")\n\nconst Answer = 42\n\nfunc F(x int) bool { fmt.Println(); return x == 42 }\n"
	fine := "package m\n\nimport (\n\t\"fmt\"\n)\n\nfunc G(x int) bool { fmt.Println(); return x == 42 }\n"
	dir := writeModule(t, map[string]string{"a.go": src, "b.go": fine, "answer/answer.go": "package answer\n"})

	r := runDriver(t, dir, "-import", "-fix", ".")
	assert.Equal(t, ExitError, r.code, r.stdout+r.stderr)
	assert.Equal(t, src, readFile(t, filepath.Join(dir, "a.go")))
	assert.Contains(t, r.stderr, "answer: ./a.go: the fixed file would not parse")
	assert.Equal(t, "./a.go:7:49: magic 42 [answer]\n", r.stdout, "the finding whose fix was not written stands")
	b := readFile(t, filepath.Join(dir, "b.go"))
	_, err := parser.ParseFile(token.NewFileSet(), "b.go", b, 0)
	assert.NoError(t, err)
	assert.Contains(t, b, "return x == Answer")

	r = runDriver(t, dir, "-import", "-diff", ".")
	assert.Equal(t, ExitError, r.code)
	assert.NotContains(t, r.stdout, "a.go")
}

// Defect 4: -write-baseline replaces the file atomically, and never when
// the run had errors or matched no packages.
func TestWriteBaselineSafe(t *testing.T) {
	dir := writeModule(t, map[string]string{"a.go": answerGo})
	base := filepath.Join(t.TempDir(), "baseline.json")
	r := runDriver(t, dir, "-write-baseline", base, "./...")
	require.Equal(t, ExitClean, r.code, r.stderr)
	recorded := readFile(t, base)
	require.Contains(t, recorded, `"decl": "F"`)

	for _, args := range [][]string{
		{"./nosuch/..."},      // matches no packages
		{"./nosuch"},          // a load error
		{"./...", "./nosuch"}, // a load error beside a good package
	} {
		r := runDriver(t, dir, append([]string{"-write-baseline", base}, args...)...)
		assert.Equal(t, ExitError, r.code, "%q: %s", args, r.stderr)
		assert.Equal(t, recorded, readFile(t, base), "%q overwrote the baseline", args)
	}
	noTemps(t, filepath.Dir(base))

	// A baseline that cannot be replaced keeps its content.
	require.NoError(t, os.Chmod(base, 0o444))
	r = runDriver(t, dir, "-write-baseline", base, "./...")
	assert.Equal(t, ExitError, r.code)
	assert.Contains(t, r.stderr, "read-only")
	assert.Equal(t, recorded, readFile(t, base))
	noTemps(t, filepath.Dir(base))
}

// Defect 5: a crash of the analyzer is an error of the run (1), never the
// exit code of usage errors.
func TestPanicIsNotUsage(t *testing.T) {
	dir := writeModule(t, map[string]string{"a.go": answerGo})
	r := runDriver(t, dir, "-panic", "./...")
	assert.Equal(t, ExitError, r.code)
	assert.Contains(t, r.stderr, "internal error: the analyzer has a bug")
}

// Defect 6: //line directives naming a device or a FIFO must not make the
// driver read them (SARIF columns, baseline lines), nor a baseline be one.
func TestNonRegularFiles(t *testing.T) {
	fifo := filepath.Join(t.TempDir(), "fifo")
	require.NoError(t, syscall.Mkfifo(fifo, 0o644))
	for _, target := range []string{"/dev/zero", fifo} {
		t.Run(filepath.Base(target), func(t *testing.T) {
			src := "package m\n\nconst Answer = 42\n\n//line " + target + ":1\nfunc F(x int) bool { return x == 42 }\n"
			dir := writeModule(t, map[string]string{"a.go": src})
			r := runDriver(t, dir, "-format", "sarif", "./...")
			assert.Equal(t, ExitFindings, r.code, r.stderr)
			assert.Contains(t, r.stdout, `"startColumn": 34`)
			base := filepath.Join(t.TempDir(), "b.json")
			r = runDriver(t, dir, "-write-baseline", base, "./...")
			assert.Equal(t, ExitClean, r.code, r.stderr)
			// The line of an old baseline's entry is read from a.go.
			r = runDriver(t, dir, "-baseline", legacyBaseline(t, target, "func F(x int) bool { return x == 42 }"), "./...")
			assert.Equal(t, ExitClean, r.code, r.stdout+r.stderr)
			r = runDriver(t, dir, "-fix", "./...")
			assert.Equal(t, ExitClean, r.code, r.stderr)
		})
	}
	dir := writeModule(t, map[string]string{"a.go": answerGo})
	for _, base := range []string{"/dev/zero", fifo} {
		r := runDriver(t, dir, "-baseline", base, "./...")
		assert.Equal(t, ExitError, r.code)
		assert.Contains(t, r.stderr, base+": not a regular file")
	}
}

// Defect 7: SARIF columns and baseline lines come from the flagged line
// of the file read, found from the offset, not by counting lines from the
// top of the file named by a //line directive (which is quadratic, and
// wrong there). BenchmarkSARIFLargeFile measures the cost.
func TestLinesFromOffsets(t *testing.T) {
	shown := filepath.Join(t.TempDir(), "shown.go")
	require.NoError(t, os.WriteFile(shown, []byte(strings.Repeat("// 登录 a long comment line\n", 10)), 0o644))
	src := "package m\n\nconst Answer = 42\n\n//line " + shown + ":3\nfunc F(x int) bool { return x == 42 }\n"
	dir := writeModule(t, map[string]string{"a.go": src})
	base := filepath.Join(t.TempDir(), "b.json")
	r := runDriver(t, dir, "-write-baseline", base, "./...")
	require.Equal(t, ExitClean, r.code, r.stderr)
	r = runDriver(t, dir, "-baseline", legacyBaseline(t, shown, "func F(x int) bool { return x == 42 }"), "./...")
	assert.Equal(t, ExitClean, r.code, "the line of an old baseline's entry is the one flagged, not the //line target's: %s", r.stdout+r.stderr)
	r = runDriver(t, dir, "-format", "sarif", "./...")
	assert.Contains(t, r.stdout, `"startColumn": 34`, "the column is counted in the line flagged, not the //line target's")
}

// Defect 11: with go.work, a finding in module m2 does not match the
// baseline entry of the same file and line in m1.
func TestBaselineModules(t *testing.T) {
	root := t.TempDir()
	for name, content := range map[string]string{
		"go.work":   "go 1.22\n\nuse (\n\t./m1\n\t./m2\n)\n",
		"m1/go.mod": "module example.com/m1\n\ngo 1.22\n",
		"m1/a.go":   answerGo,
		"m2/go.mod": "module example.com/m2\n\ngo 1.22\n",
		"m2/a.go":   strings.Replace(answerGo, "x == 42", "x == 1", 1),
	} {
		path := filepath.Join(root, name)
		require.NoError(t, os.MkdirAll(filepath.Dir(path), 0o755))
		require.NoError(t, os.WriteFile(path, []byte(content), 0o644))
	}
	run := func(args ...string) result {
		var stdout, stderr strings.Builder
		env := append(os.Environ(), "GOPROXY=off", "GOWORK="+filepath.Join(root, "go.work"))
		code := Run(args, Config{Analyzer: answer(), Dir: root, Env: env, Stdout: &stdout, Stderr: &stderr})
		return result{code, stdout.String(), stderr.String()}
	}
	base := filepath.Join(t.TempDir(), "b.json")
	r := run("-write-baseline", base, "./m1/...", "./m2/...")
	require.Equal(t, ExitClean, r.code, r.stderr)
	assert.Contains(t, readFile(t, base), `"module": "example.com/m1"`)

	require.NoError(t, os.WriteFile(filepath.Join(root, "m2", "a.go"), []byte(answerGo), 0o644))
	r = run("-baseline", base, "./m1/...", "./m2/...")
	assert.Equal(t, ExitFindings, r.code, r.stderr)
	assert.Equal(t, "./m2/a.go:8:14: magic 42 [answer]\n", r.stdout)

	// A version 1 baseline (no modules) is still read: its entries match
	// in any module.
	v1 := filepath.Join(t.TempDir(), "v1.json")
	require.NoError(t, os.WriteFile(v1, []byte(`{"version": 1, "entries": [{"file": "a.go", "check": "answer", "message": "magic 42", "line": "return x == 42"}]}`), 0o644))
	r = run("-baseline", v1, "./m1/...", "./m2/...")
	assert.Equal(t, ExitFindings, r.code, r.stderr)
	assert.Equal(t, "./m2/a.go:8:14: magic 42 [answer]\n", r.stdout, "one entry matches one finding")
}

// Defect 12: one file that cannot be written: no file is changed, and the
// run says why and fails.
func TestFixAllOrNothing(t *testing.T) {
	dir := writeModule(t, map[string]string{"a.go": answerGo, "b.go": "package m\n\nfunc H(x int) bool { return x == 42 }\n"})
	b := filepath.Join(dir, "b.go")
	require.NoError(t, os.Chmod(b, 0o444))
	r := runDriver(t, dir, "-fix", "./...")
	assert.Equal(t, ExitError, r.code, r.stdout+r.stderr)
	assert.Equal(t, answerGo, readFile(t, filepath.Join(dir, "a.go")))
	assert.Equal(t, "package m\n\nfunc H(x int) bool { return x == 42 }\n", readFile(t, b))
	assert.Contains(t, r.stderr, "b.go is read-only; no file changed")
	assert.NotContains(t, r.stderr, "fixed ")
	assert.Equal(t, "./a.go:8:14: magic 42 [answer]\n./b.go:3:34: magic 42 [answer]\n", r.stdout, "every finding stands")
	noTemps(t, dir)
}

// Issue 7: a fix that adds an import of a module the user's go.mod does
// not require says to go get it; once required, it does not.
func TestFixImportHint(t *testing.T) {
	src := "package m\n\nimport (\n\t\"fmt\"\n)\n\nconst Answer = 42\n\nfunc F(x int) bool { fmt.Println(); return x == 42 }\n"
	dir := writeModule(t, map[string]string{"a.go": src})
	run := func() result {
		var stdout, stderr strings.Builder
		code := Run([]string{"-import", "-fix", "./..."}, Config{
			Analyzer: answer(), Dir: dir, Env: testEnv, Stdout: &stdout, Stderr: &stderr,
			FixImports: map[string]string{"example.com/answer": "example.com/answer"},
		})
		return result{code, stdout.String(), stderr.String()}
	}
	r := run()
	assert.Equal(t, ExitClean, r.code, r.stderr)
	assert.Contains(t, readFile(t, filepath.Join(dir, "a.go")), "\"example.com/answer\"\n")
	assert.Contains(t, r.stderr, "answer: the fixes import packages of example.com/answer, which go.mod does not require: run go get example.com/answer\n")

	require.NoError(t, os.WriteFile(filepath.Join(dir, "a.go"), []byte(src), 0o644))
	gomod := filepath.Join(dir, "go.mod")
	lib := t.TempDir()
	require.NoError(t, os.WriteFile(filepath.Join(lib, "go.mod"), []byte("module example.com/answer\n\ngo 1.22\n"), 0o644))
	require.NoError(t, os.WriteFile(filepath.Join(lib, "answer.go"), []byte("package answer\n"), 0o644))
	require.NoError(t, os.WriteFile(gomod, []byte(readFile(t, gomod)+"\nrequire example.com/answer v1.0.0\n\nreplace example.com/answer => "+lib+"\n"), 0o644))
	r = run()
	assert.Equal(t, ExitClean, r.code, r.stderr)
	assert.Contains(t, r.stderr, "fixed ./a.go (1 fix)")
	assert.NotContains(t, r.stderr, "go get")
}
