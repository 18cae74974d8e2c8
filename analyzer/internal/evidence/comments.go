package evidence

import (
	"go/ast"
	"strings"
)

// Prefix starts every directive.
const Prefix = "//msdklint:"

// directiveArgs returns the arguments of the //msdklint:name directive in
// doc, and the comment holding it.
func directiveArgs(doc *ast.CommentGroup, name string) (string, *ast.Comment) {
	if doc == nil {
		return "", nil
	}
	for _, c := range doc.List {
		if isDirective(c.Text, name) {
			return trimComment(c.Text[len(Prefix+name):]), c
		}
	}
	return "", nil
}

// isDirective tells whether the comment text is the //msdklint:name
// directive.
func isDirective(text, name string) bool {
	rest, ok := strings.CutPrefix(text, Prefix+name)
	return ok && (rest == "" || rest[0] == ' ' || rest[0] == '\t')
}

// ParseDirective splits a //msdklint:NAME ARGS comment into its name
// and arguments (a trailing "// comment" dropped), or returns false.
func ParseDirective(text string) (name, args string, ok bool) {
	rest, ok := strings.CutPrefix(text, Prefix)
	if !ok {
		return "", "", false
	}
	name, args, _ = strings.Cut(trimComment(rest), " ")
	return name, strings.TrimSpace(args), true
}

// trimComment drops a trailing "// comment" from a directive's text, as
// other tools' directives allow.
func trimComment(s string) string {
	if i := strings.Index(s, "//"); i >= 0 {
		s = s[:i]
	}
	return strings.TrimSpace(s)
}

// SplitList splits a comma-separated list, dropping empty items.
func SplitList(s string) []string {
	var out []string
	for _, x := range strings.Split(s, ",") {
		if x = strings.TrimSpace(x); x != "" {
			out = append(out, x)
		}
	}
	return out
}

// typeDoc returns the doc comment of the type spec ts of gd: its own, or
// the declaration's when ts is alone in it (type T struct{}).
func typeDoc(gd *ast.GenDecl, ts *ast.TypeSpec) *ast.CommentGroup {
	if ts.Doc == nil && len(gd.Specs) == 1 {
		return gd.Doc
	}
	return ts.Doc
}
