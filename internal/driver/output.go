package driver

import (
	"encoding/json"
	"fmt"
	"io"

	"golang.org/x/tools/go/analysis/checker"

	"github.com/msdklint/msdklint/internal/report"
	"github.com/msdklint/msdklint/internal/report/baseline"
	"github.com/msdklint/msdklint/internal/report/codeclimate"
	"github.com/msdklint/msdklint/internal/report/sarif"
)

func (d *run) print(graph *checker.Graph, findings []report.Finding) error {
	switch d.opts.format {
	case "json":
		return d.printJSON(graph, findings)
	case "sarif":
		return sarif.Write(d.cfg.Stdout, d.cfg.Tool, d.cfg.Rules, findings, &d.files)
	case "codeclimate":
		// The fingerprints are the baseline's keys, hashed, counted
		// among every finding of the run (filterBaseline set them when
		// it dropped some).
		fingerprints := make([]string, len(findings))
		var keys []baseline.Entry
		for i, f := range findings {
			if f.Fingerprint == "" && keys == nil {
				keys = baseline.Keys(findings, &d.files, d.dir)
			}
			fingerprints[i] = f.Fingerprint
			if fingerprints[i] == "" {
				fingerprints[i] = keys[i].Fingerprint()
			}
		}
		return codeclimate.Write(d.cfg.Stdout, findings, fingerprints, d.dir, d.cfg.Severity)
	}
	d.printText(d.cfg.Stdout, findings)
	return nil
}

// printText prints one line per finding: file:line:col: message [check].
func (d *run) printText(w io.Writer, findings []report.Finding) {
	for _, f := range findings {
		fmt.Fprintf(w, "%s: %s [%s]\n", d.position(f), f.Message, f.Check)
	}
}

// position is where a finding is shown: file:line:col.
func (d *run) position(f report.Finding) string {
	return fmt.Sprintf("%s:%d:%d", d.display(f.Start.Filename), f.Start.Line, f.Start.Col)
}

// The JSON shape of the go/analysis drivers (checker.Graph.PrintJSON), with
// the diagnostics' URL: package ID -> analyzer name -> diagnostics, or
// {"error": ...}.
type (
	jsonTextEdit struct {
		Filename string `json:"filename"`
		Start    int    `json:"start"`
		End      int    `json:"end"`
		New      string `json:"new"`
	}
	jsonSuggestedFix struct {
		Message string         `json:"message"`
		Edits   []jsonTextEdit `json:"edits"`
	}
	jsonRelated struct {
		Posn    string `json:"posn"`
		End     string `json:"end"`
		Message string `json:"message"`
	}
	jsonDiagnostic struct {
		Category       string             `json:"category,omitempty"`
		Posn           string             `json:"posn"`
		End            string             `json:"end"`
		Message        string             `json:"message"`
		URL            string             `json:"url,omitempty"`
		SuggestedFixes []jsonSuggestedFix `json:"suggested_fixes,omitempty"`
		Related        []jsonRelated      `json:"related,omitempty"`
	}
	jsonError struct {
		Err string `json:"error"`
	}
)

// printJSON prints the findings in the analysis drivers' JSON shape, and
// the errors of every action.
func (d *run) printJSON(graph *checker.Graph, findings []report.Finding) error {
	tree := make(map[string]map[string]any)
	add := func(id, name string, v any) {
		if tree[id] == nil {
			tree[id] = make(map[string]any)
		}
		tree[id][name] = v
	}
	for act := range graph.All() {
		if act.Err != nil {
			add(act.Package.ID, act.Analyzer.Name, jsonError{act.Err.Error()})
		}
	}
	lists := make(map[[2]string][]jsonDiagnostic)
	for _, f := range findings {
		jd := jsonDiagnostic{
			Category: f.Check,
			Posn:     f.Start.String(),
			End:      f.End.String(),
			Message:  f.Message,
			URL:      f.URL,
		}
		for _, fix := range f.Fixes {
			jf := jsonSuggestedFix{Message: fix.Message}
			for _, e := range fix.Edits {
				jf.Edits = append(jf.Edits, jsonTextEdit{e.Start.Filename, e.Start.Offset, e.End.Offset, e.New})
			}
			jd.SuggestedFixes = append(jd.SuggestedFixes, jf)
		}
		for _, r := range f.Related {
			jd.Related = append(jd.Related, jsonRelated{r.Start.String(), r.End.String(), r.Message})
		}
		k := [2]string{f.Package, f.Analyzer}
		lists[k] = append(lists[k], jd)
	}
	for k, list := range lists {
		add(k[0], k[1], list)
	}
	data, err := json.MarshalIndent(tree, "", "\t")
	if err != nil {
		return err
	}
	_, err = d.cfg.Stdout.Write(append(data, '\n'))
	return err
}
