package main

import (
	"bytes"
	"encoding/json"
	"regexp"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/msdklint/msdklint/analyzer"
	"github.com/msdklint/msdklint/internal/report/sarif/schematest"
)

// TestExample pins the findings of the bundled example, so that it shows
// every check and cannot rot silently.
func TestExample(t *testing.T) {
	root := repoRoot(t)
	var stdout, stderr bytes.Buffer
	code := lint([]string{"./examples/..."}, root, &stdout, &stderr)
	require.Equal(t, 3, code, "stdout:\n%s\nstderr:\n%s", stdout.String(), stderr.String())
	assert.Empty(t, stderr.String())

	line := regexp.MustCompile(`^\./(\S+):(\d+):\d+: .* \[([a-z-]+)\]$`)
	var got []string
	for _, l := range strings.Split(strings.TrimSpace(stdout.String()), "\n") {
		m := line.FindStringSubmatch(l)
		require.NotNil(t, m, "unexpected line %q", l)
		got = append(got, m[3]+" "+m[1]+":"+m[2])
	}
	assert.Equal(t, []string{
		"missing-reauth examples/gameserver/handlers.go:37",
		"unknown-code examples/gameserver/handlers.go:52",
		"wrong-platform examples/gameserver/handlers.go:87",
		"magic-code examples/gameserver/handlers.go:108",
		"dead-code-field examples/gameserver/handlers.go:141",
		"bad-directive examples/gameserver/platform/platform.go:54",
	}, got, stdout.String())

	// Every check is shown, and one finding is suppressed (line 90's -6).
	for _, c := range analyzer.Checks() {
		assert.Contains(t, stdout.String(), "["+c.Name+"]")
	}
	assert.NotContains(t, stdout.String(), "handlers.go:90:")

	// The fix of the magic code: the constant, and the import added.
	stdout.Reset()
	code = lint([]string{"-diff", "./examples/..."}, root, &stdout, &stderr)
	assert.Equal(t, 3, code)
	diff := stdout.String()
	assert.Contains(t, diff, "--- a/examples/gameserver/handlers.go\n+++ b/examples/gameserver/handlers.go\n")
	assert.Contains(t, diff, "\n-\tif user.ErrCode == 40001 {\n+\tif user.ErrCode == wechat.InvalidCredential {\n")
	assert.Contains(t, diff, "\n+\t\"github.com/msdklint/msdklint/catalog/wechat\"\n")
	// The fix of the misspelt key: the tag, not the field.
	assert.Contains(t, diff, "\n-\t\tErrorCode   int    `json:\"error_cdoe\"`\n+\t\tErrorCode   int    `json:\"error_code\"`\n")
}

// TestExampleSARIF checks the SARIF of the example as GitHub code scanning
// reads it: a rule per check with help, results on module-relative paths,
// and the magic-code fix; and validates it against the SARIF schema.
func TestExampleSARIF(t *testing.T) {
	root := repoRoot(t)
	var stdout, stderr bytes.Buffer
	code := lint([]string{"-format", "sarif", "./examples/..."}, root, &stdout, &stderr)
	require.Equal(t, 3, code, stderr.String())
	var log struct {
		Runs []struct {
			Tool struct {
				Driver struct {
					Name  string
					Rules []struct {
						ID      string
						HelpURI string
						Help    struct{ Text string }
					}
				}
			}
			Results []struct {
				RuleID    string
				Locations []struct {
					PhysicalLocation struct {
						ArtifactLocation struct{ URI, URIBaseID string } `json:"artifactLocation"`
					}
				}
				Fixes []json.RawMessage
			}
		}
	}
	require.NoError(t, json.Unmarshal(stdout.Bytes(), &log))
	out, err := schematest.Validate(t, stdout.Bytes())
	require.NoError(t, err, out)
	run := log.Runs[0]
	assert.Equal(t, "msdklint", run.Tool.Driver.Name)
	require.Len(t, run.Tool.Driver.Rules, len(analyzer.Checks()))
	for i, c := range analyzer.Checks() {
		r := run.Tool.Driver.Rules[i]
		assert.Equal(t, c.Name, r.ID)
		assert.Equal(t, analyzer.URL+"#"+c.Name, r.HelpURI)
		assert.Contains(t, r.Help.Text, "Bad:")
	}
	require.Len(t, run.Results, 6)
	fixes := 0
	for _, r := range run.Results {
		loc := r.Locations[0].PhysicalLocation.ArtifactLocation
		assert.True(t, strings.HasPrefix(loc.URI, "examples/gameserver/"), loc.URI)
		assert.Equal(t, "%SRCROOT%", loc.URIBaseID)
		fixes += len(r.Fixes)
	}
	assert.Equal(t, 2, fixes)
}
