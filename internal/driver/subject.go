package driver

import (
	"go/ast"
	"go/token"
	"go/types"
	"slices"
	"sort"

	"golang.org/x/tools/go/analysis/checker"

	"github.com/msdklint/msdklint/internal/report"
)

// subjects returns what each diagnostic of act is about, from the
// package's syntax and types rather than from the message: the enclosing
// declaration, the compared field and the code compared with it. The
// baseline keys and the code-quality fingerprints are made of these, so
// that neither -lang nor a reworded catalog changes them.
//
// Each file with diagnostics is walked once, whatever their number: a
// lookup per diagnostic would cost the size of the enclosing block each
// time, quadratic in a generated function of 10,000 comparisons.
func (d *run) subjects(act *checker.Action) []report.Subject {
	out := make([]report.Subject, len(act.Diagnostics))
	pkg := act.Package
	byFile := make(map[*ast.File][]int)
	for i, dg := range act.Diagnostics {
		for _, f := range pkg.Syntax {
			if f.FileStart <= dg.Pos && dg.Pos <= f.FileEnd {
				byFile[f] = append(byFile[f], i)
				break
			}
		}
	}
	for f, idx := range byFile {
		slices.SortFunc(idx, func(a, b int) int { return int(act.Diagnostics[a].Pos - act.Diagnostics[b].Pos) })
		paths := enclosing(f, idx, func(i int) token.Pos { return act.Diagnostics[i].Pos })
		for k, i := range idx {
			s := subjectOf(pkg.TypesInfo, f, paths[k], act.Diagnostics[i].Pos)
			if s.fieldVar != nil && d.cfg.Namespace != nil {
				s.Namespace = d.cfg.Namespace(act.Result, s.fieldVar.Pos())
			}
			out[i] = s.Subject
		}
	}
	return out
}

// enclosing returns, for the positions of idx (sorted), the nodes of f
// that contain each, outermost first, in one walk of f.
func enclosing(f *ast.File, idx []int, pos func(int) token.Pos) [][]ast.Node {
	paths := make([][]ast.Node, len(idx))
	var stack []ast.Node
	j := 0
	// resolve gives the positions before end the current stack: a
	// position is resolved by the innermost node that contains it,
	// when that node is left, or by its parent when it lies between
	// two children.
	resolve := func(end token.Pos) {
		for ; j < len(idx) && pos(idx[j]) < end; j++ {
			paths[j] = slices.Clone(stack)
		}
	}
	ast.Inspect(f, func(n ast.Node) bool {
		if n == nil {
			resolve(stack[len(stack)-1].End())
			stack = stack[:len(stack)-1]
			return true
		}
		resolve(n.Pos())
		stack = append(stack, n)
		return true
	})
	for ; j < len(idx); j++ {
		paths[j] = []ast.Node{f}
	}
	return paths
}

type subject struct {
	report.Subject
	fieldVar *types.Var // the compared field or variable, if known
}

// subjectOf reads the subject of a diagnostic at pos from the nodes that
// contain it, outermost first.
func subjectOf(info *types.Info, f *ast.File, path []ast.Node, pos token.Pos) subject {
	var s subject
	if len(path) < 2 {
		// Outside any declaration: a directive in a doc comment is
		// about the declaration it documents.
		if decl := documented(f, pos); decl != nil {
			path = []ast.Node{f, decl}
		}
	}
	s.Decl = declName(path)
	if info == nil {
		return s
	}
	// The code: the outermost constant expression that starts the
	// innermost node (-4013, not 4013).
	inner := len(path) - 1
	for i := len(path) - 1; i > 0; i-- {
		e, ok := path[i].(ast.Expr)
		if !ok || info.Types[e].Value == nil {
			break
		}
		s.Code = info.Types[e].Value.ExactString()
		inner = i - 1
	}
	// The compared operand, from the node around the code or the
	// statement reported.
	var operand ast.Expr
operands:
	for i := inner; i > 0; i-- {
		switch n := path[i].(type) {
		case *ast.BinaryExpr:
			if isComparison(n.Op) {
				operand = n.X
				if n.X.Pos() <= pos && pos < n.X.End() {
					operand = n.Y
				}
				break operands
			}
		case *ast.CaseClause:
			if i >= 2 {
				if sw, ok := path[i-2].(*ast.SwitchStmt); ok {
					operand = sw.Tag
				}
			}
			break operands
		case *ast.SwitchStmt:
			operand = n.Tag
			break operands
		case *ast.IfStmt:
			if c, ok := ast.Unparen(n.Cond).(*ast.BinaryExpr); ok && isComparison(c.Op) {
				operand = c.X
				if info.Types[c.X].Value != nil {
					operand = c.Y
				}
			}
			break operands
		case *ast.Field:
			// A struct field's tag or declaration.
			if len(n.Names) > 0 {
				// An anonymous struct's field is named alone.
				s.Field = n.Names[0].Name
				if spec := specAt(path); spec != nil {
					s.Field = spec.Name.Name + "." + s.Field
				}
				s.fieldVar, _ = info.Defs[n.Names[0]].(*types.Var)
			}
			break operands
		case ast.Stmt, ast.Decl:
			break operands
		}
	}
	if operand != nil {
		s.Field, s.fieldVar = fieldOf(info, operand)
	}
	return s
}

func isComparison(op token.Token) bool {
	switch op {
	case token.EQL, token.NEQ, token.LSS, token.LEQ, token.GTR, token.GEQ:
		return true
	}
	return false
}

// fieldOf names the field or variable e reads, through parentheses and
// conversions: "Reply.Ret" for a field of a named struct type, "Ret" for
// one of an anonymous struct, "ret" for a variable.
func fieldOf(info *types.Info, e ast.Expr) (string, *types.Var) {
	for {
		e = ast.Unparen(e)
		call, ok := e.(*ast.CallExpr)
		if !ok || len(call.Args) != 1 || !info.Types[call.Fun].IsType() {
			break
		}
		e = call.Args[0]
	}
	switch e := e.(type) {
	case *ast.SelectorExpr:
		sel := info.Selections[e]
		if sel == nil || sel.Kind() != types.FieldVal {
			return "", nil
		}
		v, _ := sel.Obj().(*types.Var)
		recv := sel.Recv()
		if p, ok := recv.(*types.Pointer); ok {
			recv = p.Elem()
		}
		if named, ok := types.Unalias(recv).(*types.Named); ok {
			return named.Obj().Name() + "." + e.Sel.Name, v
		}
		return e.Sel.Name, v
	case *ast.Ident:
		if v, ok := info.Uses[e].(*types.Var); ok {
			return e.Name, v
		}
	}
	return "", nil
}

// declName names the top-level declaration of path: "F", "Type.Method",
// the type or the first variable or constant of the spec.
func declName(path []ast.Node) string {
	if len(path) < 2 {
		return ""
	}
	switch d := path[1].(type) {
	case *ast.FuncDecl:
		if d.Recv != nil && len(d.Recv.List) > 0 {
			if recv := recvName(d.Recv.List[0].Type); recv != "" {
				return recv + "." + d.Name.Name
			}
		}
		return d.Name.Name
	case *ast.GenDecl:
		var spec ast.Spec
		if len(path) > 2 {
			spec, _ = path[2].(ast.Spec)
		} else if len(d.Specs) > 0 {
			spec = d.Specs[0]
		}
		switch spec := spec.(type) {
		case *ast.TypeSpec:
			return spec.Name.Name
		case *ast.ValueSpec:
			return spec.Names[0].Name
		}
	}
	return ""
}

// specAt is the type spec of path, if it is in one.
func specAt(path []ast.Node) *ast.TypeSpec {
	if len(path) > 2 {
		ts, _ := path[2].(*ast.TypeSpec)
		return ts
	}
	return nil
}

// recvName is the type name of a receiver: T of *T, T[K].
func recvName(e ast.Expr) string {
	for {
		switch x := e.(type) {
		case *ast.StarExpr:
			e = x.X
		case *ast.ParenExpr:
			e = x.X
		case *ast.IndexExpr:
			e = x.X
		case *ast.IndexListExpr:
			e = x.X
		case *ast.Ident:
			return x.Name
		default:
			return ""
		}
	}
}

// documented returns the declaration whose doc comment holds pos.
func documented(f *ast.File, pos token.Pos) ast.Decl {
	i := sort.Search(len(f.Decls), func(i int) bool { return f.Decls[i].Pos() > pos })
	if i == len(f.Decls) {
		return nil
	}
	var doc *ast.CommentGroup
	switch d := f.Decls[i].(type) {
	case *ast.FuncDecl:
		doc = d.Doc
	case *ast.GenDecl:
		doc = d.Doc
	}
	if doc != nil && doc.Pos() <= pos && pos < doc.End() {
		return f.Decls[i]
	}
	return nil
}
