package main

import (
	"bytes"
	"regexp"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// Issue 16: "msdklint codes 4001" proposes what the linter proposes for
// a 4001 on a field of the namespaces given: the same codes.
func TestCodesDidYouMean(t *testing.T) {
	guessed := regexp.MustCompile(`(-?\d+) \(`)
	codesOf := func(s string) []string {
		t.Helper()
		m := regexp.MustCompile(`did you mean (.*)\?`).FindStringSubmatch(s)
		require.NotNil(t, m, s)
		var out []string
		for _, g := range guessed.FindAllStringSubmatch(m[1], -1) {
			out = append(out, g[1])
		}
		return out
	}

	code, _, stderr := runCmd("codes", "-ns", "wechat.platform", "4001")
	assert.Equal(t, 1, code)
	assert.Regexp(t, `^msdklint codes: no namespace of wechat.platform defines 4001; did you mean 40001 \(\S+\), 40011 \(\S+\) or 44001 \(\S+\)\?\n$`, stderr)
	fromCodes := codesOf(stderr)

	// The sign dropped is a guess too, from any namespace.
	_, _, stderr = runCmd("codes", "4001")
	assert.Contains(t, codesOf(stderr), "-4001")

	// A value another namespace defines is named, not guessed at.
	_, _, stderr = runCmd("codes", "-ns", "qq.platform", "40001")
	assert.Equal(t, "msdklint codes: no namespace of qq.platform defines 40001 (wechat.platform does)\n", stderr)

	dir, _ := userModule(t, map[string]string{"wx/wx.go": `package wx

// Reply is a WeChat reply.
//
//msdklint:platform wechat.platform
type Reply struct {
	ErrCode int    ` + "`json:\"errcode\"`" + `
	ErrMsg  string ` + "`json:\"errmsg\"`" + `
}

// Expired has a typo.
func Expired(r Reply) bool { return r.ErrCode == 4001 }
`})
	// In process: the go command gets the environment userModule gives
	// its children.
	for k, v := range map[string]string{"GOFLAGS": "-mod=mod", "GOPROXY": "off", "GOSUMDB": "off", "GOWORK": "off"} {
		t.Setenv(k, v)
	}
	var out, errb bytes.Buffer
	require.Equal(t, 3, lint([]string{"./..."}, dir, &out, &errb), errb.String())
	assert.Equal(t, fromCodes, codesOf(out.String()), "the linter proposes other codes:\n%s", out.String())
}
