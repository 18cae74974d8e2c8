package analyzer

import (
	"go/ast"
	"slices"

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
		Message: p.msg(msgWrongPlatform, ref.Key, v, ref.NS.Searched(), p.describeAll(others)) + p.passedThrough(ref, others),
	})
}

// passThrough are the platform namespaces whose codes MSDK's login
// service passes through under a code of its own, the platform's code in
// msg (seed 001 §1).
var passThrough = []struct {
	ns, platform, constant string
}{
	{"qq.platform", "QQ", "msdk.LogicQQPlatformError"},
	{"wechat.platform", "WeChat", "msdk.LogicWeChatPlatformError"},
}

// passedThrough says what MSDK sends instead of a platform's code
// compared with an MSDK reply: -73 never arrives as ret, -10000 does.
func (p *checker) passedThrough(ref reads.Ref, others []*catalog.Entry) string {
	logic, ok := p.cat().Namespace("msdk.logic")
	if !ok || !slices.Contains(ref.NS.IDs, logic.ID) {
		return ""
	}
	for _, pt := range passThrough {
		if !slices.ContainsFunc(others, func(e *catalog.Entry) bool { return e.Namespace == pt.ns }) {
			continue
		}
		if e, ok := p.cat().Resolve(pt.constant); ok {
			return p.msg(msgPassThrough, pt.platform, pt.constant, e.Code)
		}
	}
	return ""
}
