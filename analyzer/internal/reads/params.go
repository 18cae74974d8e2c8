package reads

import (
	"go/ast"
	"go/types"
	"sort"
	"strings"

	"github.com/msdklint/msdklint/analyzer/internal/evidence"
)

// A paramBinding is what a helper's parameter inherits from its call
// sites: the code field that every call passes (nil ref when they
// disagree or pass something else).
type paramBinding struct {
	decl   *ast.FuncDecl
	ref    *Ref
	calls  int
	agreed bool
}

// paramRef returns the code field that the parameter v of a helper of
// this package reads: the one field every call site passes, when v is
// never assigned in the helper (func qqExpired(ret int) bool { return
// ret == -73 } called with r.Ret).
func (p *Reader) paramRef(v *types.Var, x ast.Expr) (Ref, bool) {
	if !p.paramsDone {
		if !p.isParam(v) {
			return Ref{}, false // a range variable, a local from elsewhere: not worth the scan
		}
		p.bindParams()
	}
	b := p.params[v]
	if b == nil || b.ref == nil || !b.agreed || b.calls == 0 {
		return Ref{}, false
	}
	r := *b.ref
	r.X = x
	return r, true
}

// bindParams finds, once per pass, the integer parameters of the
// package's functions and the code fields their call sites pass. A
// function used other than by a call (a func value) has callers no one
// can list: its parameters inherit nothing.
//
// Two kinds of call site neither bind nor unbind, so that a package and
// its test variant (go vet checks only the latter, the standalone driver
// both) give the same findings: a call in a _test.go file, unless the
// helper is declared in one too, and a constant argument (tokenGone(-73)
// asks about a code; it passes no other field).
func (p *Reader) bindParams() {
	p.paramsDone = true
	info := p.pass.TypesInfo
	byFunc := map[*types.Func][]*types.Var{}
	for _, f := range p.pass.Files {
		for _, d := range f.Decls {
			fd, ok := d.(*ast.FuncDecl)
			if !ok || fd.Body == nil {
				continue
			}
			fn, _ := info.Defs[fd.Name].(*types.Func)
			if fn == nil {
				continue
			}
			sig := fn.Signature()
			if sig.Variadic() {
				continue
			}
			var vars []*types.Var
			for i := range sig.Params().Len() {
				v := sig.Params().At(i)
				vars = append(vars, v)
				if evidence.IsInteger(v.Type()) && v.Name() != "" && v.Name() != "_" {
					if p.params == nil {
						p.params = map[*types.Var]*paramBinding{}
					}
					p.params[v] = &paramBinding{decl: fd, agreed: true}
				}
			}
			byFunc[fn] = vars
			if p.isTestFile(f) {
				if p.testFiles == nil {
					p.testFiles = map[*types.Func]bool{}
				}
				p.testFiles[fn] = true
			}
		}
	}
	if len(p.params) == 0 {
		return
	}
	// Uses of a function as a value make its callers unknown.
	escaped := map[*types.Func]bool{}
	defer func(f *ast.File) { p.file = f }(p.file)
	for _, f := range p.pass.Files {
		p.file = f
		inTest := p.isTestFile(f)
		called := map[*ast.Ident]bool{}
		ast.Inspect(f, func(n ast.Node) bool {
			switch n := n.(type) {
			case *ast.CallExpr:
				id := calleeIdent(n.Fun)
				fn, _ := info.Uses[id].(*types.Func)
				vars := byFunc[fn]
				if vars == nil {
					return true
				}
				called[id] = true
				if inTest && !p.testFiles[fn] {
					return true
				}
				for i, arg := range n.Args {
					if i >= len(vars) {
						break
					}
					b := p.params[vars[i]]
					if b == nil || !b.agreed {
						continue
					}
					if tv, ok := info.Types[arg]; ok && tv.Value != nil {
						continue
					}
					b.calls++
					r, ok := p.codeOperand(arg, 0)
					switch {
					case !ok:
						b.agreed = false
					case b.ref == nil:
						b.ref = &r
					case b.ref.Field != r.Field || b.ref.NS != r.NS:
						b.agreed = false
					}
				}
			case *ast.Ident:
				if fn, ok := info.Uses[n].(*types.Func); ok && byFunc[fn] != nil && !called[n] {
					escaped[fn] = true
				}
			}
			return true
		})
	}
	for v, b := range p.params {
		fn, _ := info.Defs[b.decl.Name].(*types.Func)
		if escaped[fn] || (b.agreed && b.ref != nil && !p.neverAssigned(v, b.decl)) {
			b.agreed = false
		}
	}
}

// calleeIdent returns the identifier naming a call's function: f in
// f(x), F in pkg.F(x) or r.F(x).
func calleeIdent(fun ast.Expr) *ast.Ident {
	switch x := ast.Unparen(fun).(type) {
	case *ast.Ident:
		return x
	case *ast.SelectorExpr:
		return x.Sel
	}
	return nil
}

// isTestFile tells whether f is a _test.go file.
func (p *Reader) isTestFile(f *ast.File) bool {
	tf := p.pass.Fset.File(f.FileStart)
	return tf != nil && strings.HasSuffix(tf.Name(), "_test.go")
}

// isParam tells whether v is a parameter of a function declared in the
// current file, without scanning the package.
func (p *Reader) isParam(v *types.Var) bool {
	decls := p.file.Decls
	i := sort.Search(len(decls), func(i int) bool { return decls[i].End() > v.Pos() })
	if i == len(decls) {
		return false
	}
	fd, ok := decls[i].(*ast.FuncDecl)
	return ok && fd.Type.Params != nil && fd.Type.Params.Pos() <= v.Pos() && v.Pos() < fd.Type.Params.End()
}
