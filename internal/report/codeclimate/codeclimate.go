// Package codeclimate writes findings as the code-quality report that
// GitLab reads from a job's artifacts:reports:codequality: a JSON array of
// Code Climate issues with the fields GitLab documents (description,
// check_name, fingerprint, severity, location.path, location.lines.begin).
//
// GitLab compares the fingerprints of a merge request's report with those
// of its target branch to tell new findings from old ones, so a
// fingerprint must not change when code moves or a message is reworded:
// it is the digest of the finding's baseline key.
package codeclimate

import (
	"encoding/json"
	"io"
	"path/filepath"

	"github.com/msdklint/msdklint/internal/report"
)

// The severities GitLab knows, from least to most severe.
const (
	Info     = "info"
	Minor    = "minor"
	Major    = "major"
	Critical = "critical"
	Blocker  = "blocker"
)

type issue struct {
	Type        string   `json:"type"` // "issue", which the Code Climate spec requires
	Description string   `json:"description"`
	CheckName   string   `json:"check_name"`
	Fingerprint string   `json:"fingerprint"`
	Severity    string   `json:"severity"`
	Categories  []string `json:"categories"` // required by the Code Climate spec; GitLab ignores them
	Location    location `json:"location"`
}

type location struct {
	Path  string `json:"path"`
	Lines lines  `json:"lines"`
}

type lines struct {
	Begin int `json:"begin"`
	End   int `json:"end,omitempty"`
}

// Write writes the findings as a GitLab code-quality report.
// fingerprints are the findings' (baseline.Entry.Fingerprint of their
// keys), in the same order; paths are relative to dir, the repository
// root GitLab resolves them against. severity gives a check's severity
// ("" for Major).
func Write(w io.Writer, findings []report.Finding, fingerprints []string, dir string, severity func(check string) string) error {
	issues := make([]issue, 0, len(findings))
	for i, f := range findings {
		path := report.RelPath(dir, f.Start.Filename)
		if path == "" {
			path = filepath.ToSlash(f.Start.Filename)
		}
		sev := ""
		if severity != nil {
			sev = severity(f.Check)
		}
		if sev == "" {
			sev = Major
		}
		is := issue{
			Type:        "issue",
			Description: f.Message,
			CheckName:   f.Check,
			Fingerprint: fingerprints[i],
			Severity:    sev,
			Categories:  []string{"Bug Risk"},
			Location:    location{Path: path, Lines: lines{Begin: max(f.Start.Line, 1)}},
		}
		if f.End.Line > f.Start.Line {
			is.Location.Lines.End = f.End.Line
		}
		issues = append(issues, is)
	}
	data, err := json.MarshalIndent(issues, "", "  ")
	if err != nil {
		return err
	}
	_, err = w.Write(append(data, '\n'))
	return err
}
