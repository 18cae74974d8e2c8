package sarif

import (
	"bytes"
	"encoding/json"
	"os"
	"path/filepath"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/msdklint/msdklint/internal/report"
	"github.com/msdklint/msdklint/internal/report/sarif/schematest"
)

// sample writes a module with a non-ASCII line and returns findings in it.
func sample(t *testing.T) (dir string, findings []report.Finding) {
	dir = t.TempDir()
	src := "package m\n\nvar s = \"登录😀\"; var ok = ret == 4013\n"
	name := filepath.Join(dir, "pkg", "a.go")
	require.NoError(t, os.MkdirAll(filepath.Dir(name), 0o755))
	require.NoError(t, os.WriteFile(name, []byte(src), 0o644))
	// "var s = \"登录😀\"; var ok = ret == " is 8+1+6+4+1+2+... bytes;
	// find the literal by byte offset instead of counting by hand.
	off := bytes.Index([]byte(src), []byte("4013"))
	lineStart := bytes.LastIndexByte([]byte(src[:off]), '\n') + 1
	start := report.Pos{Filename: name, Offset: off, Line: 3, Col: off - lineStart + 1}
	end := report.Pos{Filename: name, Offset: off + 4, Line: 3, Col: off - lineStart + 5}
	imp := bytes.Index([]byte(src), []byte("\n\nvar")) + 1
	impPos := report.Pos{Filename: name, Offset: imp, Line: 2, Col: 1}
	findings = []report.Finding{{
		Check:     "unknown-code",
		Message:   "4013 is not a code of qq.platform; did you mean -4013?",
		File:      name,
		Start:     start,
		End:       end,
		ModuleDir: dir,
		Fixes: []report.Fix{{
			Message: "use qq.X",
			Edits: []report.Edit{
				{File: name, Start: start, End: end, New: "qq.X"},
				{File: name, Start: impPos, End: impPos, New: "import \"example.com/qq\"\n"},
			},
		}},
	}, {
		Check:   "bad-directive",
		Message: "outside any module",
		File:    name,
		Start:   report.Pos{Filename: filepath.Join(dir, "pkg", "a.go"), Line: 1, Col: 1},
	}}
	return dir, findings
}

var rules = []Rule{
	{ID: "unknown-code", Short: "codes no namespace defines", Full: "Long text.", HelpURI: "https://example.com/checks.md#unknown-code"},
	{ID: "magic-code", Short: "literal codes", HelpURI: "https://example.com/checks.md#magic-code"},
}

func TestWrite(t *testing.T) {
	dir, findings := sample(t)
	var buf bytes.Buffer
	require.NoError(t, Write(&buf, Tool{Name: "msdklint", InformationURI: "https://example.com"}, rules, findings, &report.Files{}))

	var log struct {
		Version string
		Runs    []struct {
			Tool struct {
				Driver struct {
					Name  string
					Rules []struct {
						ID                                string
						ShortDescription, FullDescription struct{ Text string }
						HelpURI                           string
					}
				}
			}
			ColumnKind         string
			OriginalURIBaseIDs map[string]struct{ URI string } `json:"originalUriBaseIds"`
			Results            []struct {
				RuleID    string
				RuleIndex int
				Level     string
				Message   struct{ Text string }
				Locations []struct {
					PhysicalLocation struct {
						ArtifactLocation struct {
							URI       string
							URIBaseID string `json:"uriBaseId"`
						}
						Region struct{ StartLine, StartColumn, EndLine, EndColumn int }
					}
				}
				Fixes []struct {
					ArtifactChanges []struct {
						Replacements []struct {
							DeletedRegion   struct{ StartLine, StartColumn, EndLine, EndColumn int }
							InsertedContent struct{ Text string }
						}
					}
				}
			}
		}
	}
	require.NoError(t, json.Unmarshal(buf.Bytes(), &log), buf.String())
	assert.Equal(t, "2.1.0", log.Version)
	run := log.Runs[0]
	assert.Equal(t, "utf16CodeUnits", run.ColumnKind)
	assert.Equal(t, "file://"+filepath.ToSlash(dir)+"/", run.OriginalURIBaseIDs["%SRCROOT%"].URI)

	// Both given rules, plus one for the check without a rule.
	var ids []string
	for _, r := range run.Tool.Driver.Rules {
		ids = append(ids, r.ID)
	}
	assert.Equal(t, []string{"unknown-code", "magic-code", "bad-directive"}, ids)
	assert.Equal(t, "Long text.", run.Tool.Driver.Rules[0].FullDescription.Text)
	assert.Equal(t, "literal codes", run.Tool.Driver.Rules[1].FullDescription.Text)

	require.Len(t, run.Results, 2)
	res := run.Results[0]
	assert.Equal(t, "unknown-code", res.RuleID)
	assert.Equal(t, 0, res.RuleIndex)
	assert.Equal(t, "warning", res.Level)
	loc := res.Locations[0].PhysicalLocation
	assert.Equal(t, "pkg/a.go", loc.ArtifactLocation.URI)
	assert.Equal(t, "%SRCROOT%", loc.ArtifactLocation.URIBaseID)
	// `var s = "登录😀"; var ok = ret == `: 登 and 录 are one UTF-16 unit
	// each (3 bytes in UTF-8), 😀 is two (4 bytes).
	col := len(`var s = "`) + 2 + 2 + len(`"; var ok = ret == `) + 1
	assert.Equal(t, struct{ StartLine, StartColumn, EndLine, EndColumn int }{3, col, 3, col + 4}, loc.Region)
	repl := res.Fixes[0].ArtifactChanges[0].Replacements
	require.Len(t, repl, 2)
	assert.Equal(t, "qq.X", repl[0].InsertedContent.Text)
	assert.Equal(t, 2, repl[1].DeletedRegion.StartLine)
	assert.Equal(t, repl[1].DeletedRegion.StartColumn, repl[1].DeletedRegion.EndColumn, "an insertion deletes nothing")

	other := run.Results[1]
	assert.Equal(t, 2, other.RuleIndex)
	assert.Equal(t, "file://"+filepath.ToSlash(filepath.Join(dir, "pkg", "a.go")), other.Locations[0].PhysicalLocation.ArtifactLocation.URI, "no module: absolute URI")
}

func TestWriteEmpty(t *testing.T) {
	var buf bytes.Buffer
	require.NoError(t, Write(&buf, Tool{Name: "msdklint"}, nil, nil, &report.Files{}))
	assert.Contains(t, buf.String(), `"results": []`)
	assert.Contains(t, buf.String(), `"rules": []`)
}

// TestSchema validates the output against the SARIF 2.1.0 JSON schema
// (see package schematest).
func TestSchema(t *testing.T) {
	_, findings := sample(t)
	var buf bytes.Buffer
	require.NoError(t, Write(&buf, Tool{Name: "msdklint", Version: "devel", InformationURI: "https://example.com"}, rules, findings, &report.Files{}))
	out, err := schematest.Validate(t, buf.Bytes())
	require.NoError(t, err, "%s\n%s", out, buf.String())
	assert.Contains(t, out, "valid against Static Analysis Results Format (SARIF) Version 2.1.0")

	// The validator can fail: a region with column 0 is invalid.
	invalid := bytes.Replace(buf.Bytes(), []byte(`"startColumn": 1`), []byte(`"startColumn": 0`), 1)
	out, err = schematest.Validate(t, invalid)
	assert.Error(t, err)
	assert.Contains(t, out, "startColumn")
}
