package driver

import (
	"cmp"
	"encoding/json"
	"fmt"
	"io"

	"golang.org/x/tools/go/analysis/checker"

	"github.com/msdklint/msdklint/internal/report"
	"github.com/msdklint/msdklint/internal/report/sarif"
)

func (d *run) print(graph *checker.Graph, findings []report.Finding, diags []diag) error {
	switch d.opts.format {
	case "json":
		return d.printJSON(graph, diags)
	case "sarif":
		return sarif.Write(d.cfg.Stdout, d.cfg.Tool, d.cfg.Rules, findings, &d.files)
	}
	d.printText(d.cfg.Stdout, findings)
	return nil
}

// printText prints one line per finding: file:line:col: message [check].
func (d *run) printText(w io.Writer, findings []report.Finding) {
	for _, f := range findings {
		fmt.Fprintf(w, "%s:%d:%d: %s [%s]\n", d.display(f.Start.Filename), f.Start.Line, f.Start.Col, f.Message, f.Check)
	}
}

// The JSON shape of the go/analysis drivers (checker.Graph.PrintJSON):
// package ID -> analyzer name -> diagnostics, or {"error": ...}.
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

// printJSON prints the diagnostics in the analysis drivers' JSON shape.
// diags are already free of the duplicates that test variants repeat.
func (d *run) printJSON(graph *checker.Graph, diags []diag) error {
	tree := make(map[string]map[string]any)
	add := func(id, name string, v any) {
		m, ok := tree[id]
		if !ok {
			m = make(map[string]any)
			tree[id] = m
		}
		m[name] = v
	}
	for act := range graph.All() {
		if act.Err != nil {
			add(act.Package.ID, act.Analyzer.Name, jsonError{act.Err.Error()})
		}
	}
	lists := make(map[*checker.Action][]jsonDiagnostic)
	var order []*checker.Action
	for _, dg := range diags {
		fset := dg.act.Package.Fset
		var fixes []jsonSuggestedFix
		for _, fix := range dg.diag.SuggestedFixes {
			var edits []jsonTextEdit
			for _, e := range fix.TextEdits {
				edits = append(edits, jsonTextEdit{
					Filename: fset.Position(e.Pos).Filename,
					Start:    fset.Position(e.Pos).Offset,
					End:      fset.Position(cmp.Or(e.End, e.Pos)).Offset,
					New:      string(e.NewText),
				})
			}
			fixes = append(fixes, jsonSuggestedFix{fix.Message, edits})
		}
		var related []jsonRelated
		for _, r := range dg.diag.Related {
			related = append(related, jsonRelated{
				Posn:    fset.Position(r.Pos).String(),
				End:     fset.Position(cmp.Or(r.End, r.Pos)).String(),
				Message: r.Message,
			})
		}
		if _, ok := lists[dg.act]; !ok {
			order = append(order, dg.act)
		}
		lists[dg.act] = append(lists[dg.act], jsonDiagnostic{
			Category:       dg.diag.Category,
			Posn:           fset.Position(dg.diag.Pos).String(),
			End:            fset.Position(cmp.Or(dg.diag.End, dg.diag.Pos)).String(),
			Message:        dg.diag.Message,
			URL:            dg.diag.URL,
			SuggestedFixes: fixes,
			Related:        related,
		})
	}
	for _, act := range order {
		add(act.Package.ID, act.Analyzer.Name, lists[act])
	}
	data, err := json.MarshalIndent(tree, "", "\t")
	if err != nil {
		return err
	}
	_, err = d.cfg.Stdout.Write(append(data, '\n'))
	return err
}
