// Package gitlabtest checks code-quality reports against the fields that
// GitLab documents, for tests.
package gitlabtest

import (
	"encoding/json"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// Check checks a report against the fields GitLab documents for the
// codequality artifact (docs.gitlab.com/ci/testing/code_quality, "Code
// Quality report format"): a JSON array of objects, each with a
// description, a check_name, a fingerprint unique in the report, a
// severity among info, minor, major, critical and blocker, location.path
// relative to the repository (no "./", not absolute) and
// location.lines.begin, a line number.
func Check(t *testing.T, data []byte) []map[string]any {
	t.Helper()
	var issues []map[string]any
	require.NoError(t, json.Unmarshal(data, &issues), "not a JSON array of objects: %s", data)
	seen := make(map[string]bool)
	for i, is := range issues {
		for _, key := range []string{"description", "check_name", "fingerprint", "severity"} {
			s, ok := is[key].(string)
			assert.True(t, ok && s != "", "issue %d: %s is not a non-empty string: %v", i, key, is[key])
		}
		fp, _ := is["fingerprint"].(string)
		assert.False(t, seen[fp], "issue %d: fingerprint %s repeats", i, fp)
		seen[fp] = true
		assert.Contains(t, []string{"info", "minor", "major", "critical", "blocker"}, is["severity"], "issue %d", i)
		loc, ok := is["location"].(map[string]any)
		require.True(t, ok, "issue %d: no location object", i)
		path, _ := loc["path"].(string)
		assert.NotEmpty(t, path, "issue %d", i)
		assert.NotRegexp(t, `^(\./|/)`, path, "issue %d: path not relative to the repository", i)
		lines, ok := loc["lines"].(map[string]any)
		require.True(t, ok, "issue %d: no location.lines object", i)
		begin, ok := lines["begin"].(float64)
		assert.True(t, ok && begin >= 1 && begin == float64(int(begin)), "issue %d: lines.begin %v", i, lines["begin"])
	}
	return issues
}
