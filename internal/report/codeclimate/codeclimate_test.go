package codeclimate

import (
	"bytes"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/msdklint/msdklint/internal/report"
	"github.com/msdklint/msdklint/internal/report/baseline"
	"github.com/msdklint/msdklint/internal/report/codeclimate/gitlabtest"
)

func TestWrite(t *testing.T) {
	dir := "/repo"
	f := func(file string, line int, check string, decl string) report.Finding {
		return report.Finding{
			Check: check, Message: "ret 4013 <is> \"odd\"", File: file,
			Start:     report.Pos{Filename: file, Line: line, Col: 2},
			End:       report.Pos{Filename: file, Line: line + 2, Col: 3},
			ModuleDir: dir, ModulePath: "example.com/m",
			Subject: report.Subject{Decl: decl, Code: "4013"},
		}
	}
	findings := []report.Finding{f("/repo/a.go", 3, "unknown-code", "F"), f("/repo/sub/b.go", 9, "magic-code", "G"), f("/elsewhere/c.go", 1, "magic-code", "H")}
	keys := baseline.Keys(findings, &report.Files{}, dir)
	var buf bytes.Buffer
	require.NoError(t, Write(&buf, findings[:2], []string{keys[0].Fingerprint(), keys[1].Fingerprint()}, dir, func(check string) string {
		if check == "magic-code" {
			return Minor
		}
		return ""
	}))
	issues := gitlabtest.Check(t, buf.Bytes())
	require.Len(t, issues, 2)
	assert.Equal(t, "ret 4013 <is> \"odd\"", issues[0]["description"])
	assert.Equal(t, "unknown-code", issues[0]["check_name"])
	assert.Equal(t, "major", issues[0]["severity"])
	assert.Equal(t, "minor", issues[1]["severity"])
	assert.Equal(t, keys[0].Fingerprint(), issues[0]["fingerprint"])
	assert.Equal(t, map[string]any{"path": "sub/b.go", "lines": map[string]any{"begin": 9.0, "end": 11.0}}, issues[1]["location"])

	// No findings: an empty array, which GitLab reads as a clean report.
	buf.Reset()
	require.NoError(t, Write(&buf, nil, nil, dir, nil))
	assert.Equal(t, "[]\n", buf.String())
}
