// Package reads says what an expression reads: the code field behind a
// selector (promoted, nested, through pointers), a protobuf getter, a
// conversion, a local assigned once or a helper's parameter. It asks
// evidence what that field is, and answers only for checked fields.
package reads

import (
	"go/ast"
	"go/constant"
	"go/token"
	"go/types"
	"strings"

	"golang.org/x/tools/go/analysis"

	"github.com/msdklint/msdklint/analyzer/internal/evidence"
)

// A Reader answers for the expressions of one package.
type Reader struct {
	ev         *evidence.Pass
	pass       *analysis.Pass
	file       *ast.File                    // the current file, where locals and parameters are looked up
	locals     map[*types.Var]*local        // locals defined from a code field
	params     map[*types.Var]*paramBinding // lazily: helpers' integer parameters
	paramsDone bool
	testFiles  map[*types.Func]bool // helpers declared in _test.go files
	problems   []evidence.Problem
}

// New returns the reader of pass's expressions, whose fields ev knows.
func New(ev *evidence.Pass, pass *analysis.Pass) *Reader {
	return &Reader{ev: ev, pass: pass}
}

// SetFile makes f the file whose expressions are read next.
func (p *Reader) SetFile(f *ast.File) { p.file = f }

// Operand returns the checked code field that e reads.
func (p *Reader) Operand(e ast.Expr) (Ref, bool) { return p.codeOperand(e, maxLocalDepth) }

// MayReadNames tells whether a bare name may read a code field: only a
// local defined from one or a helper's parameter does.
func (p *Reader) MayReadNames() bool {
	return len(p.locals) > 0 || !p.paramsDone || len(p.params) > 0
}

// ReadsChecked tells whether the package reads a code field that is
// checked (or wrongly bound) by a selection or a getter: every finding
// of the walk starts at one. Most packages of a monorepo, and a game's
// own protocol left unbound, read none and skip the walk, the costliest
// part of a pass. The fields it resolves are recorded for the Result.
func (p *Reader) ReadsChecked() bool {
	// Every selection is looked at, not only up to the first checked
	// one: the fields recorded must not depend on the map's order.
	found := false
	for _, sel := range p.pass.TypesInfo.Selections {
		var (
			v     *types.Var
			index = sel.Index()
		)
		switch sel.Kind() {
		case types.FieldVal:
			v, _ = sel.Obj().(*types.Var)
		case types.MethodVal:
			name := sel.Obj().Name()
			if !isGetter(name) {
				continue
			}
			var obj types.Object
			obj, index, _ = types.LookupFieldOrMethod(sel.Recv(), true, p.pass.Pkg, name[len("Get"):])
			v, _ = obj.(*types.Var)
			if v != nil && !v.IsField() {
				v = nil
			}
		}
		if v == nil || !evidence.IsInteger(v.Type()) {
			continue
		}
		if _, ns := p.ev.Peek(sel.Recv(), index, v); ns != nil && (ns.Checked || ns.BadBind()) {
			found = true
		}
	}
	return found
}

// Problems returns the bindings found unknown where a field is read.
func (p *Reader) Problems() []evidence.Problem { return p.problems }

// A Ref is an operand that reads a checked code field.
type Ref struct {
	Key   string        // the field's code key
	Field *types.Var    // the field (for a local, the field it was assigned from)
	NS    *evidence.Set // its namespaces
	X     ast.Expr      // the operand, for messages and chains
	Recv  types.Type    // the value the field is selected from (r of r.Ret)
}

// codeOperand returns the checked code field that e reads: a field
// selection, a protobuf-style getter call, a conversion of one
// (int64(r.Ret)), a local variable assigned once from one (ret :=
// resp.Ret, ret2 := ret), or a parameter of a helper every call of which
// passes the same field. depth bounds the chains of locals.
func (p *Reader) codeOperand(e ast.Expr, depth int) (Ref, bool) {
	orig := e
	for {
		switch x := e.(type) {
		case *ast.ParenExpr:
			e = x.X
			continue
		case *ast.StarExpr:
			e = x.X
			continue
		}
		break
	}
	info := p.pass.TypesInfo
	switch x := e.(type) {
	case *ast.SelectorExpr:
		sel := info.Selections[x]
		if sel == nil || sel.Kind() != types.FieldVal {
			return Ref{}, false
		}
		v, _ := sel.Obj().(*types.Var)
		if v == nil || !evidence.IsInteger(v.Type()) {
			return Ref{}, false
		}
		return p.fieldRef(sel.Recv(), sel.Index(), v, orig)
	case *ast.TypeAssertExpr:
		// m["errcode"].(float64): JSON numbers decode as float64.
		if ix, ok := ast.Unparen(x.X).(*ast.IndexExpr); ok && x.Type != nil && isNumber(info.TypeOf(x)) {
			return p.mapRef(ix, orig)
		}
		return Ref{}, false
	case *ast.IndexExpr:
		if evidence.IsInteger(info.TypeOf(x)) {
			return p.mapRef(x, orig)
		}
		return Ref{}, false
	case *ast.CallExpr:
		if r, ok, path := p.pathRef(x, orig); path {
			return r, ok
		}
		if len(x.Args) == 1 {
			// A conversion to an integer type keeps the code.
			if tv, ok := info.Types[x.Fun]; ok && tv.IsType() && evidence.IsInteger(tv.Type) {
				r, ok := p.codeOperand(x.Args[0], depth)
				r.X = orig
				return r, ok
			}
			return Ref{}, false
		}
		fn, ok := x.Fun.(*ast.SelectorExpr)
		if !ok || len(x.Args) != 0 || !isGetter(fn.Sel.Name) {
			return Ref{}, false
		}
		sel := info.Selections[fn]
		if sel == nil || sel.Kind() != types.MethodVal {
			return Ref{}, false
		}
		obj, index, _ := types.LookupFieldOrMethod(sel.Recv(), true, p.pass.Pkg, fn.Sel.Name[len("Get"):])
		v, _ := obj.(*types.Var)
		if v == nil || !v.IsField() || !evidence.IsInteger(v.Type()) {
			return Ref{}, false
		}
		return p.fieldRef(sel.Recv(), index, v, orig)
	case *ast.Ident:
		if depth <= 0 {
			return Ref{}, false
		}
		v, _ := info.Uses[x].(*types.Var)
		if v == nil || v.IsField() || v.Pkg() != p.pass.Pkg || v.Parent() == nil || v.Parent() == p.pass.Pkg.Scope() || !evidence.IsInteger(v.Type()) {
			return Ref{}, false
		}
		val := p.localValue(v)
		if val == nil {
			return p.paramRef(v, orig)
		}
		r, ok := p.codeOperand(val, depth-1)
		r.X = orig
		return r, ok
	}
	return Ref{}, false
}

// mapRef returns the code read m["key"] of a map with string keys.
func (p *Reader) mapRef(ix *ast.IndexExpr, x ast.Expr) (Ref, bool) {
	if m, ok := p.pass.TypesInfo.TypeOf(ix.X).Underlying().(*types.Map); !ok || !isString(m.Key()) {
		return Ref{}, false
	}
	return p.keyRef(ix.Index, x)
}

// pathRef returns the code read of a JSON path, gjson's spelling:
// gjson.Get(body, "errcode").Int(), r.Get("data.ret").Int(). path tells
// whether x has that shape.
func (p *Reader) pathRef(call *ast.CallExpr, x ast.Expr) (r Ref, ok, path bool) {
	fn, isSel := call.Fun.(*ast.SelectorExpr)
	if !isSel || len(call.Args) != 0 || (fn.Sel.Name != "Int" && fn.Sel.Name != "Uint" && fn.Sel.Name != "Float") {
		return Ref{}, false, false
	}
	get, isCall := ast.Unparen(fn.X).(*ast.CallExpr)
	if !isCall || len(get.Args) == 0 {
		return Ref{}, false, false
	}
	if name := calleeIdent(get.Fun); name == nil || (name.Name != "Get" && name.Name != "GetBytes") {
		return Ref{}, false, false
	}
	r, ok = p.keyRef(get.Args[len(get.Args)-1], x)
	return r, ok, true
}

// keyRef returns the code read of the constant key k (a map key or a
// JSON path), read by the operand x.
func (p *Reader) keyRef(k ast.Expr, x ast.Expr) (Ref, bool) {
	tv, ok := p.pass.TypesInfo.Types[k]
	if !ok || tv.Value == nil || tv.Value.Kind() != constant.String {
		return Ref{}, false
	}
	key := evidence.CodeKey(constant.StringVal(tv.Value))
	if key == "" {
		return Ref{}, false
	}
	ns := p.ev.OfRead(key, x.Pos())
	if !ns.Checked {
		return Ref{}, false
	}
	return Ref{Key: key, NS: ns, X: x}, true
}

// isString tells whether t is a string type.
func isString(t types.Type) bool {
	b, ok := t.Underlying().(*types.Basic)
	return ok && b.Info()&types.IsString != 0
}

// isNumber tells whether t is an integer or floating-point type.
func isNumber(t types.Type) bool {
	if t == nil {
		return false
	}
	b, ok := t.Underlying().(*types.Basic)
	return ok && b.Info()&(types.IsInteger|types.IsFloat) != 0
}

// MayReadCodes tells whether the walk may find map or JSON-path reads
// of codes: they are no selections, which ReadsChecked looks at.
func (p *Reader) MayReadCodes() bool { return p.ev.MayReadCodes() }

// isGetter tells whether name is a protobuf-style getter of a code field.
func isGetter(name string) bool {
	rest, ok := strings.CutPrefix(name, "Get")
	return ok && evidence.KeyOfName(rest) != ""
}

// fieldRef resolves the field v reached from recv through the embedding
// path index, read by the operand x; only a checked field is a code
// operand.
func (p *Reader) fieldRef(recv types.Type, index []int, v *types.Var, x ast.Expr) (Ref, bool) {
	kind, ns := p.ev.Of(recv, index, v)
	if ns == nil {
		return Ref{}, false
	}
	if pr, ok := ns.TakeBadBind(x.Pos(), x.End()); ok {
		p.problems = append(p.problems, pr)
	}
	if !ns.Checked {
		return Ref{}, false
	}
	return Ref{Key: kind.Key, Field: v, NS: ns, X: x, Recv: recv}, true
}

// Define records a local defined from what may be a code field
// (x := resp.Ret, var x = resp.GetRet()); localValue confirms it later.
func (p *Reader) Define(n ast.Node) {
	var lhs, rhs []ast.Expr
	switch n := n.(type) {
	case *ast.AssignStmt:
		if n.Tok != token.DEFINE {
			return
		}
		lhs, rhs = n.Lhs, n.Rhs
	case *ast.ValueSpec:
		if len(n.Values) == 0 {
			return
		}
		for _, id := range n.Names {
			lhs = append(lhs, id)
		}
		rhs = n.Values
	default:
		return
	}
	if len(lhs) != len(rhs) {
		return
	}
	for i, r := range rhs {
		switch ast.Unparen(r).(type) {
		case *ast.SelectorExpr, *ast.CallExpr, *ast.StarExpr, *ast.IndexExpr, *ast.TypeAssertExpr:
		case *ast.Ident:
		default:
			continue
		}
		id, ok := lhs[i].(*ast.Ident)
		if !ok {
			continue
		}
		v, _ := p.pass.TypesInfo.Defs[id].(*types.Var)
		if v == nil || !evidence.IsInteger(v.Type()) {
			continue
		}
		if _, ok := p.codeOperand(r, maxLocalDepth-1); !ok {
			continue
		}
		if p.locals == nil {
			p.locals = map[*types.Var]*local{}
		}
		p.locals[v] = &local{value: r}
	}
}

// maxLocalDepth bounds the chains of locals (ret2 := ret := r.Ret).
const maxLocalDepth = 3

// A local is a variable defined from a code field.
type local struct {
	value   ast.Expr
	checked bool // whether once is known
	once    bool // never assigned again nor its address taken
}

// localValue returns the value of the local variable v when it is
// defined from a code field and never assigned again (nor its address
// taken), else nil.
func (p *Reader) localValue(v *types.Var) ast.Expr {
	l := p.locals[v]
	if l == nil {
		return nil
	}
	if !l.checked {
		l.checked = true
		l.once = p.assignedOnce(v)
	}
	if !l.once {
		return nil
	}
	return l.value
}

// assignedOnce tells whether the local v is assigned only where it is
// defined, and its address never taken, in its top-level declaration.
func (p *Reader) assignedOnce(v *types.Var) bool {
	for _, d := range p.file.Decls {
		if d.Pos() <= v.Pos() && v.Pos() < d.End() {
			return p.neverAssigned(v, d)
		}
	}
	return false
}

// neverAssigned tells whether decl never assigns v nor takes its address.
func (p *Reader) neverAssigned(v *types.Var, decl ast.Node) bool {
	info := p.pass.TypesInfo
	is := func(e ast.Expr) bool {
		id, ok := ast.Unparen(e).(*ast.Ident)
		return ok && info.Uses[id] == v
	}
	once := true
	ast.Inspect(decl, func(n ast.Node) bool {
		switch n := n.(type) {
		case *ast.AssignStmt:
			for _, l := range n.Lhs {
				if is(l) {
					once = false
				}
			}
		case *ast.IncDecStmt:
			once = once && !is(n.X)
		case *ast.UnaryExpr:
			once = once && !(n.Op == token.AND && is(n.X))
		case *ast.RangeStmt:
			once = once && !is(n.Key) && (n.Value == nil || !is(n.Value))
		}
		return once
	})
	return once
}
