package analyzer

import (
	"go/ast"

	"golang.org/x/tools/go/analysis"

	"github.com/msdklint/msdklint/analyzer/internal/reads"
	"github.com/msdklint/msdklint/catalog"
)

// wrongPlatform reports the constant e of value v, compared with a field
// whose namespaces lack it, when other namespaces define it exactly
// (others). Only a sure field reports: an inferred one may simply be
// guessed wrong.
func (p *checker) wrongPlatform(ref reads.Ref, e ast.Expr, v int64, others []*catalog.Entry) {
	if !ref.NS.Sure() || !p.enabledIn(WrongPlatform) {
		return
	}
	p.report(analysis.Diagnostic{
		Pos: e.Pos(), End: e.End(), Category: WrongPlatform,
		Message: p.msg(msgWrongPlatform, ref.Key, v, ref.NS.Searched(), p.describeAll(others)),
	})
}
