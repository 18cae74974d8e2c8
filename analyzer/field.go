package analyzer

import (
	"go/ast"
	"go/token"
	"go/types"
	"reflect"
	"slices"
	"strings"
)

// The JSON keys of code fields, and the keys of the message fields that
// make an untagged struct look like a platform reply.
var (
	codeKeys = []string{"ret", "errcode", "err_code", "error_code", "err_type"}
	msgKeys  = []string{"msg", "errmsg", "err_msg", "error_msg", "error", "message", "error_description"}
)

// A fieldKind is what keyOf learned about a struct field.
type fieldKind struct {
	key  string // the code key ("ret" ...), "" when the field is no code field
	tag  string // its msdk:"..." tag
	weak bool   // untagged, in a struct without a message field: a code field only when bound
}

// codeRef is a comparison operand that reads a code field.
type codeRef struct {
	key   string
	field *types.Var // the field (for a local, the field it was assigned from)
	ns    *nsSet
	x     ast.Expr // the operand, for messages and chains
}

// isInteger tells whether t, or what it points to, is an integer type.
func isInteger(t types.Type) bool {
	if p, ok := t.Underlying().(*types.Pointer); ok {
		t = p.Elem()
	}
	b, ok := t.Underlying().(*types.Basic)
	return ok && b.Info()&types.IsInteger != 0
}

// codeOperand returns the checked code field that e reads: a field
// selection, a protobuf-style getter call, a conversion of one
// (int64(r.Ret)), a local variable assigned once from one (ret :=
// resp.Ret, ret2 := ret), or a parameter of a helper every call of which
// passes the same field. depth bounds the chains of locals.
func (p *checker) codeOperand(e ast.Expr, depth int) (codeRef, bool) {
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
			return codeRef{}, false
		}
		v, _ := sel.Obj().(*types.Var)
		if v == nil || !isInteger(v.Type()) {
			return codeRef{}, false
		}
		return p.fieldRef(sel.Recv(), sel.Index(), v, orig)
	case *ast.CallExpr:
		if len(x.Args) == 1 {
			// A conversion to an integer type keeps the code.
			if tv, ok := info.Types[x.Fun]; ok && tv.IsType() && isInteger(tv.Type) {
				r, ok := p.codeOperand(x.Args[0], depth)
				r.x = orig
				return r, ok
			}
			return codeRef{}, false
		}
		fn, ok := x.Fun.(*ast.SelectorExpr)
		if !ok || len(x.Args) != 0 || !isGetter(fn.Sel.Name) {
			return codeRef{}, false
		}
		sel := info.Selections[fn]
		if sel == nil || sel.Kind() != types.MethodVal {
			return codeRef{}, false
		}
		obj, index, _ := types.LookupFieldOrMethod(sel.Recv(), true, p.pass.Pkg, fn.Sel.Name[len("Get"):])
		v, _ := obj.(*types.Var)
		if v == nil || !v.IsField() || !isInteger(v.Type()) {
			return codeRef{}, false
		}
		return p.fieldRef(sel.Recv(), index, v, orig)
	case *ast.Ident:
		if depth <= 0 {
			return codeRef{}, false
		}
		v, _ := info.Uses[x].(*types.Var)
		if v == nil || v.IsField() || v.Pkg() != p.pass.Pkg || v.Parent() == nil || v.Parent() == p.pass.Pkg.Scope() || !isInteger(v.Type()) {
			return codeRef{}, false
		}
		val := p.localValue(v)
		if val == nil {
			return p.paramRef(v, orig)
		}
		r, ok := p.codeOperand(val, depth-1)
		r.x = orig
		return r, ok
	}
	return codeRef{}, false
}

// isGetter tells whether name is a protobuf-style getter of a code field.
func isGetter(name string) bool {
	rest, ok := strings.CutPrefix(name, "Get")
	return ok && keyOfName(rest) != ""
}

// keyOfName returns the code key that an untagged field called name
// receives: encoding/json matches keys case-insensitively (Ret <- "ret",
// ErrCode <- "errcode"), and Go spellings drop the underscores of
// snake_case keys (ErrType <- "err_type", ErrorCode <- "error_code").
func keyOfName(name string) string {
	for _, k := range codeKeys {
		if strings.EqualFold(name, k) || (strings.Contains(k, "_") && len(name) == len(k)-strings.Count(k, "_") && strings.EqualFold(name, strings.ReplaceAll(k, "_", ""))) {
			return k
		}
	}
	return ""
}

// structOf returns the struct type of t, *t, or nil.
func structOf(t types.Type) *types.Struct {
	if p, ok := t.Underlying().(*types.Pointer); ok {
		t = p.Elem()
	}
	if tp, ok := t.(*types.TypeParam); ok {
		t = tp.Constraint()
	}
	st, _ := t.Underlying().(*types.Struct)
	return st
}

// namedOf returns the named type of t or *t (its generic origin), or nil.
func namedOf(t types.Type) *types.Named {
	if p, ok := t.(*types.Pointer); ok {
		t = p.Elem()
	}
	n, _ := types.Unalias(t).(*types.Named)
	if n != nil {
		n = n.Origin()
	}
	return n
}

// fieldRef resolves the field v reached from recv through the embedding
// path index, read by the operand x; only a checked field is a code
// operand.
func (p *checker) fieldRef(recv types.Type, index []int, v *types.Var, x ast.Expr) (codeRef, bool) {
	kind, ns := p.fieldInfo(recv, index, v)
	if ns == nil {
		return codeRef{}, false
	}
	if ns.badBind != "" {
		p.badDirective(x.Pos(), x.End(), msgBindUnknown, ns.badBind, strings.Join(ns.names, ","))
		ns.badBind = ""
	}
	if !ns.checked {
		return codeRef{}, false
	}
	return codeRef{key: kind.key, field: v, ns: ns, x: x}, true
}

// fieldInfo returns the kind of field v and its namespaces (nil when it
// is no code field), resolved once per pass and recorded for the Result.
func (p *checker) fieldInfo(recv types.Type, index []int, v *types.Var) (fieldKind, *nsSet) {
	v = v.Origin()
	kind, ok := p.keys[v]
	if !ok {
		kind = p.kindOf(recv, index)
		if p.keys == nil {
			p.keys = map[*types.Var]fieldKind{}
		}
		p.keys[v] = kind
	}
	if kind.key == "" {
		return kind, nil
	}
	var outer *types.TypeName
	if n := namedOf(recv); n != nil {
		outer = n.Obj()
	}
	fk := fieldKey{outer, v}
	ns, ok := p.fields[fk]
	if !ok {
		ns = p.resolve(recv, index, v, kind)
		if p.fields == nil {
			p.fields = map[fieldKey]*nsSet{}
		}
		p.fields[fk] = ns
		// An untagged field with no message beside it is no reply's code
		// (http2's ErrCode): it is not listed, nor counted as unbound.
		if !kind.weak || ns.rung != Unbound {
			p.record(outer, v, kind, ns)
		}
	}
	return kind, ns
}

// kindOf walks the embedding path to the field and reads its tags.
func (p *checker) kindOf(recv types.Type, index []int) fieldKind {
	t := recv
	var st *types.Struct
	for _, i := range index {
		st = structOf(t)
		if st == nil || i >= st.NumFields() {
			return fieldKind{}
		}
		t = st.Field(i).Type()
	}
	if st == nil {
		return fieldKind{}
	}
	i := index[len(index)-1]
	f := st.Field(i)
	k, decided := tagKind(st.Tag(i))
	if decided {
		return k
	}
	if !f.Exported() {
		return fieldKind{}
	}
	k.key = keyOfName(f.Name())
	k.weak = !hasMessageField(st) && !hasMessageField(structOf(recv))
	return k
}

// tagKind reads a field's struct tag: its msdk:"NS" binding and, when
// a json tag names the key (or hides the field), the code key it gives
// (decided). An untagged field is decided by its name.
func tagKind(tag string) (k fieldKind, decided bool) {
	st := reflect.StructTag(tag)
	k.tag = st.Get("msdk")
	name, ok := st.Lookup("json")
	if !ok {
		return k, false
	}
	name, _, _ = strings.Cut(name, ",")
	switch {
	case name == "-":
		return fieldKind{}, true
	case name != "":
		if slices.Contains(codeKeys, name) {
			k.key = name
		}
		return k, true
	}
	return k, false
}

// hasMessageField tells whether st has a field that receives a message
// key: platform replies pair their code with a message.
func hasMessageField(st *types.Struct) bool {
	if st == nil {
		return false
	}
	for i := range st.NumFields() {
		if jsonName(st, i) != "" && isMsgKey(jsonName(st, i)) {
			return true
		}
	}
	return false
}

func isMsgKey(k string) bool {
	for i, m := range msgKeys {
		if strings.EqualFold(k, m) || strings.EqualFold(k, msgKeysJoined[i]) {
			return true
		}
	}
	return false
}

// msgKeysJoined are msgKeys as Go spells them, without underscores
// (ErrMsg for err_msg).
var msgKeysJoined = func() []string {
	out := make([]string, len(msgKeys))
	for i, m := range msgKeys {
		out[i] = strings.ReplaceAll(m, "_", "")
	}
	return out
}()

// jsonName returns the JSON key of field i of st.
func jsonName(st *types.Struct, i int) string {
	f := st.Field(i)
	if name, ok := reflect.StructTag(st.Tag(i)).Lookup("json"); ok {
		name, _, _ = strings.Cut(name, ",")
		if name == "-" {
			return ""
		}
		if name != "" {
			return name
		}
	}
	if !f.Exported() {
		return ""
	}
	return f.Name()
}

// siblingKeys returns the lower-cased JSON keys of the fields of the
// structs on the path to the field.
func siblingKeys(recv types.Type, index []int) []string {
	var keys []string
	t := recv
	for _, i := range index {
		st := structOf(t)
		if st == nil || i >= st.NumFields() {
			break
		}
		for j := range st.NumFields() {
			if n := jsonName(st, j); n != "" {
				keys = append(keys, strings.ToLower(n))
			}
		}
		t = st.Field(i).Type()
	}
	return keys
}

// define records a local defined from what may be a code field
// (x := resp.Ret, var x = resp.GetRet()); localValue confirms it later.
func (p *checker) define(n ast.Node) {
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
		case *ast.SelectorExpr, *ast.CallExpr, *ast.StarExpr:
		case *ast.Ident:
		default:
			continue
		}
		id, ok := lhs[i].(*ast.Ident)
		if !ok {
			continue
		}
		v, _ := p.pass.TypesInfo.Defs[id].(*types.Var)
		if v == nil || !isInteger(v.Type()) {
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
func (p *checker) localValue(v *types.Var) ast.Expr {
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
func (p *checker) assignedOnce(v *types.Var) bool {
	for _, d := range p.file.Decls {
		if d.Pos() <= v.Pos() && v.Pos() < d.End() {
			return p.neverAssigned(v, d)
		}
	}
	return false
}

// neverAssigned tells whether decl never assigns v nor takes its address.
func (p *checker) neverAssigned(v *types.Var, decl ast.Node) bool {
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
