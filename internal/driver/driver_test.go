package driver

import (
	"bytes"
	"encoding/json"
	"errors"
	"go/ast"
	"go/token"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/analysis/passes/inspect"
	"golang.org/x/tools/go/ast/inspector"
)

// answer is a small analyzer for the driver's tests: it flags the literal
// 42 in a comparison (category "answer", fix: the constant Answer), and,
// with -cmp, the whole comparison too (category "cmp", a fix that
// overlaps the first).
func answer() *analysis.Analyzer {
	a := &analysis.Analyzer{
		Name:     "answer",
		Doc:      "answer flags the literal 42 in comparisons",
		Requires: []*analysis.Analyzer{inspect.Analyzer},
		URL:      "https://example.com/answer",
	}
	cmp := a.Flags.Bool("cmp", false, "also flag the comparison")
	// -import adds an import to the fix as msdklint's magic-code fix did
	// before a closing parenthesis: wrong when it ends the spec's line.
	addImport := a.Flags.Bool("import", false, "also add an import in the fix")
	crash := a.Flags.Bool("panic", false, "panic")
	// -words words the message otherwise, as -lang or a new catalog do.
	words := a.Flags.Bool("words", false, "word the message otherwise")
	a.Run = func(pass *analysis.Pass) (any, error) {
		if pass.Pkg.Name() == "fail" {
			return nil, errors.New("the analyzer failed")
		}
		if *crash {
			panic("the analyzer has a bug")
		}
		in := pass.ResultOf[inspect.Analyzer].(*inspector.Inspector)
		in.Preorder([]ast.Node{(*ast.BinaryExpr)(nil)}, func(n ast.Node) {
			be := n.(*ast.BinaryExpr)
			lit, ok := be.Y.(*ast.BasicLit)
			if be.Op != token.EQL || !ok || lit.Value != "42" {
				return
			}
			edits := []analysis.TextEdit{{Pos: lit.Pos(), End: lit.End(), NewText: []byte("Answer")}}
			if *addImport {
				f := fileOf(pass, lit.Pos())
				for _, d := range f.Decls {
					if gd, ok := d.(*ast.GenDecl); ok && gd.Tok == token.IMPORT && gd.Rparen.IsValid() {
						edits = append(edits, analysis.TextEdit{Pos: gd.Rparen, End: gd.Rparen, NewText: []byte("\t\"example.com/answer\"\n")})
					}
				}
			}
			pass.Report(analysis.Diagnostic{
				Pos: lit.Pos(), End: lit.End(), Category: "answer",
				Message: map[bool]string{false: "magic 42", true: "魔数 42"}[*words],
				URL:     "https://example.com/answer#answer",
				SuggestedFixes: []analysis.SuggestedFix{{
					Message:   "use Answer",
					TextEdits: edits,
				}},
			})
			if *cmp {
				pass.Report(analysis.Diagnostic{
					Pos: be.Pos(), End: be.End(), Category: "cmp",
					Message: "comparison with 42",
					SuggestedFixes: []analysis.SuggestedFix{{
						Message:   "use isAnswer",
						TextEdits: []analysis.TextEdit{{Pos: be.Pos(), End: be.End(), NewText: []byte("isAnswer()")}},
					}},
				})
			}
		})
		return nil, nil
	}
	return a
}

func fileOf(pass *analysis.Pass, pos token.Pos) *ast.File {
	for _, f := range pass.Files {
		if f.FileStart <= pos && pos <= f.FileEnd {
			return f
		}
	}
	return nil
}

// writeModule writes a module example.com/m with the files into a
// temporary directory and returns it.
func writeModule(t *testing.T, files map[string]string) string {
	t.Helper()
	dir := t.TempDir()
	files["go.mod"] = "module example.com/m\n\ngo 1.22\n"
	for name, content := range files {
		path := filepath.Join(dir, name)
		require.NoError(t, os.MkdirAll(filepath.Dir(path), 0o755))
		require.NoError(t, os.WriteFile(path, []byte(content), 0o644))
	}
	return dir
}

// testEnv keeps the go command offline and out of any workspace.
var testEnv = append(os.Environ(), "GOFLAGS=-mod=mod", "GOPROXY=off", "GOWORK=off")

type result struct {
	code           int
	stdout, stderr string
}

func runDriver(t *testing.T, dir string, args ...string) result {
	t.Helper()
	var stdout, stderr bytes.Buffer
	code := Run(args, Config{Analyzer: answer(), Dir: dir, Env: testEnv, Stdout: &stdout, Stderr: &stderr})
	return result{code, stdout.String(), stderr.String()}
}

const answerGo = `package m

const Answer = 42

func isAnswer() bool { return false }

func F(x int) bool {
	return x == 42
}
`

func TestExitCodes(t *testing.T) {
	clean := writeModule(t, map[string]string{"a.go": "package m\n\nfunc F(x int) bool { return x == 1 }\n"})
	findings := writeModule(t, map[string]string{"a.go": answerGo})
	broken := writeModule(t, map[string]string{"a.go": "package m\n\nfunc F() int { return undefined }\n"})
	noGo := writeModule(t, map[string]string{"docs/README.md": "# docs\n"})
	for _, tc := range []struct {
		name   string
		dir    string
		args   []string
		code   int
		stderr string
	}{
		{"clean", clean, []string{"./..."}, ExitClean, ""},
		{"clean json", clean, []string{"-json", "./..."}, ExitClean, ""},
		{"clean sarif", clean, []string{"-format", "sarif", "./..."}, ExitClean, ""},
		{"findings", findings, []string{"./..."}, ExitFindings, ""},
		{"findings json", findings, []string{"-json", "./..."}, ExitFindings, ""},
		{"findings sarif", findings, []string{"-format=sarif", "./..."}, ExitFindings, ""},
		{"type error", broken, []string{"./..."}, ExitError, "undefined: undefined"},
		{"type error json", broken, []string{"-format", "json", "./..."}, ExitError, "undefined: undefined"},
		{"no such package", clean, []string{"./nope"}, ExitError, "nope"},
		// Issue 8: docs/cli.md said 2; matching nothing is a load result.
		{"matches nothing", noGo, []string{"./docs/..."}, ExitError, "./docs/... matched no packages"},
		{"fix and diff", findings, []string{"-fix", "-diff", "./..."}, ExitUsage, "give one of them"},
		{"analyzer panics", findings, []string{"-panic", "./..."}, ExitError, "internal error"},
		{"unknown flag", clean, []string{"-nope", "./..."}, ExitUsage, "flag provided but not defined: -nope"},
		{"no packages", clean, nil, ExitUsage, "no packages given"},
		{"bad format", clean, []string{"-format", "xml", "./..."}, ExitUsage, `-format "xml"`},
		{"json and sarif", clean, []string{"-json", "-format", "sarif", "./..."}, ExitUsage, "-json conflicts"},
		{"diff and json", clean, []string{"-diff", "-json", "./..."}, ExitUsage, "-diff prints a patch"},
		{"write-baseline and fix", clean, []string{"-write-baseline", "b.json", "-fix", "./..."}, ExitUsage, "cannot be combined"},
		{"help", clean, []string{"-help"}, ExitClean, "Usage: answer [flags] [packages]"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			r := runDriver(t, tc.dir, tc.args...)
			assert.Equal(t, tc.code, r.code, "stdout:\n%s\nstderr:\n%s", r.stdout, r.stderr)
			assert.Contains(t, r.stderr, tc.stderr)
		})
	}
}

// A run with errors exits 1 even when it has findings: it is incomplete.
// The findings of the packages that loaded are still printed.
func TestErrorsWinOverFindings(t *testing.T) {
	dir := writeModule(t, map[string]string{
		"a.go":        answerGo,
		"broken/b.go": "package broken\n\nvar _ int = \"x\"\n",
		"fail/f.go":   "package fail\n",
	})
	r := runDriver(t, dir, "./...")
	assert.Equal(t, ExitError, r.code)
	assert.Equal(t, "./a.go:8:14: magic 42 [answer]\n", r.stdout)
	assert.Contains(t, r.stderr, "./broken/b.go:3:13: cannot use")
	assert.Equal(t, 1, strings.Count(r.stderr, "cannot use"), "a type error is printed once")
	assert.Contains(t, r.stderr, "answer: example.com/m/fail: the analyzer failed")

	r = runDriver(t, dir, "-json", "./fail")
	assert.Equal(t, ExitError, r.code)
	var tree map[string]map[string]struct{ Error string }
	require.NoError(t, json.Unmarshal([]byte(r.stdout), &tree), r.stdout)
	assert.Equal(t, "the analyzer failed", tree["example.com/m/fail"]["answer"].Error)
}

func TestText(t *testing.T) {
	dir := writeModule(t, map[string]string{"a.go": answerGo, "a_test.go": "package m\n\nfunc g(x int) bool { return x == 42 }\n"})
	r := runDriver(t, dir, "-cmp", "./...")
	assert.Equal(t, ExitFindings, r.code, r.stderr)
	// a.go is in both m and m [m.test]: its findings are printed once.
	assert.Equal(t, `./a.go:8:9: comparison with 42 [cmp]
./a.go:8:14: magic 42 [answer]
./a_test.go:3:29: comparison with 42 [cmp]
./a_test.go:3:34: magic 42 [answer]
`, r.stdout)

	r = runDriver(t, dir, "-test=false", "./...")
	assert.Equal(t, "./a.go:8:14: magic 42 [answer]\n", r.stdout)
}

func TestJSONDedupe(t *testing.T) {
	dir := writeModule(t, map[string]string{"a.go": answerGo, "a_test.go": "package m\n\nfunc g(x int) bool { return x == 42 }\n"})
	r := runDriver(t, dir, "-json", "./...")
	require.Equal(t, ExitFindings, r.code, r.stderr)
	var tree map[string]map[string][]struct {
		Category, Posn, End, Message, URL string
		SuggestedFixes                    []struct {
			Message string
			Edits   []struct {
				Filename   string
				Start, End int
				New        string
			}
		} `json:"suggested_fixes"`
	}
	require.NoError(t, json.Unmarshal([]byte(r.stdout), &tree), r.stdout)
	// m has a.go's finding; m [m.test] has only a_test.go's, not a.go's again.
	require.Len(t, tree, 2, r.stdout)
	require.Len(t, tree["example.com/m"]["answer"], 1)
	got := tree["example.com/m"]["answer"][0]
	assert.Equal(t, "answer", got.Category)
	assert.Equal(t, filepath.Join(dir, "a.go")+":8:14", got.Posn)
	assert.Equal(t, filepath.Join(dir, "a.go")+":8:16", got.End)
	assert.Equal(t, "https://example.com/answer#answer", got.URL)
	require.Len(t, got.SuggestedFixes, 1)
	assert.Equal(t, "Answer", got.SuggestedFixes[0].Edits[0].New)
	test := tree["example.com/m [example.com/m.test]"]["answer"]
	require.Len(t, test, 1)
	assert.True(t, strings.HasSuffix(test[0].Posn, "a_test.go:3:34"), test[0].Posn)
}

func TestFix(t *testing.T) {
	dir := writeModule(t, map[string]string{"a.go": answerGo, "b.go": "package m\n\nfunc H(x int) bool { return x == 42 || x == 42 }\n"})
	r := runDriver(t, dir, "-fix", "./...")
	assert.Equal(t, ExitClean, r.code, r.stdout+r.stderr)
	assert.Empty(t, r.stdout)
	a, err := os.ReadFile(filepath.Join(dir, "a.go"))
	require.NoError(t, err)
	assert.Equal(t, strings.Replace(answerGo, "x == 42", "x == Answer", 1), string(a))
	b, err := os.ReadFile(filepath.Join(dir, "b.go"))
	require.NoError(t, err)
	assert.Equal(t, "package m\n\nfunc H(x int) bool { return x == Answer || x == Answer }\n", string(b))

	// Nothing left to fix.
	r = runDriver(t, dir, "./...")
	assert.Equal(t, ExitClean, r.code, r.stdout+r.stderr)
}

func TestFixConflict(t *testing.T) {
	dir := writeModule(t, map[string]string{"a.go": answerGo})
	// The cmp fix replaces the comparison, the answer fix the literal in
	// it: the first (by position: cmp) is applied, the other reported.
	r := runDriver(t, dir, "-cmp", "-fix", "./...")
	assert.Equal(t, ExitFindings, r.code, r.stdout+r.stderr)
	assert.Contains(t, r.stderr, `./a.go:8:14: fix "use Answer" conflicts with another fix; not applied`)
	assert.Equal(t, "./a.go:8:14: magic 42 [answer]\n", r.stdout)
	a, err := os.ReadFile(filepath.Join(dir, "a.go"))
	require.NoError(t, err)
	assert.Contains(t, string(a), "return isAnswer()\n")
}

func TestDiff(t *testing.T) {
	dir := writeModule(t, map[string]string{"a.go": answerGo})
	r := runDriver(t, dir, "-diff", "./...")
	assert.Equal(t, ExitFindings, r.code, r.stderr)
	assert.Equal(t, `--- a/a.go
+++ b/a.go
@@ -5,5 +5,5 @@
 func isAnswer() bool { return false }
 
 func F(x int) bool {
-	return x == 42
+	return x == Answer
 }
`, r.stdout)
	a, err := os.ReadFile(filepath.Join(dir, "a.go"))
	require.NoError(t, err)
	assert.Equal(t, answerGo, string(a), "-diff must not write")
}

func TestGeneratedNotFixed(t *testing.T) {
	gen := "// Code generated by hand. DO NOT EDIT.\n\n" + answerGo
	dir := writeModule(t, map[string]string{"a.go": gen})
	r := runDriver(t, dir, "-fix", "./...")
	assert.Equal(t, ExitFindings, r.code)
	a, err := os.ReadFile(filepath.Join(dir, "a.go"))
	require.NoError(t, err)
	assert.Equal(t, gen, string(a))
}

func TestTags(t *testing.T) {
	dir := writeModule(t, map[string]string{
		"a.go":       "package m\n",
		"special.go": "//go:build special\n\npackage m\n\nfunc F(x int) bool { return x == 42 }\n",
	})
	r := runDriver(t, dir, "./...")
	assert.Equal(t, ExitClean, r.code, r.stdout+r.stderr)
	r = runDriver(t, dir, "-tags", "special", "./...")
	assert.Equal(t, ExitFindings, r.code, r.stderr)
	assert.Equal(t, "./special.go:5:34: magic 42 [answer]\n", r.stdout)
}

// Issue 8: when cgo cannot run, the go command's reason is shown, not only
// the type checker's "could not import C".
func TestCgoCause(t *testing.T) {
	dir := writeModule(t, map[string]string{"a.go": "package m\n\n// int answer(void) { return 42; }\nimport \"C\"\n\nfunc F() int { return int(C.answer()) }\n"})
	var stdout, stderr bytes.Buffer
	code := Run([]string{"./..."}, Config{Analyzer: answer(), Dir: dir, Env: append(testEnv, "CGO_ENABLED=1", "CC=/nonexistent/cc"), Stdout: &stdout, Stderr: &stderr})
	assert.Equal(t, ExitError, code)
	assert.Contains(t, stderr.String(), `C compiler "/nonexistent/cc" not found`)
	assert.NotContains(t, stderr.String(), "-: #")
}
