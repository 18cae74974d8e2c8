package analyzer

import (
	"go/ast"
	"go/token"
	"slices"
	"strings"

	"golang.org/x/tools/go/analysis"
)

// An ignoreDirective is a //msdklint:ignore CHECK[,CHECK] reason comment.
// It suppresses the named checks' diagnostics on its own line and on the
// line below.
type ignoreDirective struct {
	c      *ast.Comment
	file   *token.File
	line   int
	checks []string
	used   bool
}

func (p *checker) addIgnore(c *ast.Comment, args string) {
	list, reason, _ := strings.Cut(args, " ")
	if strings.TrimSpace(reason) == "" {
		p.badIgnore(c, msgIgnoreNoReason)
		return
	}
	checks := splitList(list)
	for _, name := range checks {
		if !isCheck(name) {
			p.badIgnore(c, msgIgnoreUnknownCheck, name)
			return
		}
	}
	tf := p.pass.Fset.File(c.Pos())
	if tf == nil {
		return
	}
	p.ignores = append(p.ignores, &ignoreDirective{c: c, file: tf, line: tf.Line(c.Pos()), checks: checks})
}

// suppressed tells whether an ignore directive covers d, and marks it used.
func (p *checker) suppressed(d analysis.Diagnostic) bool {
	if len(p.ignores) == 0 {
		return false
	}
	tf := p.pass.Fset.File(d.Pos)
	if tf == nil {
		return false
	}
	line := tf.Line(d.Pos)
	// A directive on the diagnostic's own line wins over one on the line
	// above: with trailing directives on two consecutive lines, each
	// suppresses its own line's diagnostic.
	for _, at := range []int{line, line - 1} {
		for _, ig := range p.ignores {
			if ig.file != tf || ig.line != at {
				continue
			}
			if slices.Contains(ig.checks, d.Category) {
				ig.used = true
				return true
			}
		}
	}
	return false
}
