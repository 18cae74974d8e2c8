package main

import (
	"bytes"
	"os"
	"path/filepath"
	"runtime/debug"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/msdklint/msdklint/analyzer"
)

func TestVetProtocol(t *testing.T) {
	dir := t.TempDir()
	cfg := filepath.Join(dir, "vet.cfg")
	require.NoError(t, os.WriteFile(cfg, []byte(`{"ID": "p", "ImportPath": "example.com/p", "GoFiles": ["p.go"]}`), 0o644))
	// Issue 8: a package folder named x.cfg is a package pattern.
	folder := filepath.Join(dir, "x.cfg")
	require.NoError(t, os.Mkdir(folder, 0o755))
	notJSON := filepath.Join(dir, "notes.cfg")
	require.NoError(t, os.WriteFile(notJSON, []byte("[section]\nkey=value\n"), 0o644))
	for _, tc := range []struct {
		args []string
		want bool
	}{
		{[]string{"-V=full"}, true},
		{[]string{"-flags"}, true},
		{[]string{"--flags"}, true},
		{[]string{"-magic-code=false", cfg}, true},
		{[]string{"./x.cfg"}, false},
		{[]string{folder}, false},
		{[]string{notJSON}, false},
		{[]string{filepath.Join(dir, "missing.cfg")}, false},
		{[]string{"./..."}, false},
		{[]string{"-json", "./..."}, false},
		{[]string{"codes", "-73"}, false},
		{[]string{"flags"}, false},
		{nil, false},
	} {
		assert.Equal(t, tc.want, vetProtocol(tc.args), "%q", tc.args)
	}
}

func runCmd(args ...string) (code int, stdout, stderr string) {
	var out, errb bytes.Buffer
	code = run(args, &out, &errb)
	return code, out.String(), errb.String()
}

func TestHelp(t *testing.T) {
	code, out, _ := runCmd("help")
	assert.Equal(t, 0, code)
	for _, c := range analyzer.Checks() {
		assert.Contains(t, out, "  "+c.Name)
	}
	for _, want := range []string{"-format", "-baseline", "-write-baseline", "-fix", "-diff", "-magic-code-in-tests",
		"Exit codes", "  3  findings", "  2  usage error", "msdklint codes", "msdklint fields", "go vet -vettool",
		"//msdklint:platform", "//msdklint:codes", "//msdklint:reauth", "//msdklint:ignore", "msdklint -version"} {
		assert.Contains(t, out, want)
	}

	// -help of the driver prints the same help, on stderr.
	code, _, errOut := runCmd("-help")
	assert.Equal(t, 0, code)
	assert.Equal(t, out, errOut)

	for _, c := range analyzer.Checks() {
		code, out, _ := runCmd("help", c.Name)
		assert.Equal(t, 0, code)
		assert.True(t, strings.HasPrefix(out, c.Name+": "+c.Summary+"\n"), out)
		assert.Contains(t, out, "Bad:")
		assert.Contains(t, out, analyzer.URL+"#"+c.Name)
	}

	code, _, errOut = runCmd("help", "no-such-check")
	assert.Equal(t, 2, code)
	assert.Contains(t, errOut, `unknown check "no-such-check" (checks: unknown-code,`)
	code, _, _ = runCmd("help", "a", "b")
	assert.Equal(t, 2, code)
}

// The command's exit codes, through lint (the driver's are tested in
// internal/driver).
func TestRunExitCodes(t *testing.T) {
	root := repoRoot(t)
	for _, tc := range []struct {
		args []string
		code int
	}{
		{[]string{"./examples/gameserver/platform"}, 3},
		{[]string{"-bad-directive=false", "./examples/gameserver/platform"}, 0},
		{[]string{"./examples/nosuch"}, 1},
		{[]string{"-format", "xml", "./examples/..."}, 2},
		{[]string{"-lang", "fr", "./examples/..."}, 2},
		{nil, 2},
	} {
		var out, errb bytes.Buffer
		code := lint(tc.args, root, &out, &errb)
		assert.Equal(t, tc.code, code, "%q:\n%s%s", tc.args, out.String(), errb.String())
	}
}

func TestVersion(t *testing.T) {
	for _, tc := range []struct {
		name string
		bi   debug.BuildInfo
		want string
	}{
		{"module", debug.BuildInfo{Main: debug.Module{Version: "v1.2.3"}}, "v1.2.3"},
		{"work tree", debug.BuildInfo{Main: debug.Module{Version: "(devel)"}, Settings: []debug.BuildSetting{
			{Key: "vcs.revision", Value: "0123456789abcdef0123"}, {Key: "vcs.modified", Value: "false"},
		}}, "devel 0123456789ab"},
		{"dirty", debug.BuildInfo{Main: debug.Module{Version: "(devel)"}, Settings: []debug.BuildSetting{
			{Key: "vcs.revision", Value: "0123456789abcdef0123"}, {Key: "vcs.modified", Value: "true"},
		}}, "devel 0123456789ab+dirty"},
		{"nothing known", debug.BuildInfo{Main: debug.Module{Version: "(devel)"}}, "devel"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			assert.Equal(t, tc.want, versionOf(&tc.bi))
		})
	}

	code, out, _ := runCmd("-version")
	assert.Equal(t, 0, code)
	assert.Regexp(t, `^msdklint \S`, out)
	assert.NotContains(t, out, "comments-go-here")
	code, _, _ = runCmd("-version", "x")
	assert.Equal(t, 2, code)
}

// Issue 16: flag.PrintDefaults takes a flag's first backquoted word for
// its placeholder and prints the others as typed: no usage may hold more
// than one, or the help shows backquotes.
func TestHelpNoBackquotes(t *testing.T) {
	code, out, _ := runCmd("help")
	require.Equal(t, 0, code)
	assert.NotContains(t, out, "`")
	assert.Contains(t, out, "-bind KEY=NS[,NS...]\n")
}
