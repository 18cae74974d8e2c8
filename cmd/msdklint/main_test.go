package main

import (
	"bytes"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"

	"github.com/msdklint/msdklint/analyzer"
)

func TestVetProtocol(t *testing.T) {
	for _, tc := range []struct {
		args []string
		want bool
	}{
		{[]string{"-V=full"}, true},
		{[]string{"-flags"}, true},
		{[]string{"--flags"}, true},
		{[]string{"-magic-code=false", "/tmp/go-build/b001/vet.cfg"}, true},
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
		"Exit codes", "  3  findings", "  2  usage error", "msdklint codes", "go vet -vettool"} {
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
