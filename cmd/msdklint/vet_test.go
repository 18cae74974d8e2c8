package main

import (
	"bytes"
	"encoding/json"
	"errors"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"sort"
	"strings"
	"sync"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

var (
	buildOnce sync.Once
	binPath   string
	buildErr  error
)

// binary builds msdklint once per test binary, for the tests that run it
// as go vet's tool.
func binary(t *testing.T) string {
	t.Helper()
	buildOnce.Do(func() {
		dir, err := os.MkdirTemp("", "msdklint-bin-")
		if err != nil {
			buildErr = err
			return
		}
		binPath = filepath.Join(dir, "msdklint")
		out, err := exec.Command("go", "build", "-o", binPath, ".").CombinedOutput()
		if err != nil {
			buildErr = errors.New(string(out))
		}
	})
	require.NoError(t, buildErr)
	return binPath
}

func TestMain(m *testing.M) {
	code := m.Run()
	if binPath != "" {
		os.RemoveAll(filepath.Dir(binPath))
	}
	os.Exit(code)
}

// repoRoot is the root of the msdklint module.
func repoRoot(t *testing.T) string {
	t.Helper()
	root, err := filepath.Abs(filepath.Join("..", ".."))
	require.NoError(t, err)
	require.FileExists(t, filepath.Join(root, "go.mod"))
	return root
}

// userModule writes a module that uses msdklint's catalog through a
// replace directive to this work tree, so no network is needed.
func userModule(t *testing.T, files map[string]string) (dir string, env []string) {
	t.Helper()
	root := repoRoot(t)
	dir = t.TempDir()
	files["go.mod"] = "module example.com/game\n\ngo 1.24\n\nrequire github.com/msdklint/msdklint v0.0.0\n\nreplace github.com/msdklint/msdklint => " + root + "\n"
	sum, err := os.ReadFile(filepath.Join(root, "go.sum"))
	require.NoError(t, err)
	files["go.sum"] = string(sum)
	for name, content := range files {
		path := filepath.Join(dir, name)
		require.NoError(t, os.MkdirAll(filepath.Dir(path), 0o755))
		require.NoError(t, os.WriteFile(path, []byte(content), 0o644))
	}
	env = append(os.Environ(), "GOFLAGS=-mod=mod", "GOPROXY=off", "GOSUMDB=off", "GOWORK=off")
	return dir, env
}

// The reply type is declared in one package and compared in another, the
// usual layout: go vet carries the directive as a fact, the standalone
// driver reads the declaring file.
var vetModule = map[string]string{
	"replies/replies.go": `// Package replies declares the platforms' replies.
package replies

// QQReply is a QQ platform reply.
//
//msdklint:platform qq.platform
type QQReply struct {
	Ret int    ` + "`json:\"ret\"`" + `
	Msg string ` + "`json:\"msg\"`" + `
}
`,
	"login/login.go": `// Package login handles logins.
package login

import "example.com/game/replies"

// Expired tells whether the token of r expired.
func Expired(r *replies.QQReply) bool {
	return r.Ret == -73 || r.Ret == 42001
}
`,
}

var diagLine = regexp.MustCompile(`^(?:\./)?(\S+\.go:\d+:\d+): (?:([a-z-]+): )?(.*?)(?: \[([a-z-]+)\])?$`)

// findings returns the sorted "file:line:col: check: message" lines of
// output: go vet's lines (the message starts with the check) and the
// driver's (the check ends the line) alike.
func findings(output string) []string {
	var out []string
	for _, line := range strings.Split(output, "\n") {
		if m := diagLine.FindStringSubmatch(line); m != nil {
			check := m[2] + m[4]
			out = append(out, m[1]+": "+check+": "+m[3])
		}
	}
	sort.Strings(out)
	return out
}

func TestVetTool(t *testing.T) {
	if testing.Short() {
		t.Skip("builds the command and runs go vet")
	}
	bin := binary(t)
	dir, env := userModule(t, vetModule)

	// The protocol's questions: the flags (unprefixed) and the version.
	out, err := exec.Command(bin, "-flags").Output()
	require.NoError(t, err)
	var flags []struct{ Name string }
	require.NoError(t, json.Unmarshal(out, &flags), string(out))
	var names []string
	for _, f := range flags {
		names = append(names, f.Name)
	}
	assert.Subset(t, names, []string{"unknown-code", "wrong-platform", "magic-code", "missing-reauth", "bad-directive", "lang", "bind"})
	out, err = exec.Command(bin, "-V=full").Output()
	require.NoError(t, err)
	assert.Contains(t, string(out), " version ")

	vet := func(args ...string) (string, error) {
		cmd := exec.Command("go", append([]string{"vet", "-vettool=" + bin}, args...)...)
		cmd.Dir, cmd.Env = dir, env
		out, err := cmd.CombinedOutput()
		return string(out), err
	}

	vout, err := vet("./...")
	require.Error(t, err, "go vet must fail on findings:\n%s", vout)
	got := findings(vout)
	require.NotEmpty(t, got, vout)

	var stdout, stderr bytes.Buffer
	cmd := exec.Command(bin, "./...")
	cmd.Dir, cmd.Env, cmd.Stdout, cmd.Stderr = dir, env, &stdout, &stderr
	err = cmd.Run()
	var exit *exec.ExitError
	require.ErrorAs(t, err, &exit, stderr.String())
	assert.Equal(t, 3, exit.ExitCode(), stderr.String())
	assert.Equal(t, findings(stdout.String()), got, "go vet and the standalone driver disagree")

	var checks []string
	for _, line := range strings.Split(stdout.String(), "\n") {
		if i := strings.LastIndex(line, " ["); i >= 0 {
			checks = append(checks, line[i:])
		}
	}
	assert.ElementsMatch(t, []string{" [magic-code]", " [wrong-platform]"}, checks, stdout.String())

	// The analyzer's flags are unprefixed under go vet too.
	vout, err = vet("-magic-code=false", "./...")
	require.Error(t, err, vout)
	assert.Len(t, findings(vout), len(got)-1, vout)
	assert.NotContains(t, vout, "-73")
}

// Issue 8: under go vet, a package's findings come in the same order on
// every run. The order of the bad-directive findings of testdata/vetorder
// changed between runs in about one run of four, so the test runs go vet
// eight times, each with a fresh build cache (go vet replays cached
// output).
func TestVetDeterministic(t *testing.T) {
	if testing.Short() {
		t.Skip("builds the command and runs go vet")
	}
	bin := binary(t)
	dir, err := filepath.Abs(filepath.Join("testdata", "vetorder"))
	require.NoError(t, err)
	vet := func() string {
		cmd := exec.Command("go", "vet", "-vettool="+bin, "./...")
		cmd.Dir = dir
		cmd.Env = append(os.Environ(), "GOCACHE="+t.TempDir(), "GOFLAGS=", "GOWORK=off", "GOPROXY=off")
		out, err := cmd.CombinedOutput()
		require.Error(t, err, "go vet must fail on findings:\n%s", out)
		return string(out)
	}
	first := vet()
	require.Len(t, findings(first), 13, first)
	for range 7 {
		require.Equal(t, first, vet(), "go vet reported the findings in another order")
	}
}

// Issue 16: a helper bound through its call sites kept its findings in
// the standalone run and lost them under go vet, which checks the test
// variant only, because a test called it with a literal and a plain int.
var hostsModule = map[string]string{
	"login/login.go": `// Package login handles logins.
package login

// QQReply is a QQ platform reply.
//
//msdklint:platform qq.platform
type QQReply struct {
	Ret int    ` + "`json:\"ret\"`" + `
	Msg string ` + "`json:\"msg\"`" + `
}

func tokenGone(ret int) bool {
	return ret == -73 || ret == 100014 || ret == 42001
}

// Expired tells whether the token of r expired.
func Expired(r *QQReply) bool {
	return tokenGone(r.Ret)
}
`,
	"login/login_test.go": `package login

import "testing"

func TestTokenGone(t *testing.T) {
	n := 1
	if !tokenGone(-73) || tokenGone(n) {
		t.Fatal("tokenGone")
	}
}
`,
}

func TestVetHostsAgree(t *testing.T) {
	if testing.Short() {
		t.Skip("builds the command and runs go vet")
	}
	bin := binary(t)
	dir, env := userModule(t, hostsModule)
	cmd := exec.Command("go", "vet", "-vettool="+bin, "./...")
	cmd.Dir, cmd.Env = dir, env
	vout, err := cmd.CombinedOutput()
	require.Error(t, err, "go vet must fail on findings:\n%s", vout)

	cmd = exec.Command(bin, "./...")
	var stdout bytes.Buffer
	cmd.Dir, cmd.Env, cmd.Stdout = dir, env, &stdout
	require.Error(t, cmd.Run())
	got := findings(stdout.String())
	assert.Len(t, got, 3, stdout.String())
	assert.Equal(t, got, findings(string(vout)), "go vet and the standalone driver disagree")
}
