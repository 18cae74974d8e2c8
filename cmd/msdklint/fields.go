package main

import (
	"cmp"
	"encoding/json"
	"fmt"
	"go/token"
	"io"
	"slices"
	"strings"

	"github.com/msdklint/msdklint/analyzer"
)

// A field is an analyzer.Field placed in its file, for output.
type field struct {
	analyzer.Field
	posn token.Position
}

// codeFields returns the distinct code fields of results (a package and
// its test variant share the package's files), by position.
func codeFields(fset *token.FileSet, results []any) []field {
	type key struct {
		posn token.Position
		name string
	}
	seen := make(map[key]int) // index in out
	var out []field
	for _, r := range results {
		res, ok := r.(*analyzer.Result)
		if !ok || res == nil {
			continue
		}
		for _, f := range res.Fields {
			posn := fset.Position(f.Pos)
			k := key{posn, f.Name}
			i, ok := seen[k]
			switch {
			case !ok:
				seen[k] = len(out)
				out = append(out, field{f, posn})
			case f.Used && !out[i].Used:
				// A package that reads the field knows more of it (what
				// it sends, decodes, compares) than one declaring it.
				out[i] = field{f, posn}
			}
		}
	}
	slices.SortStableFunc(out, func(a, b field) int {
		return cmp.Or(cmp.Compare(a.posn.Filename, b.posn.Filename), cmp.Compare(a.posn.Offset, b.posn.Offset))
	})
	return out
}

// unboundSummary is the closing line of a lint run: how many code fields
// no check looked at for want of a binding. A bound field left unchecked
// (its namespace is unknown) has its own bad-directive finding.
func unboundSummary(fset *token.FileSet, results []any) string {
	n := 0
	for _, f := range codeFields(fset, results) {
		// Another company's field (named or hosted, no namespace) is
		// decided: nothing to bind.
		foreign := (f.Rung == analyzer.Named || f.Rung == analyzer.Host) && len(f.Namespaces) == 0
		if !f.Checked && f.Rung != analyzer.Bound && !foreign {
			n++
		}
	}
	switch n {
	case 0:
		return ""
	case 1:
		return "1 code field unbound: see msdklint fields"
	}
	return fmt.Sprintf("%d code fields unbound: see msdklint fields", n)
}

// jsonField is one element of "msdklint fields -json".
type jsonField struct {
	Posn       string   `json:"posn"`
	Type       string   `json:"type"`
	Name       string   `json:"name"`
	Key        string   `json:"key"`
	Namespaces []string `json:"namespaces"`
	Rung       string   `json:"rung"`
	Evidence   string   `json:"evidence"`
	Checked    bool     `json:"checked"`
	Bind       string   `json:"bind,omitempty"`
}

// showFields prints the code fields for "msdklint fields".
func showFields(w io.Writer, asJSON bool, display func(string) string, fset *token.FileSet, results []any) error {
	fields := codeFields(fset, results)
	if asJSON {
		out := make([]jsonField, 0, len(fields))
		for _, f := range fields {
			out = append(out, jsonField{
				Posn:       f.posn.String(),
				Type:       f.Type,
				Name:       f.Name,
				Key:        f.Key,
				Namespaces: append([]string{}, f.Namespaces...),
				Rung:       f.Rung.String(),
				Evidence:   f.Evidence,
				Checked:    f.Checked,
				Bind:       f.Bind,
			})
		}
		enc := json.NewEncoder(w)
		enc.SetIndent("", "  ")
		enc.SetEscapeHTML(false)
		return enc.Encode(out)
	}
	counts := make(map[analyzer.Rung]int)
	for _, f := range fields {
		counts[f.Rung]++
		name := f.Name
		if f.Type != "" {
			name = f.Type + "." + f.Name
		}
		posn := f.posn
		posn.Filename = display(posn.Filename)
		fmt.Fprintf(w, "%s: %s (key %q): %s", posn, name, f.Key, f.Rung)
		if len(f.Namespaces) > 0 {
			fmt.Fprintf(w, " %s", strings.Join(f.Namespaces, ","))
		}
		if f.Evidence != "" {
			fmt.Fprintf(w, " from %s", f.Evidence)
		}
		if !f.Checked {
			fmt.Fprint(w, ", not checked")
		}
		fmt.Fprintln(w)
		if f.Bind != "" {
			fmt.Fprintf(w, "\tbind: %s\n", f.Bind)
		}
	}
	var parts []string
	for r := analyzer.Bound; r >= analyzer.Unbound; r-- {
		parts = append(parts, fmt.Sprintf("%d %s", counts[r], r))
	}
	_, err := fmt.Fprintf(w, "%d code fields: %s\n", len(fields), strings.Join(parts, ", "))
	return err
}
