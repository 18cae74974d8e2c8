package analyzer

import (
	"go/ast"
	"go/token"
	"strings"

	"golang.org/x/tools/go/analysis"

	"github.com/msdklint/msdklint/analyzer/internal/evidence"
)

// The bad-directive check: every problem of a //msdklint: directive or
// an msdk:"NS" tag is reported from this file.

// placeOf says where each declaration directive belongs.
var placeOf = map[string]message{
	"platform": {"a struct type", "结构体类型"},
	"codes":    {"a const block", "const 块"},
	"reauth":   {"a constant of a //msdklint:codes block", "//msdklint:codes 块中的常量"},
}

// problemMsg is the message of each problem evidence finds in a
// directive or binding.
var problemMsg = map[evidence.ProblemKind]message{
	evidence.Misplaced:         msgMisplaced,
	evidence.Duplicate:         msgDuplicate,
	evidence.BadCodesNamespace: msgBadCodesNamespace,
	evidence.TeamCodes:         msgTeamCodes,
	evidence.TeamCodeRange:     msgTeamCodeRange,
	evidence.ForeignTeamCodes:  msgForeignTeamCodes,
	evidence.EmptyBinding:      msgEmptyBinding,
	evidence.UnknownNamespace:  msgUnknownNamespace,
	evidence.BindNoType:        msgBindNoType,
	evidence.BindNoField:       msgBindNoField,
	evidence.BindUnknown:       msgBindUnknown,
}

// reportProblems reports the directives and bindings that evidence
// could not read.
func (p *checker) reportProblems(probs []evidence.Problem) {
	for _, pr := range probs {
		args := pr.Args
		if pr.Kind == evidence.Misplaced {
			name := args[0].(string)
			args = []any{name, p.msg(placeOf[name])}
		}
		p.badDirective(pr.Pos, pr.End, problemMsg[pr.Kind], args...)
	}
}

// reportUnusedIgnores reports the ignore directives that suppressed nothing, unless
// a check they name is turned off (then they cannot be judged).
func (p *checker) reportUnusedIgnores() {
	for _, ig := range p.ignores {
		if ig.used {
			continue
		}
		judged := true
		for _, c := range ig.checks {
			if !p.on(c) || (c == MagicCode && strings.HasSuffix(ig.file.Name(), "_test.go") && !p.magicInTests) {
				judged = false
			}
		}
		if judged {
			p.badIgnore(ig.c, msgIgnoreUnused, strings.Join(ig.checks, ","))
		}
	}
}

// badIgnore reports a bad ignore directive c; no directive suppresses it.
func (p *checker) badIgnore(c *ast.Comment, msg message, args ...any) {
	if p.on(BadDirective) {
		p.reportAlways(analysis.Diagnostic{Pos: c.Pos(), End: c.End(), Category: BadDirective, Message: p.msg(msg, args...)})
	}
}

// badDirective reports a bad-directive diagnostic at pos..end.
func (p *checker) badDirective(pos, end token.Pos, msg message, args ...any) {
	if !p.on(BadDirective) {
		return
	}
	p.report(analysis.Diagnostic{Pos: pos, End: end, Category: BadDirective, Message: p.msg(msg, args...)})
}

// splitList splits a comma-separated list, dropping empty items.
func splitList(s string) []string { return evidence.SplitList(s) }
