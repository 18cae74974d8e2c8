package analyzer

import (
	"go/ast"
	"go/token"
	"slices"
	"strings"

	"golang.org/x/tools/go/analysis"
)

// An ignoreDirective is a //msdklint:ignore CHECK[,CHECK] reason comment.
// It suppresses the named checks' diagnostics on one line: its own when
// it trails code, else the next.
type ignoreDirective struct {
	c      *ast.Comment
	file   *token.File
	line   int
	checks []string
	used   bool
	// covers is the line it covers; 0 until placed.
	covers int
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
	p.placeIgnores()
	line := tf.Line(d.Pos)
	// A trailing directive wins over a standalone one above it, which is
	// then reported as suppressing nothing.
	for _, at := range []int{line, line - 1} {
		for _, ig := range p.ignores {
			if ig.file != tf || ig.line != at || ig.covers != line {
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

// placeIgnores sets the line each directive covers: its own when code
// precedes it there, else the next. A file is walked once, whatever the
// number of its directives.
func (p *checker) placeIgnores() {
	var files []*ast.File
	for _, ig := range p.ignores {
		if ig.covers != 0 {
			continue
		}
		for _, f := range p.pass.Files {
			if f.FileStart <= ig.c.Pos() && ig.c.Pos() <= f.FileEnd && !slices.Contains(files, f) {
				files = append(files, f)
			}
		}
	}
	for _, f := range files {
		first := codeStarts(p.pass.Fset.File(f.FileStart), f)
		for _, ig := range p.ignores {
			if ig.covers != 0 || ig.c.Pos() < f.FileStart || ig.c.Pos() > f.FileEnd {
				continue
			}
			ig.covers = ig.line + 1
			if at, ok := first[ig.line]; ok && at < ig.c.Pos() {
				ig.covers = ig.line
			}
		}
	}
}

// codeStarts returns, per line of f, where its first token is. Every token
// on a line starts or ends a node there (the ")" of a parameter list ends
// its field list, "}" a block), so the starts and last bytes of the nodes
// find them; comments are no code.
func codeStarts(tf *token.File, f *ast.File) map[int]token.Pos {
	first := make(map[int]token.Pos)
	note := func(pos token.Pos) {
		if !pos.IsValid() || tf == nil || int(pos) < tf.Base() || int(pos) > tf.Base()+tf.Size() {
			return
		}
		line := tf.Line(pos)
		if at, ok := first[line]; !ok || pos < at {
			first[line] = pos
		}
	}
	ast.Inspect(f, func(n ast.Node) bool {
		switch n.(type) {
		case nil, *ast.CommentGroup, *ast.Comment:
			return false
		}
		note(n.Pos())
		if end := n.End(); end.IsValid() && end > n.Pos() {
			note(end - 1)
		}
		return true
	})
	return first
}
