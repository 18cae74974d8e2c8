package main

import (
	"go/parser"
	"go/token"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// Issue 8, defect 3: msdklint -fix adds the catalog import to a one-line
// parenthesized import block. Whatever the fix, the file written parses;
// a fix that would not is left out and said so. Issue 7: the user is told
// to go get the catalog module.
func TestFixOneLineImport(t *testing.T) {
	if testing.Short() {
		t.Skip("builds the command")
	}
	bin := binary(t)
	src := `package login

import ("fmt")

// Reply is a WeChat reply.
//
//msdklint:platform wechat.platform
type Reply struct {
	ErrCode int    ` + "`json:\"errcode\"`" + `
	ErrMsg  string ` + "`json:\"errmsg\"`" + `
}

// Check prints expired credentials.
func Check(r Reply) {
	if r.ErrCode == 40001 {
		fmt.Println("expired")
	}
}
`
	dir, env := userModule(t, map[string]string{"login/login.go": src})
	cmd := exec.Command(bin, "-fix", "./...")
	cmd.Dir, cmd.Env = dir, env
	out, _ := cmd.CombinedOutput()
	got, err := os.ReadFile(filepath.Join(dir, "login", "login.go"))
	require.NoError(t, err)
	_, err = parser.ParseFile(token.NewFileSet(), "login.go", got, 0)
	assert.NoError(t, err, "msdklint -fix wrote a file that does not parse:\n%s\n%s", got, out)
	assert.Contains(t, string(got), "if r.ErrCode == wechat.InvalidCredential {")
	// The file was not gofmt'ed: the import goes on a line of its own
	// and the rest stays as the user wrote it.
	assert.Contains(t, string(got), "import (\"fmt\"\n\t\"github.com/msdklint/msdklint/catalog/wechat\"\n)")
	assert.Contains(t, string(out), "msdklint: fixed ./login/login.go (1 fix)")

	// Issue 16: no release can be fetched; the hint names the catalog/
	// folder of the checkout the binary was built from, and the command
	// it prints makes the fixed module build offline.
	hint := regexp.MustCompile(`does not require: run (go mod edit -require=\S+@v0\.0\.0 -replace=\S+)\n`).FindStringSubmatch(string(out))
	require.NotNil(t, hint, "%s", out)
	assert.Equal(t, "go mod edit -require=github.com/msdklint/msdklint/catalog@v0.0.0 -replace=github.com/msdklint/msdklint/catalog="+filepath.Join(repoRoot(t), "catalog"), hint[1])
	for _, args := range [][]string{strings.Fields(hint[1]), {"go", "build", "./..."}, {"go", "vet", "./..."}} {
		cmd := exec.Command(args[0], args[1:]...)
		cmd.Dir, cmd.Env = dir, env
		out, err := cmd.CombinedOutput()
		require.NoError(t, err, "%s: %s", strings.Join(args, " "), out)
	}
}
