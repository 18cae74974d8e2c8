package analyzer

import (
	"go/ast"
	"go/token"
	"go/types"
	"slices"
	"strconv"
	"strings"

	"golang.org/x/tools/go/analysis"

	"github.com/msdklint/msdklint/analyzer/internal/reads"
	"github.com/msdklint/msdklint/catalog"
)

// A reauthCase is a switch or if chain that handles no reauthorization
// code, kept until the end of the pass: whether a team's reauth code can
// arrive on its field depends on every comparison of the package.
type reauthCase struct {
	ref   reads.Ref
	pos   token.Pos
	kw    string
	codes []*catalog.Entry // the reauthorization codes of the field's namespaces
}

// checkReauth notes a switch or if chain (keyword kw at pos) on the code
// field ref that handles the specific codes values but none whose
// handling includes reauthorization, unless a branch earlier in the
// function handles one. Pure refresh-token codes do not count: when the
// refresh fails, the player must still log in again.
func (p *checker) checkReauth(ref reads.Ref, pos token.Pos, kw string, values []int64) {
	if !p.enabledIn(MissingReauth) || !ref.NS.Platform {
		return
	}
	specific := false
	var seen []string // the namespaces of the values handled
	for _, v := range values {
		if v == 0 {
			continue
		}
		specific = true
		for _, e := range p.lookup(ref.NS, v) {
			if e.Reauth != catalog.ReauthNone {
				return
			}
			if !slices.Contains(seen, e.Namespace) {
				seen = append(seen, e.Namespace)
			}
		}
	}
	if !specific {
		return
	}
	var codes []*catalog.Entry
	for _, id := range ref.NS.IDs {
		codes = append(codes, p.cat().ReauthCodes(id)...)
	}
	// An inferred WeChat ret holds wechat.platform's or MSDK's group
	// binding codes: a switch over group codes is the group binding's,
	// and is not asked for the platform's.
	if ref.NS.Rung != Bound && len(seen) > 0 && !slices.ContainsFunc(seen, func(ns string) bool { return ns != "wechat.group" }) {
		codes = slices.DeleteFunc(codes, func(e *catalog.Entry) bool { return e.Namespace != "wechat.group" })
	}
	if len(codes) == 0 || p.handledBefore(ref, pos) {
		return
	}
	p.reauthCases = append(p.reauthCases, reauthCase{ref, pos, kw, codes})
}

// isReauth tells whether v is a code of the field's namespaces whose
// handling includes reauthorization.
func (p *checker) isReauth(ref reads.Ref, v int64) bool {
	for _, e := range p.lookup(ref.NS, v) {
		if e.Reauth != catalog.ReauthNone {
			return true
		}
	}
	return false
}

// noteReauth records that the field of ref is compared with found, the
// entries of a value: a team's reauthorization code compared with a
// field shows that it can arrive there.
func (p *checker) noteReauth(ref reads.Ref, found []*catalog.Entry) {
	for _, e := range found {
		if e.Reauth == catalog.ReauthNone || p.ev.TeamConst(e) == nil {
			continue
		}
		if p.reauthSeen == nil {
			p.reauthSeen = map[*types.Var][]string{}
		}
		if !slices.Contains(p.reauthSeen[ref.Field], e.Namespace) {
			p.reauthSeen[ref.Field] = append(p.reauthSeen[ref.Field], e.Namespace)
		}
	}
}

// reportReauth reports the cases kept whose field can receive one of the
// reauthorization codes: every catalog one; a team's when its constant
// names the field's type (//msdklint:reauth LoginRsp), or, naming none,
// when the package compares the field with a reauthorization code of
// that team namespace somewhere. An item backend that never sees the
// login server's "kicked" is not asked to handle it.
func (p *checker) reportReauth() {
	for _, c := range p.reauthCases {
		var names []string
		for _, e := range c.codes {
			if t := p.ev.TeamConst(e); t != nil {
				if len(t.On) > 0 && !slices.Contains(t.On, recvName(c.ref.Recv)) {
					continue
				}
				if len(t.On) == 0 && !slices.Contains(p.reauthSeen[c.ref.Field], e.Namespace) {
					continue
				}
			}
			name := p.constName(e)
			if name == "" {
				name = e.Namespace + " " + strconv.FormatInt(e.Code, 10)
			}
			names = append(names, name)
		}
		if len(names) == 0 {
			continue
		}
		list := names
		more := ""
		if len(list) > 6 {
			list, more = list[:6], p.msg(msgMore, len(names)-6)
		}
		p.reportOn(c.ref.NS, analysis.Diagnostic{
			Pos: c.pos, End: c.pos + token.Pos(len(c.kw)), Category: MissingReauth,
			Message: p.msg(msgMissingReauth, c.kw, types.ExprString(c.ref.X), strings.Join(list, ", ")+more),
		})
	}
}

// recvName returns the name of the struct type a field is read from.
func recvName(t types.Type) string {
	if t == nil {
		return ""
	}
	if ptr, ok := t.(*types.Pointer); ok {
		t = ptr.Elem()
	}
	if n, ok := types.Unalias(t).(*types.Named); ok {
		return n.Obj().Name()
	}
	return ""
}

// handledBefore tells whether the function holding pos handles a
// reauthorization code of ref's field before pos: an if or switch that
// compares the field with one (if r.Ret == qq.X), or passes the field
// to a helper of the package that does (if tokenGone(r.Ret)).
func (p *checker) handledBefore(ref reads.Ref, pos token.Pos) bool {
	body := p.enclosingBody(pos)
	if body == nil {
		return false
	}
	found := false
	ast.Inspect(body, func(n ast.Node) bool {
		if found || n == nil || n.Pos() >= pos {
			return false
		}
		switch n := n.(type) {
		case *ast.FuncLit:
			return n.Body.Pos() <= pos && pos < n.Body.End() // another function's branches are not this one's
		case *ast.IfStmt:
			found = n.End() <= pos && p.handlesReauth(ref, n.Cond)
		case *ast.SwitchStmt:
			found = n.End() <= pos && n.Tag != nil && p.sameField(ref, n.Tag) && p.casesReauth(ref, n)
		}
		return !found
	})
	return found
}

// enclosingBody returns the body of the innermost function of the
// current file holding pos.
func (p *checker) enclosingBody(pos token.Pos) *ast.BlockStmt {
	var body *ast.BlockStmt
	for _, d := range p.file.Decls {
		if fd, ok := d.(*ast.FuncDecl); ok && fd.Body != nil && fd.Body.Pos() <= pos && pos < fd.Body.End() {
			body = fd.Body
			break
		}
	}
	if body == nil {
		return nil
	}
	ast.Inspect(body, func(n ast.Node) bool {
		if n == nil || pos < n.Pos() || n.End() <= pos {
			return false
		}
		if fl, ok := n.(*ast.FuncLit); ok {
			body = fl.Body
		}
		return true
	})
	return body
}

// sameField tells whether e reads the field of ref: the same field,
// and when both are selections, of the same value (r.Ret, not s.Ret).
func (p *checker) sameField(ref reads.Ref, e ast.Expr) bool {
	r, ok := p.rd.Operand(e)
	if !ok || r.Field != ref.Field {
		return false
	}
	if r.Field == nil {
		// Map or JSON-path reads: the same key of the same value.
		return types.ExprString(r.X) == types.ExprString(ref.X)
	}
	_, sel1 := ast.Unparen(r.X).(*ast.SelectorExpr)
	_, sel2 := ast.Unparen(ref.X).(*ast.SelectorExpr)
	return !sel1 || !sel2 || types.ExprString(r.X) == types.ExprString(ref.X)
}

// handlesReauth tells whether the condition cond compares ref's field
// with a reauthorization code, directly or through a helper.
func (p *checker) handlesReauth(ref reads.Ref, cond ast.Expr) bool {
	found := false
	ast.Inspect(cond, func(n ast.Node) bool {
		if found {
			return false
		}
		switch n := n.(type) {
		case *ast.BinaryExpr:
			if n.Op == token.EQL {
				for _, pair := range [2][2]ast.Expr{{n.X, n.Y}, {n.Y, n.X}} {
					if v, ok := p.constValue(pair[1]); ok && p.isReauth(ref, v) && p.sameField(ref, pair[0]) {
						found = true
					}
				}
			}
		case *ast.CallExpr:
			for i, arg := range n.Args {
				if p.sameField(ref, arg) && p.helperHandles(ref, n.Fun, i) {
					found = true
				}
			}
		case *ast.FuncLit:
			return false
		}
		return !found
	})
	return found
}

// helperHandles tells whether the function fun of this package compares
// its parameter i with a reauthorization code of ref's namespaces.
func (p *checker) helperHandles(ref reads.Ref, fun ast.Expr, i int) bool {
	var id *ast.Ident
	switch f := ast.Unparen(fun).(type) {
	case *ast.Ident:
		id = f
	case *ast.SelectorExpr:
		id = f.Sel
	}
	if id == nil {
		return false
	}
	fn, _ := p.pass.TypesInfo.Uses[id].(*types.Func)
	if fn == nil || fn.Pkg() != p.pass.Pkg || fn.Signature().Params().Len() <= i {
		return false
	}
	param := fn.Signature().Params().At(i)
	decl := p.funcDecl(fn)
	if decl == nil || decl.Body == nil {
		return false
	}
	isParam := func(e ast.Expr) bool {
		x, ok := ast.Unparen(e).(*ast.Ident)
		return ok && p.pass.TypesInfo.Uses[x] == param
	}
	found := false
	ast.Inspect(decl.Body, func(n ast.Node) bool {
		switch n := n.(type) {
		case *ast.BinaryExpr:
			if n.Op == token.EQL {
				for _, pair := range [2][2]ast.Expr{{n.X, n.Y}, {n.Y, n.X}} {
					if v, ok := p.constValue(pair[1]); ok && isParam(pair[0]) && p.isReauth(ref, v) {
						found = true
					}
				}
			}
		case *ast.SwitchStmt:
			found = n.Tag != nil && isParam(n.Tag) && p.casesReauth(ref, n)
		}
		return !found
	})
	return found
}

// funcDecl returns the declaration of fn among the package's files.
func (p *checker) funcDecl(fn *types.Func) *ast.FuncDecl {
	for _, f := range p.pass.Files {
		if fn.Pos() < f.FileStart || fn.Pos() >= f.FileEnd {
			continue
		}
		for _, d := range f.Decls {
			if fd, ok := d.(*ast.FuncDecl); ok && fd.Name.Pos() == fn.Pos() {
				return fd
			}
		}
	}
	return nil
}

// casesReauth tells whether a case of sw is a reauthorization code of
// ref's namespaces.
func (p *checker) casesReauth(ref reads.Ref, sw *ast.SwitchStmt) bool {
	for _, s := range sw.Body.List {
		for _, e := range s.(*ast.CaseClause).List {
			if v, ok := p.constValue(e); ok && p.isReauth(ref, v) {
				return true
			}
		}
	}
	return false
}
