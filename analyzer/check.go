package analyzer

import (
	"go/ast"
	"go/constant"
	"go/token"
	"go/types"
	"strconv"
	"strings"

	"golang.org/x/tools/go/analysis"

	"github.com/msdklint/msdklint/catalog"
)

// intConst returns the value of e when e is a non-zero integer constant
// expression. Literals are read from the syntax, which spares a map
// lookup on the common path.
func (p *checker) intConst(e ast.Expr) (int64, bool) {
	v, ok := p.constValue(e)
	return v, ok && v != 0
}

// constValue returns the value of the integer constant expression e.
func (p *checker) constValue(e ast.Expr) (int64, bool) {
	switch x := e.(type) {
	case *ast.BasicLit:
		if x.Kind != token.INT {
			return 0, false
		}
		v, err := strconv.ParseInt(x.Value, 0, 64)
		return v, err == nil
	case *ast.UnaryExpr:
		if lit, ok := x.X.(*ast.BasicLit); ok && x.Op == token.SUB {
			v, ok := p.constValue(lit)
			return -v, ok
		}
	case *ast.ParenExpr:
		return p.constValue(x.X)
	}
	tv, ok := p.pass.TypesInfo.Types[e]
	if !ok || tv.Value == nil || tv.Value.Kind() != constant.Int {
		return 0, false
	}
	return constant.Int64Val(tv.Value)
}

// operandShape tells whether e can be a code operand: a selector, a
// call, a name, maybe dereferenced or parenthesized.
func operandShape(e ast.Expr) bool {
	switch e := e.(type) {
	case *ast.SelectorExpr, *ast.CallExpr, *ast.Ident:
		return true
	case *ast.StarExpr:
		return operandShape(e.X)
	case *ast.ParenExpr:
		return operandShape(e.X)
	}
	return false
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

// binary checks x == c and x != c. It runs on every comparison of every
// package: cheap syntactic tests come before any map lookup.
func (p *checker) binary(n *ast.BinaryExpr) {
	if n.Op != token.EQL && n.Op != token.NEQ {
		return
	}
	for i := range 2 {
		x, c := n.X, n.Y
		if i == 1 {
			x, c = n.Y, n.X
		}
		if !operandShape(x) || !constShape(c) {
			continue
		}
		if _, ok := ast.Unparen(x).(*ast.Ident); ok && len(p.locals) == 0 {
			continue // a name is a code operand only as a local from a code field
		}
		v, ok := p.intConst(c)
		if !ok {
			continue
		}
		if ref, ok := p.codeOperand(x, true); ok {
			p.checkValue(ref, c, v)
			return
		}
	}
}

// constShape tells whether e can be an integer constant expression.
func constShape(e ast.Expr) bool {
	switch e := e.(type) {
	case *ast.BasicLit:
		return e.Kind == token.INT
	case *ast.Ident:
		return e.Name != "nil" && e.Name != "true" && e.Name != "false"
	case *ast.SelectorExpr, *ast.UnaryExpr, *ast.BinaryExpr:
		return true
	case *ast.ParenExpr:
		return constShape(e.X)
	}
	return false
}

// switchStmt checks each case value of a switch on a code field, and
// the switch's reauthorization.
func (p *checker) switchStmt(n *ast.SwitchStmt) {
	if n.Tag == nil {
		return
	}
	if n.Init != nil {
		p.define(n.Init) // visited after the switch itself
	}
	ref, ok := p.codeOperand(n.Tag, true)
	if !ok {
		return
	}
	var values []int64
	for _, s := range n.Body.List {
		cc, ok := s.(*ast.CaseClause)
		if !ok {
			continue
		}
		for _, e := range cc.List {
			if v, ok := p.intConst(e); ok {
				p.checkValue(ref, e, v)
				values = append(values, v)
			}
		}
	}
	p.checkReauth(ref, n.Pos(), "switch", values)
}

// ifStmt checks the reauthorization of an if / else-if chain whose
// every condition compares one code field with constants.
func (p *checker) ifStmt(n *ast.IfStmt) {
	if p.elseIfs[n] {
		return
	}
	for s := n; s != nil; s, _ = s.Else.(*ast.IfStmt) {
		if s.Init != nil {
			p.define(s.Init) // visited after the if itself
		}
	}
	if _, ok := n.Else.(*ast.IfStmt); !ok {
		return // a lone if tests one code; it does not dispatch on it
	}
	var ref codeRef
	var values []int64
	var field string
	for s := n; s != nil; {
		r, vs, ok := p.condition(s.Cond)
		if !ok {
			return
		}
		if text := types.ExprString(r.x); field == "" {
			ref, field = r, text
		} else if text != field {
			return
		}
		values = append(values, vs...)
		if s != n {
			if p.elseIfs == nil {
				p.elseIfs = map[*ast.IfStmt]bool{}
			}
			p.elseIfs[s] = true
		}
		s, _ = s.Else.(*ast.IfStmt)
	}
	p.checkReauth(ref, n.Pos(), "if", values)
}

// condition returns the code field and the values of a condition
// x == c1 || x == c2 ..., or false.
func (p *checker) condition(e ast.Expr) (codeRef, []int64, bool) {
	b, ok := ast.Unparen(e).(*ast.BinaryExpr)
	if !ok {
		return codeRef{}, nil, false
	}
	if b.Op == token.LOR {
		r1, v1, ok1 := p.condition(b.X)
		r2, v2, ok2 := p.condition(b.Y)
		if !ok1 || !ok2 || types.ExprString(r1.x) != types.ExprString(r2.x) {
			return codeRef{}, nil, false
		}
		return r1, append(v1, v2...), true
	}
	if b.Op != token.EQL {
		return codeRef{}, nil, false
	}
	x, c := b.X, b.Y
	v, ok := p.constValue(c)
	if !ok {
		x, c = b.Y, b.X
		if v, ok = p.constValue(c); !ok {
			return codeRef{}, nil, false
		}
	}
	ref, ok := p.codeOperand(x, true)
	if !ok {
		return codeRef{}, nil, false
	}
	return ref, []int64{v}, true
}

// lookup returns the entries of the field's namespaces for code v.
func (p *checker) lookup(ns *nsSet, v int64) []*catalog.Entry {
	var out []*catalog.Entry
	for _, id := range ns.ids {
		if e, ok := p.cat.Lookup(id, v); ok {
			out = append(out, e)
		}
	}
	return out
}

// checkValue runs unknown-code, wrong-platform and magic-code on the
// constant e of value v compared with the code field ref.
func (p *checker) checkValue(ref codeRef, e ast.Expr, v int64) {
	if found := p.lookup(ref.ns, v); len(found) > 0 {
		if isLiteral(e) && p.enabledIn(MagicCode) {
			p.magic(ref, e, v, found)
		}
		return
	}
	// Another namespace's single code makes a wrong platform; its range
	// alone (msdk.logic's -2000..-9999) is too weak a hint.
	// err_type is a closed enumeration: a value outside it is unknown
	// wherever else it may be a code.
	if others := p.cat.Find(v); len(others) > 0 && ref.key != "err_type" {
		if exact := exactEntries(others); len(exact) > 0 {
			if ref.ns.sure && p.enabledIn(WrongPlatform) {
				p.report(analysis.Diagnostic{
					Pos: e.Pos(), End: e.End(), Category: WrongPlatform,
					Message: p.msg(msgWrongPlatform, ref.key, v, ref.ns.searched(), p.describeAll(exact)),
				})
			}
			return
		}
		if !ref.ns.sure {
			return
		}
	}
	if !p.enabledIn(UnknownCode) {
		return
	}
	hint := ""
	if s, e := p.suggest(ref.ns, v, ref.key == "err_type"); e != nil {
		hint = p.msg(msgDidYouMean, s, p.describe(e))
	}
	p.report(analysis.Diagnostic{
		Pos: e.Pos(), End: e.End(), Category: UnknownCode,
		Message: p.msg(msgUnknown, ref.key, v, ref.ns.searched(), hint),
	})
}

// exactEntries returns the entries that are not ranges; es itself
// when all are, to spare an allocation.
func exactEntries(es []*catalog.Entry) []*catalog.Entry {
	n := 0
	for _, e := range es {
		if !e.IsRange() {
			n++
		}
	}
	if n == len(es) {
		return es
	}
	out := make([]*catalog.Entry, 0, n)
	for _, e := range es {
		if !e.IsRange() {
			out = append(out, e)
		}
	}
	return out
}

// describe says what e is: "qq.X: meaning; action".
func (p *checker) describe(e *catalog.Entry) string {
	name := p.constName(e)
	if name == "" {
		name = e.Namespace + " " + strconv.FormatInt(e.Code, 10)
		if e.IsRange() {
			name += ".." + strconv.FormatInt(e.Hi, 10)
		}
	}
	return name + ": " + e.Description(p.lang) + "; " + p.action(e.Action.String())
}

// describeAll describes up to three entries.
func (p *checker) describeAll(es []*catalog.Entry) string {
	var b strings.Builder
	for i, e := range es {
		if i == 3 {
			b.WriteString(p.msg(msgMore, len(es)-3))
			break
		}
		if i > 0 {
			b.WriteString(" | ")
		}
		b.WriteString(e.Namespace + " (" + p.describe(e) + ")")
	}
	return b.String()
}

// constName returns the constant a user writes for e: the team constant
// for a team code, the catalog constant otherwise ("" when none).
func (p *checker) constName(e *catalog.Entry) string {
	if t := p.teamConst(e); t != nil {
		return t.PkgName + "." + t.Name
	}
	return e.Const()
}

// teamConst returns the team constant that declared e, or nil.
func (p *checker) teamConst(e *catalog.Entry) *teamCode {
	if e.Name != "" || len(p.team) == 0 {
		return nil
	}
	for i := range p.team {
		if t := &p.team[i]; t.Namespace == e.Namespace && t.Code == e.Code {
			return t
		}
	}
	return nil
}

// suggest returns the code that v is most likely a typo of (sign
// dropped, a digit missing, a digit doubled, two adjacent digits
// swapped), searched in the field's namespaces, then (unless the field
// is a closed enumeration) in all.
func (p *checker) suggest(ns *nsSet, v int64, closed bool) (int64, *catalog.Entry) {
	cands := typoCandidates(v)
	for _, c := range cands {
		if es := exactEntries(p.lookup(ns, c)); len(es) > 0 {
			return c, es[0]
		}
	}
	if !ns.platform || closed {
		return 0, nil
	}
	for _, c := range cands {
		if es := exactEntries(p.cat.Find(c)); len(es) > 0 {
			return c, es[0]
		}
	}
	return 0, nil
}

// typoCandidates lists the codes v may be a typo of, most likely first.
func typoCandidates(v int64) []int64 {
	neg := v < 0
	digits := strconv.FormatInt(v, 10)
	if neg {
		digits = digits[1:]
	}
	var out []int64
	add := func(s string) {
		if s == "" || (len(s) > 1 && s[0] == '0') {
			return
		}
		n, err := strconv.ParseInt(s, 10, 64)
		if err != nil || n == 0 {
			return
		}
		if neg {
			n = -n
		}
		for _, x := range out {
			if x == n {
				return
			}
		}
		if n != v {
			out = append(out, n)
		}
	}
	out = append(out, -v)
	// A doubled digit: drop one of the two.
	for i := 1; i < len(digits); i++ {
		if digits[i] == digits[i-1] {
			add(digits[:i] + digits[i:][1:])
		}
	}
	// Two adjacent digits swapped.
	for i := 1; i < len(digits); i++ {
		if digits[i] != digits[i-1] {
			b := []byte(digits)
			b[i], b[i-1] = b[i-1], b[i]
			add(string(b))
		}
	}
	// A digit missing: insert one, first where it doubles a neighbour
	// (runs of a digit are where one gets lost: 4201 for 42001).
	for _, runs := range []bool{true, false} {
		for i := 0; i <= len(digits); i++ {
			for d := byte('0'); d <= '9'; d++ {
				run := (i > 0 && digits[i-1] == d) || (i < len(digits) && digits[i] == d)
				if run == runs {
					add(digits[:i] + string(d) + digits[i:])
				}
			}
		}
	}
	return out
}
