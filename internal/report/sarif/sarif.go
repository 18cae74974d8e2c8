// Package sarif writes findings as a SARIF 2.1.0 log, the format GitHub
// code scanning and other CI dashboards ingest.
//
// Paths are relative to the module root of each file, named by a uriBaseId
// (%SRCROOT% for the first module), as GitHub code scanning wants. Columns
// count UTF-16 code units, SARIF's default columnKind, which the log also
// declares: go/token counts bytes, so lines with non-ASCII text are
// converted.
package sarif

import (
	"encoding/json"
	"fmt"
	"io"
	"net/url"
	"path/filepath"
	"unicode/utf16"
	"unicode/utf8"

	"github.com/msdklint/msdklint/internal/report"
)

// Schema is the JSON schema the log names (SARIF 2.1.0, as published by
// SchemaStore, which GitHub's documentation refers to).
const Schema = "https://json.schemastore.org/sarif-2.1.0.json"

// A Tool describes the program that produced the log.
type Tool struct {
	Name           string
	Version        string // optional
	InformationURI string // optional
}

// A Rule describes one check.
type Rule struct {
	ID      string // the check name, the findings' Check
	Short   string // one sentence
	Full    string // the check's documentation, plain text
	HelpURI string // optional
}

// Write writes the findings as a SARIF log with one run. Findings whose
// check has no rule get a rule with the check name as its description.
// files supplies the text of flagged lines for UTF-16 columns.
func Write(w io.Writer, tool Tool, rules []Rule, findings []report.Finding, files *report.Files) error {
	b := builder{files: files, bases: make(map[string]string)}
	drv := &driver{
		Name:           tool.Name,
		Version:        tool.Version,
		InformationURI: tool.InformationURI,
		Rules:          []*rule{},
	}
	index := make(map[string]int)
	addRule := func(r Rule) {
		if _, ok := index[r.ID]; ok {
			return
		}
		index[r.ID] = len(drv.Rules)
		full := r.Full
		if full == "" {
			full = r.Short
		}
		drv.Rules = append(drv.Rules, &rule{
			ID:                   r.ID,
			Name:                 r.ID,
			ShortDescription:     &message{Text: r.Short},
			FullDescription:      &message{Text: full},
			Help:                 &message{Text: full},
			HelpURI:              r.HelpURI,
			DefaultConfiguration: &configuration{Level: "warning"},
		})
	}
	for _, r := range rules {
		addRule(r)
	}

	results := []*result{}
	for _, f := range findings {
		addRule(Rule{ID: f.Check, Short: f.Check})
		res := &result{
			RuleID:    f.Check,
			RuleIndex: index[f.Check],
			Level:     "warning",
			Message:   message{Text: f.Message},
			Locations: []*location{{PhysicalLocation: physicalLocation{
				ArtifactLocation: b.artifact(f.ModuleDir, f.Start.Filename),
				Region:           b.region(f.File, f.Start, f.End),
			}}},
		}
		for _, fix := range f.Fixes {
			res.Fixes = append(res.Fixes, b.fix(f.ModuleDir, fix))
		}
		results = append(results, res)
	}

	log := sarifLog{
		Schema:  Schema,
		Version: "2.1.0",
		Runs: []*run{{
			Tool:       toolObject{Driver: drv},
			ColumnKind: "utf16CodeUnits",
			Results:    results,
		}},
	}
	if len(b.bases) > 0 {
		log.Runs[0].OriginalURIBaseIDs = make(map[string]artifactLocation)
		for dir, id := range b.bases {
			log.Runs[0].OriginalURIBaseIDs[id] = artifactLocation{URI: fileURI(dir) + "/"}
		}
	}
	data, err := json.MarshalIndent(log, "", "  ")
	if err != nil {
		return err
	}
	_, err = w.Write(append(data, '\n'))
	return err
}

type builder struct {
	files *report.Files
	bases map[string]string // module dir -> uriBaseId
}

func (b *builder) artifact(moduleDir, filename string) artifactLocation {
	if rel := report.RelPath(moduleDir, filename); rel != "" {
		id, ok := b.bases[moduleDir]
		if !ok {
			id = "%SRCROOT%"
			if n := len(b.bases); n > 0 {
				id = fmt.Sprintf("MODULE%d", n)
			}
			b.bases[moduleDir] = id
		}
		return artifactLocation{URI: (&url.URL{Path: rel}).EscapedPath(), URIBaseID: id}
	}
	return artifactLocation{URI: fileURI(filename)}
}

func fileURI(path string) string {
	return (&url.URL{Scheme: "file", Path: filepath.ToSlash(path)}).String()
}

func (b *builder) region(file string, start, end report.Pos) *region {
	if end.Line == 0 {
		end = start
	}
	return &region{
		StartLine:   start.Line,
		StartColumn: b.column(file, start),
		EndLine:     end.Line,
		EndColumn:   b.column(file, end),
	}
}

// column converts the byte column of p to UTF-16 code units (1-based). It
// reads only p's line, found from its offset in the file read, so that
// the cost of a log is linear in its findings.
func (b *builder) column(file string, p report.Pos) int {
	line, start := b.files.LineAt(file, p.Offset)
	n := p.Offset - start
	if line == nil || n > len(line) || p.Col != 0 && n != p.Col-1 {
		// Unreadable, past the line, or a /*line*/ directive moved the
		// column: bytes are the best we have.
		return max(p.Col, 1)
	}
	// A //line directive without a column leaves it unknown (0): the
	// file read has it.
	units := 0
	for _, r := range string(line[:n]) {
		if r == utf8.RuneError {
			units++
		} else {
			units += utf16.RuneLen(r)
		}
	}
	return units + 1
}

func (b *builder) fix(moduleDir string, f report.Fix) *fix {
	out := &fix{}
	if f.Message != "" {
		out.Description = &message{Text: f.Message}
	}
	byFile := make(map[string]*artifactChange)
	for _, e := range f.Edits {
		c, ok := byFile[e.File]
		if !ok {
			c = &artifactChange{ArtifactLocation: b.artifact(moduleDir, e.File)}
			byFile[e.File] = c
			out.ArtifactChanges = append(out.ArtifactChanges, c)
		}
		c.Replacements = append(c.Replacements, &replacement{
			DeletedRegion:   *b.region(e.File, e.Start, e.End),
			InsertedContent: &artifactContent{Text: e.New},
		})
	}
	return out
}

// The SARIF object model, as far as the log uses it.

type sarifLog struct {
	Schema  string `json:"$schema"`
	Version string `json:"version"`
	Runs    []*run `json:"runs"`
}

type run struct {
	Tool               toolObject                  `json:"tool"`
	OriginalURIBaseIDs map[string]artifactLocation `json:"originalUriBaseIds,omitempty"`
	ColumnKind         string                      `json:"columnKind"`
	Results            []*result                   `json:"results"`
}

type toolObject struct {
	Driver *driver `json:"driver"`
}

type driver struct {
	Name           string  `json:"name"`
	Version        string  `json:"version,omitempty"`
	InformationURI string  `json:"informationUri,omitempty"`
	Rules          []*rule `json:"rules"`
}

type rule struct {
	ID                   string         `json:"id"`
	Name                 string         `json:"name,omitempty"`
	ShortDescription     *message       `json:"shortDescription,omitempty"`
	FullDescription      *message       `json:"fullDescription,omitempty"`
	Help                 *message       `json:"help,omitempty"`
	HelpURI              string         `json:"helpUri,omitempty"`
	DefaultConfiguration *configuration `json:"defaultConfiguration,omitempty"`
}

type configuration struct {
	Level string `json:"level"`
}

type message struct {
	Text string `json:"text"`
}

type result struct {
	RuleID    string      `json:"ruleId"`
	RuleIndex int         `json:"ruleIndex"`
	Level     string      `json:"level"`
	Message   message     `json:"message"`
	Locations []*location `json:"locations"`
	Fixes     []*fix      `json:"fixes,omitempty"`
}

type location struct {
	PhysicalLocation physicalLocation `json:"physicalLocation"`
}

type physicalLocation struct {
	ArtifactLocation artifactLocation `json:"artifactLocation"`
	Region           *region          `json:"region,omitempty"`
}

type artifactLocation struct {
	URI       string `json:"uri"`
	URIBaseID string `json:"uriBaseId,omitempty"`
}

type region struct {
	StartLine   int `json:"startLine"`
	StartColumn int `json:"startColumn"`
	EndLine     int `json:"endLine"`
	EndColumn   int `json:"endColumn"`
}

type fix struct {
	Description     *message          `json:"description,omitempty"`
	ArtifactChanges []*artifactChange `json:"artifactChanges"`
}

type artifactChange struct {
	ArtifactLocation artifactLocation `json:"artifactLocation"`
	Replacements     []*replacement   `json:"replacements"`
}

type replacement struct {
	DeletedRegion   region           `json:"deletedRegion"`
	InsertedContent *artifactContent `json:"insertedContent,omitempty"`
}

type artifactContent struct {
	Text string `json:"text"`
}
