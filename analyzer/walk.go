package analyzer

import (
	"go/ast"
	"go/constant"
	"go/token"
	"go/types"
	"slices"
	"strconv"

	"golang.org/x/tools/go/analysis"

	"github.com/msdklint/msdklint/analyzer/internal/reads"
)

// run is the analyzer's Run function.
func (s *state) run(pass *analysis.Pass) (any, error) {
	if pass.Pkg == nil || pass.TypesInfo == nil {
		return &Result{}, nil // nothing to check without types
	}
	p := newPass(s, pass)
	p.ev.ExportFacts()
	// A plain walk rather than the inspect pass: the inspector's event
	// lists would outlive the pass in whole-program drivers, 20% more
	// memory than a do-nothing analyzer on the standard library.
	visit := func(n ast.Node) bool {
		switch n := n.(type) {
		case *ast.BinaryExpr:
			if n.Op == token.LOR || n.Op == token.LAND {
				p.chain(n)
			}
			p.binary(n)
		case *ast.SwitchStmt:
			p.switchStmt(n)
		case *ast.IfStmt:
			p.ifStmt(n)
		case *ast.AssignStmt:
			p.rd.Define(n)
		case *ast.ValueSpec:
			p.rd.Define(n)
		case *ast.GenDecl:
			return n.Tok == token.VAR
		case *ast.FuncType, *ast.Ident, *ast.BasicLit, *ast.StructType, *ast.InterfaceType, *ast.CommentGroup:
			return false
		}
		return true
	}
	if p.rd.ReadsChecked() || p.rd.MayReadCodes() {
		for _, f := range pass.Files {
			if p.beginFile(f) {
				ast.Inspect(f, visit)
			}
		}
	}
	p.reportReauth()
	p.releasePending()
	p.reportProblems(p.rd.Problems())
	p.deadCodeFields()
	p.reportUnusedIgnores()
	p.flush()
	return &Result{Fields: p.result()}, nil
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
		if _, ok := ast.Unparen(x).(*ast.Ident); ok && !p.rd.MayReadNames() {
			continue // a name is a code operand only as a local from a code field or a helper's parameter
		}
		v, ok := p.intConst(c)
		if !ok {
			continue
		}
		if ref, ok := p.rd.Operand(x); ok {
			p.checkValue(ref, c, v)
			return
		}
	}
}

// A comparison is x op v, an operand compared with a constant, in a
// chain of || or && or an if / else-if chain.
type comparison struct {
	op token.Token
	x  ast.Expr // the operand
	v  int64
	c  ast.Expr        // the constant
	b  *ast.BinaryExpr // the comparison
}

// leaves appends to out the comparisons of the chain of op whose top is
// e. It runs on every || and && of the packages walked: no strings here.
func (p *checker) leaves(e ast.Expr, op token.Token, out []comparison) []comparison {
	b, ok := ast.Unparen(e).(*ast.BinaryExpr)
	if !ok {
		return out
	}
	switch b.Op {
	case op:
		if p.marking {
			p.markInChain(b)
		}
		return p.leaves(b.Y, op, p.leaves(b.X, op, out))
	case token.EQL, token.NEQ:
		for i := range 2 {
			x, c := b.X, b.Y
			if i == 1 {
				x, c = b.Y, b.X
			}
			if !operandShape(x) || !constShape(c) {
				continue
			}
			if v, ok := p.intConst(c); ok {
				return append(out, comparison{b.Op, x, v, c, b})
			}
		}
	}
	return out
}

// A dup is a comparison that the same condition or an earlier condition
// of the if chain already makes: fixing its literal would write it twice.
type dup struct {
	text  string // the comparison that makes it
	chain bool   // an earlier condition of the if chain (its branch is dead)
}

// markDups notes the literals of later that earlier (or later itself)
// already compares with the same operand, value and operator.
func (p *checker) markDups(earlier, later []comparison, chain bool) {
	for i, a := range later {
		if !isLiteral(a.c) {
			continue
		}
		for j, b := range earlier {
			if (!chain && i == j) || a.op != b.op || a.v != b.v {
				continue
			}
			if types.ExprString(a.x) == types.ExprString(b.x) {
				if p.dupOf == nil {
					p.dupOf = map[ast.Expr]dup{}
				}
				p.dupOf[a.c] = dup{types.ExprString(b.b), chain}
				break
			}
		}
	}
}

// chain notes, in the chain of || (or &&) below n, the literals compared
// with an operand that another comparison of the chain compares with the
// same value and operator: a fix would write that comparison twice
// (r.Ret == qq.X || r.Ret == 100014), which vet then rejects. The inner
// nodes of a chain see part of what the top saw, which marks nothing new.
func (p *checker) chain(n *ast.BinaryExpr) {
	if p.inChain[n] {
		return // the top of its chain saw it: r.Ret == 1 || ... || r.Ret == 3000 is read once, not once per ||
	}
	p.marking = true
	p.cmps = p.leaves(n, n.Op, p.cmps[:0])
	p.marking = false
	if len(p.cmps) > 1 {
		p.markDups(p.cmps, p.cmps, false)
	}
}

// markInChain notes an inner node of a chain whose top chain has read.
func (p *checker) markInChain(b *ast.BinaryExpr) {
	if p.inChain == nil {
		p.inChain = map[*ast.BinaryExpr]bool{}
	}
	p.inChain[b] = true
}

// ifDups notes, in the if / else-if chain whose top is n, the literals
// compared in a condition that an earlier condition already decides: a
// comparison of the top || chain of an earlier condition takes its
// branch whenever the later one would hold.
func (p *checker) ifDups(n *ast.IfStmt) {
	var earlier []comparison
	for s := n; s != nil; s, _ = s.Else.(*ast.IfStmt) {
		cmps := slices.DeleteFunc(p.leaves(s.Cond, token.LOR, nil), func(c comparison) bool { return c.op != token.EQL })
		p.markDups(earlier, cmps, true)
		earlier = append(earlier, cmps...)
	}
}

// switchStmt checks each case value of a switch on a code field, and
// the switch's reauthorization.
func (p *checker) switchStmt(n *ast.SwitchStmt) {
	if n.Tag == nil {
		return
	}
	if n.Init != nil {
		p.rd.Define(n.Init) // visited after the switch itself
	}
	ref, ok := p.rd.Operand(n.Tag)
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
			p.rd.Define(s.Init) // visited after the if itself
		}
	}
	if _, ok := n.Else.(*ast.IfStmt); !ok {
		return // a lone if tests one code; it does not dispatch on it
	}
	p.ifDups(n)
	var ref reads.Ref
	var values []int64
	var field string
	for s := n; s != nil; {
		r, vs, ok := p.condition(s.Cond)
		if !ok {
			return
		}
		if text := types.ExprString(r.X); field == "" {
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
func (p *checker) condition(e ast.Expr) (reads.Ref, []int64, bool) {
	b, ok := ast.Unparen(e).(*ast.BinaryExpr)
	if !ok {
		return reads.Ref{}, nil, false
	}
	if b.Op == token.LOR {
		r1, v1, ok1 := p.condition(b.X)
		r2, v2, ok2 := p.condition(b.Y)
		if !ok1 || !ok2 || types.ExprString(r1.X) != types.ExprString(r2.X) {
			return reads.Ref{}, nil, false
		}
		return r1, append(v1, v2...), true
	}
	if b.Op != token.EQL {
		return reads.Ref{}, nil, false
	}
	x, c := b.X, b.Y
	v, ok := p.constValue(c)
	if !ok {
		x, c = b.Y, b.X
		if v, ok = p.constValue(c); !ok {
			return reads.Ref{}, nil, false
		}
	}
	ref, ok := p.rd.Operand(x)
	if !ok {
		return reads.Ref{}, nil, false
	}
	return ref, []int64{v}, true
}

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
		if lit, ok := x.X.(*ast.BasicLit); ok && x.Op == token.SUB && lit.Kind == token.INT {
			// Parsed with its sign: -9223372036854775808 has no positive
			// int64 to negate.
			v, err := strconv.ParseInt("-"+lit.Value, 0, 64)
			return v, err == nil
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
	case *ast.SelectorExpr, *ast.CallExpr, *ast.Ident, *ast.IndexExpr, *ast.TypeAssertExpr:
		return true
	case *ast.StarExpr:
		return operandShape(e.X)
	case *ast.ParenExpr:
		return operandShape(e.X)
	}
	return false
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
