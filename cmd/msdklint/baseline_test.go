package main

import (
	"bytes"
	"encoding/json"
	"os"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// Issue 16, point 6: the baseline is keyed by what a finding is about,
// not by its message: an English baseline keeps every entry under -lang
// zh. A version 2 baseline (message and line) still matches under -lang
// zh, and the run says to rewrite it.
func TestBaselineLang(t *testing.T) {
	root := repoRoot(t)
	base := filepath.Join(t.TempDir(), "baseline.json")
	var stdout, stderr bytes.Buffer
	require.Equal(t, 0, lint([]string{"-write-baseline", base, "./examples/..."}, root, &stdout, &stderr), stderr.String())
	data, err := os.ReadFile(base)
	require.NoError(t, err)
	var file struct {
		Version int
		Entries []map[string]any
	}
	require.NoError(t, json.Unmarshal(data, &file))
	assert.Equal(t, 3, file.Version)
	assert.Len(t, file.Entries, 6)
	// The subjects, not the words: the declaration, field and code.
	assert.Contains(t, string(data), `"check": "magic-code",
      "namespace": "wechat.platform",
      "code": "40001",
      "decl": "handleWeChatProfile",
      "field": "WeChatUser.ErrCode"`)

	for _, lang := range []string{"en", "zh"} {
		stdout.Reset()
		stderr.Reset()
		code := lint([]string{"-lang", lang, "-baseline", base, "./examples/..."}, root, &stdout, &stderr)
		assert.Equal(t, 0, code, "-lang %s: %s%s", lang, stdout.String(), stderr.String())
		assert.Empty(t, stdout.String()+stderr.String(), "-lang %s", lang)
	}

	// The version 2 file msdklint wrote before: message and line.
	stdout.Reset()
	require.Equal(t, 3, lint([]string{"./examples/..."}, root, &stdout, &stderr))
	finding := regexp.MustCompile(`^\./(\S+):(\d+):\d+: (.*) \[([a-z-]+)\]$`)
	var entries []map[string]any
	for _, l := range strings.Split(strings.TrimSpace(stdout.String()), "\n") {
		m := finding.FindStringSubmatch(l)
		require.NotNil(t, m, l)
		src, err := os.ReadFile(filepath.Join(root, m[1]))
		require.NoError(t, err)
		n, err := strconv.Atoi(m[2])
		require.NoError(t, err)
		line := strings.TrimSpace(strings.Split(string(src), "\n")[n-1])
		entries = append(entries, map[string]any{"module": "github.com/msdklint/msdklint", "file": m[1], "check": m[4], "message": m[3], "line": line})
	}
	v2, err := json.Marshal(map[string]any{"version": 2, "entries": entries})
	require.NoError(t, err)
	old := filepath.Join(t.TempDir(), "v2.json")
	require.NoError(t, os.WriteFile(old, v2, 0o644))
	stdout.Reset()
	stderr.Reset()
	code := lint([]string{"-lang", "zh", "-baseline", old, "./examples/..."}, root, &stdout, &stderr)
	assert.Equal(t, 0, code, stdout.String()+stderr.String())
	assert.Empty(t, stdout.String())
	assert.Equal(t, "msdklint: "+old+" is a version 2 baseline, keyed by message and line; its entries are matched by file, check and line until you rewrite it with -write-baseline "+old+"\n", stderr.String())
}
