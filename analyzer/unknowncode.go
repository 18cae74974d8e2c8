package analyzer

import (
	"go/ast"
	"go/token"
	"slices"
	"strconv"
	"strings"

	"golang.org/x/tools/go/analysis"

	"github.com/msdklint/msdklint/analyzer/internal/reads"
	"github.com/msdklint/msdklint/catalog"
)

// checkValue runs the value checks on the constant e of value v compared
// with the code field ref: magic-code when v is a code of the field's
// namespaces, else wrong-platform when another namespace has it, else
// unknown-code.
func (p *checker) checkValue(ref reads.Ref, e ast.Expr, v int64) {
	found := p.lookup(ref.NS, v)
	p.noteValue(ref, v, found)
	ref.NS.Compared(v, len(found) > 0)
	if len(found) > 0 {
		p.noteReauth(ref, found)
		if isLiteral(e) && p.enabledIn(MagicCode) {
			p.magic(ref, e, v, found)
		}
		return
	}
	// Another namespace's single code makes a wrong platform; its range
	// alone (msdk.logic's -2000..-9999) is too weak a hint.
	// err_type is a closed enumeration: a value outside it is unknown
	// wherever else it may be a code.
	// A team field is checked against the team's codes only.
	// A team namespace is no platform: its codes are never "another
	// platform's".
	if others := platformEntries(p.cat().Find(v)); len(others) > 0 && ref.Key != "err_type" && !ref.NS.Team {
		if exact := exactEntries(others); len(exact) > 0 {
			p.wrongPlatform(ref, e, v, exact)
			return
		}
		if !ref.NS.Sure() {
			return
		}
	}
	p.unknownCode(ref, e, v)
}

// unknownCode reports the constant e of value v, in no namespace, with
// the code it is most likely a typo of.
func (p *checker) unknownCode(ref reads.Ref, e ast.Expr, v int64) {
	if !p.enabledIn(UnknownCode) {
		return
	}
	hint := ""
	if alts := p.suggest(ref.NS, v); len(alts) > 0 {
		var b strings.Builder
		for i, s := range alts {
			if i > 0 {
				b.WriteString(p.msg(msgOr))
			}
			b.WriteString(strconv.FormatInt(s.code, 10) + " (" + p.describe(s.entry) + ")")
		}
		hint = p.msg(msgDidYouMean, b.String())
	}
	p.reportOn(ref.NS, analysis.Diagnostic{
		Pos: e.Pos(), End: e.End(), Category: UnknownCode,
		Message: p.msg(msgUnknown, ref.Key, v, ref.NS.Searched(), hint),
	})
}

// platformEntries returns the entries of es that the catalog itself
// defines, leaving out team codes; es itself when all are.
func platformEntries(es []*catalog.Entry) []*catalog.Entry {
	def := catalog.Default()
	team := func(e *catalog.Entry) bool {
		_, ok := def.Namespace(e.Namespace)
		return !ok
	}
	if !slices.ContainsFunc(es, team) {
		return es
	}
	return slices.DeleteFunc(slices.Clone(es), team)
}

// isLiteral tells whether e is a literal number, maybe signed.
func isLiteral(e ast.Expr) bool {
	e = ast.Unparen(e)
	if u, ok := e.(*ast.UnaryExpr); ok && (u.Op == token.SUB || u.Op == token.ADD) {
		e = ast.Unparen(u.X)
	}
	lit, ok := e.(*ast.BasicLit)
	return ok && lit.Kind == token.INT
}
