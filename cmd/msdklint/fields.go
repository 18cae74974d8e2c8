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
	"github.com/msdklint/msdklint/catalog"
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
			posn := fset.PositionFor(f.Pos, false)
			k := key{posn, f.Name}
			i, ok := seen[k]
			switch {
			case !ok:
				seen[k] = len(out)
				out = append(out, field{f, posn})
			case f.Used && !out[i].Used:
				// A package that reads the field knows more of it (what
				// it sends, decodes, compares) than one declaring it; the
				// values other packages compared still count for the
				// advice.
				advice := mergeAdvice(out[i].Advice, f.Advice)
				out[i] = field{f, posn}
				out[i].Advice = advice
			default:
				out[i].Advice = mergeAdvice(out[i].Advice, f.Advice)
			}
		}
	}
	slices.SortStableFunc(out, func(a, b field) int {
		return cmp.Or(cmp.Compare(a.posn.Filename, b.posn.Filename), cmp.Compare(a.posn.Offset, b.posn.Offset))
	})
	return out
}

// unchecked tells whether no check looked at f for lack of a binding:
// the fields that the run's closing line and the last line of "msdklint
// fields" count. A bound field left unchecked (its namespace is unknown)
// has its own bad-directive finding; another company's field (named or
// hosted, no namespace) is decided: nothing to bind.
func unchecked(f field) bool {
	foreign := (f.Rung == analyzer.Named || f.Rung == analyzer.Host) && len(f.Namespaces) == 0
	return !f.Checked && f.Rung != analyzer.Bound && !foreign
}

// lacking is what both lines say of those fields.
const lacking = "not checked for lack of a binding"

// unboundSummary is the closing line of a lint run: how many code fields
// no check looked at for lack of a binding.
func unboundSummary(fset *token.FileSet, results []any) string {
	n := 0
	for _, f := range codeFields(fset, results) {
		if unchecked(f) {
			n++
		}
	}
	switch n {
	case 0:
		return ""
	case 1:
		return "1 code field " + lacking + ": see msdklint fields"
	}
	return fmt.Sprintf("%d code fields %s: see msdklint fields", n, lacking)
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
	// The advice, when there is one: the namespaces, the line to commit
	// (Bind) and where (BindOn: "type LoginRsp" or "field Ret"), and the
	// same as a -bind value or golangci-lint bindings item (BindFlag).
	Advice   []string `json:"advice,omitempty"`
	Bind     string   `json:"bind,omitempty"`
	BindOn   string   `json:"bind_on,omitempty"`
	BindFlag string   `json:"bind_flag,omitempty"`
}

// showFields prints the code fields for "msdklint fields".
func showFields(w io.Writer, asJSON bool, display func(string) string, fset *token.FileSet, results []any) error {
	fields := codeFields(fset, results)
	advice := adviseFields(fields)
	if asJSON {
		out := make([]jsonField, 0, len(fields))
		for i, f := range fields {
			a := advice[i]
			out = append(out, jsonField{
				Posn:       f.posn.String(),
				Type:       f.Type,
				Name:       f.Name,
				Key:        f.Key,
				Namespaces: append([]string{}, f.Namespaces...),
				Rung:       f.Rung.String(),
				Evidence:   f.Evidence,
				Checked:    f.Checked,
				Advice:     f.Advice,
				Bind:       a.line,
				BindOn:     a.on,
				BindFlag:   a.flag,
			})
		}
		enc := json.NewEncoder(w)
		enc.SetIndent("", "  ")
		enc.SetEscapeHTML(false)
		return enc.Encode(out)
	}
	counts := make(map[analyzer.Rung]int)
	unbound := 0
	for i, f := range fields {
		counts[f.Rung]++
		if unchecked(f) {
			unbound++
		}
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
		if a := advice[i]; a.line != "" {
			fmt.Fprintf(w, "\tbind: %s on %s", a.line, a.on)
			if a.flag != "" {
				fmt.Fprintf(w, " (or -bind %s)", a.flag)
			}
			if len(f.Advice) == 1 && f.Advice[0] == "none" {
				fmt.Fprint(w, "; no platform is named: none if it is no platform's reply, a team namespace (//msdklint:codes NS) if it is the team's")
			}
			fmt.Fprintln(w)
		}
	}
	var parts []string
	for r := analyzer.Bound; r >= analyzer.Unbound; r-- {
		parts = append(parts, fmt.Sprintf("%d %s", counts[r], r))
	}
	var flags []string
	for _, a := range advice {
		if a.flag != "" && !slices.Contains(flags, a.flag) {
			flags = append(flags, a.flag)
		}
	}
	if len(flags) > 0 {
		// The same advice as a -bind value and a golangci-lint bindings
		// setting, for reply types a team cannot annotate.
		fmt.Fprintf(w, "-bind '%s'\nbindings:\n", strings.Join(flags, ";"))
		for _, f := range flags {
			fmt.Fprintf(w, "  - %s\n", f)
		}
	}
	_, err := fmt.Fprintf(w, "%d code fields: %s; %d %s\n", len(fields), strings.Join(parts, ", "), unbound, lacking)
	return err
}

// An advice is the line that binds a field as a team would commit it.
type advice struct {
	line string // "//msdklint:platform msdk.access,msdk.logic" or `msdk:"wechat.platform"`
	on   string // "type LoginRsp" or "field Ret"
	flag string // "example.com/game/proto.LoginRsp=none", "" for an anonymous struct's field
}

// adviseFields returns the advice for each field: one directive above
// a type whose advised fields agree, else a tag on each field; a field
// of an anonymous struct gets a tag.
func adviseFields(fields []field) []advice {
	byType := map[string][]int{}
	for i, f := range fields {
		if f.Type != "" && f.Advice != nil {
			byType[f.Type] = append(byType[f.Type], i)
		}
	}
	out := make([]advice, len(fields))
	for i, f := range fields {
		if f.Advice == nil {
			continue
		}
		nss := strings.Join(f.Advice, ",")
		if f.Type == "" {
			out[i] = advice{line: `msdk:"` + nss + `"`, on: "field " + f.Name}
			continue
		}
		name := f.Type[strings.LastIndexByte(f.Type, '.')+1:]
		agree := true
		for _, j := range byType[f.Type] {
			agree = agree && slices.Equal(fields[j].Advice, f.Advice) && !overrides(fields[j].Evidence)
		}
		switch {
		case strings.HasPrefix(f.Evidence, "-bind "):
			// A -bind beats every directive: only another -bind changes it.
			key := strings.TrimPrefix(f.Evidence, "-bind ")
			out[i] = advice{line: "-bind " + key + "=" + nss, on: "the command line", flag: key + "=" + nss}
		case agree:
			out[i] = advice{line: "//msdklint:platform " + nss, on: "type " + name, flag: f.Type + "=" + nss}
		default:
			out[i] = advice{line: `msdk:"` + nss + `"`, on: "field " + f.Name, flag: f.Type + "." + f.Name + "=" + nss}
		}
	}
	return out
}

// overrides tells whether a field bound by evidence keeps its binding
// whatever directive its type gets: a tag or a -bind beats it.
func overrides(evidence string) bool {
	return strings.HasPrefix(evidence, "tag ") || strings.HasPrefix(evidence, "-bind ")
}

// mergeAdvice merges the advice of one field from two packages: none
// when either finds the field no platform's, else both namespace lists.
func mergeAdvice(a, b []string) []string {
	switch {
	case a == nil:
		return b
	case b == nil:
		return a
	case slices.Contains(a, "none") || slices.Contains(b, "none"):
		return []string{"none"}
	}
	out := slices.Clone(a)
	for _, ns := range b {
		if !slices.Contains(out, ns) {
			out = append(out, ns)
		}
	}
	cat := catalog.Default()
	order := func(ns string) int {
		if n, ok := cat.Namespace(ns); ok {
			return int(n.ID)
		}
		return 1 << 20
	}
	slices.SortStableFunc(out, func(x, y string) int { return cmp.Compare(order(x), order(y)) })
	return out
}

// fieldNamespace is the binding of the code field declared at pos in a
// package's result, for the baseline keys: its namespaces.
func fieldNamespace(result any, pos token.Pos) string {
	res, ok := result.(*analyzer.Result)
	if !ok || res == nil {
		return ""
	}
	for _, f := range res.Fields {
		if f.Pos == pos {
			return strings.Join(f.Namespaces, ",")
		}
	}
	return ""
}
