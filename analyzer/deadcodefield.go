package analyzer

import (
	"cmp"
	"go/ast"
	"go/token"
	"go/types"
	"path/filepath"
	"reflect"
	"slices"
	"strconv"
	"strings"

	"golang.org/x/tools/go/analysis"

	"github.com/msdklint/msdklint/analyzer/internal/evidence"
	"github.com/msdklint/msdklint/catalog"
)

// The dead-code-field check: a field that should receive a platform's
// code but never can. It reads struct declarations, not comparisons, so
// it runs beside the walk, on the fields the package reads and the
// struct types it declares.

var (
	msgDeadKey = message{
		"json key %q is one edit from %q: the field is never decoded, so the comparison at %s is %s",
		"json 键 %q 与 %q 只差一处编辑:该字段永远不会被解码,因此 %s 处的比较%s",
	}
	msgDeadHidden = message{
		`json:"-" keeps %q from the field: it is never decoded, so the comparison at %s is %s`,
		`json:"-" 使字段收不到 %q:该字段永远不会被解码,因此 %s 处的比较%s`,
	}
	msgNeverTrue  = message{"never true", "永远不成立"}
	msgAlwaysTrue = message{"always true", "永远成立"}
	msgDeadString = message{
		"%s sends %s as a JSON number: a string field cannot hold it, so every reply fails to decode",
		"%s 以 JSON 数字发送 %s:string 字段无法容纳,因此每个响应都会解码失败",
	}
	msgDeadQuoted = message{
		"%s sends %s as a JSON number: the ,string option wants it quoted, so every reply fails to decode",
		"%s 以 JSON 数字发送 %s:,string 选项要求带引号的值,因此每个响应都会解码失败",
	}
	msgDeadRange = message{
		"%s sends %s %d (%s): the field's %s cannot hold it, so such a reply fails to decode and the field reads 0",
		"%s 会发送 %s %d(%s):字段类型 %s 无法容纳,因此这样的响应会解码失败,字段读到 0",
	}
)

// A deadKind is why a field never holds the code.
type deadKind int

const (
	deadTypo   deadKind = iota // its json key is one edit from a code key
	deadHidden                 // json:"-" on a field named for a code key
	deadType                   // its Go type cannot hold what the platform sends
)

// A deadField is a candidate of the check.
type deadField struct {
	v     *types.Var
	recv  types.Type
	index []int
	kind  deadKind
	key   string    // the JSON key as written (deadTypo)
	near  []nearKey // the code keys it is one edit from (deadTypo)
	code  string    // the code key the field should receive
	ns    *evidence.Set
	// knownCode: a comparison counts only with a code of ns (the short
	// keys, which are words of their own).
	knownCode bool
	sites     []deadSite
	assigned  bool // the package sets the field itself
}

// A deadSite is a comparison of a candidate with a constant.
type deadSite struct {
	pos   token.Pos
	eq    bool // == or a case; false for !=
	value int64
}

// deadCodeFields runs the check on the package.
func (p *checker) deadCodeFields() {
	if !p.on(DeadCodeField) {
		return
	}
	var (
		fields map[*types.Var]*deadField
		order  []*deadField
	)
	consider := func(recv types.Type, index []int, v *types.Var) {
		if v.Pkg() != p.pass.Pkg || !v.Exported() {
			return
		}
		v = v.Origin()
		if _, done := fields[v]; done {
			return
		}
		d := deadCandidate(recv, index, v)
		if fields == nil {
			fields = map[*types.Var]*deadField{}
		}
		fields[v] = d
		if d != nil {
			order = append(order, d)
		}
	}
	for _, sel := range p.pass.TypesInfo.Selections {
		if sel.Kind() != types.FieldVal {
			continue
		}
		if v, ok := sel.Obj().(*types.Var); ok {
			consider(sel.Recv(), sel.Index(), v)
		}
	}
	// The reply types a package declares for others to read are checked
	// where they are declared; their comparisons elsewhere are not seen,
	// so only the type rules apply to them. The syntax lists them without
	// the sorting of Scope.Names.
	for _, f := range p.pass.Files {
		for _, decl := range f.Decls {
			gd, ok := decl.(*ast.GenDecl)
			if !ok || gd.Tok != token.TYPE {
				continue
			}
			for _, spec := range gd.Specs {
				tn, ok := p.pass.TypesInfo.Defs[spec.(*ast.TypeSpec).Name].(*types.TypeName)
				if !ok || tn.IsAlias() {
					continue
				}
				if st, ok := tn.Type().Underlying().(*types.Struct); ok {
					for i := range st.NumFields() {
						consider(tn.Type(), []int{i}, st.Field(i))
					}
				}
			}
		}
	}
	if len(order) == 0 {
		return
	}
	// Position order: the fields come from a map.
	slices.SortFunc(order, func(a, b *deadField) int { return cmp.Compare(a.v.Pos(), b.v.Pos()) })
	var keyed []*deadField
	for _, d := range order {
		if p.skipDecl(d.v.Pos()) || !p.deadEvidence(d) {
			continue
		}
		if d.kind == deadType {
			p.reportDeadType(d)
			continue
		}
		keyed = append(keyed, d)
	}
	if len(keyed) == 0 {
		return
	}
	p.deadSites(fields)
	for _, d := range keyed {
		p.reportDeadKey(d)
	}
}

// deadCandidate returns the field v of the struct reached from recv
// through index as a candidate, or nil, from its declaration alone. It
// runs on every field selection of the package: the cheap tests of the
// type come first.
func deadCandidate(recv types.Type, index []int, v *types.Var) *deadField {
	t := v.Type()
	if p, ok := t.Underlying().(*types.Pointer); ok {
		t = p.Elem()
	}
	b, ok := t.Underlying().(*types.Basic)
	if !ok {
		return nil
	}
	integer := b.Info()&types.IsInteger != 0
	str := b.Info()&types.IsString != 0
	if !integer && !str {
		return nil
	}
	st, i := evidence.FieldStruct(recv, index)
	if st == nil {
		return nil
	}
	tag := st.Tag(i)
	jsonTag, hasJSON := reflect.StructTag(tag).Lookup("json")
	name, opts, _ := strings.Cut(jsonTag, ",")
	d := deadField{v: v, recv: recv, index: index}
	switch {
	case name == "-" && hasJSON:
		d.kind, d.code = deadHidden, evidence.KeyOfName(v.Name())
		if !integer || d.code == "" || otherCodecs(tag) {
			return nil
		}
	case name != "" && !isCodeKey(name):
		if !integer || !nearLength(name) {
			return nil
		}
		d.kind, d.key, d.near = deadTypo, name, nearKeys(name, codeKeys)
		if len(d.near) == 0 || decodedElsewhere(tag, d.near) {
			return nil
		}
		d.code = d.near[0].key
	default:
		// A code key, or the field's name gives the key: only the type
		// may keep the code out.
		if !isCodeKey(name) && (name != "" || evidence.KeyOfName(v.Name()) == "") {
			return nil
		}
		quoted := slices.Contains(strings.Split(opts, ","), "string")
		if integer && !quoted && b.Info()&types.IsUnsigned == 0 && b.Kind() != types.Int8 && b.Kind() != types.Int16 {
			return nil
		}
		if !hasJSON && otherCodecs(tag) {
			return nil // another encoding's field
		}
		d.kind = deadType
	}
	if _, custom := basicOf(v.Type()); custom || decodesPath(recv, index) {
		return nil
	}
	return &d
}

// codeKeys are the JSON keys of code fields.
var codeKeys = evidence.CodeKeys()

// nearLength tells whether a key of k's length can be one edit from a
// code key: most keys are not, and are let go before nearKeys.
func nearLength(k string) bool {
	n := len(k)
	return (n >= 2 && n <= 4) || (n >= 6 && n <= 11)
}

// isCodeKey tells whether k is a code key but for case.
func isCodeKey(k string) bool {
	for _, c := range codeKeys {
		if strings.EqualFold(k, c) {
			return true
		}
	}
	return false
}

// decodesPath tells whether a struct on the path to the field decodes
// itself: its UnmarshalJSON, not the field's tag, reads the reply.
func decodesPath(recv types.Type, index []int) bool {
	t := recv
	for n, i := range index {
		if decodesItself(t) {
			return true
		}
		st, _ := evidence.FieldStruct(t, []int{i})
		if st == nil || n == len(index)-1 {
			break
		}
		t = st.Field(i).Type()
	}
	return false
}

// tagKeys returns the keys of a struct tag (json, xml ...) in order,
// following reflect.StructTag's conventional syntax.
func tagKeys(tag string) []string {
	var keys []string
	for tag != "" {
		i := 0
		for i < len(tag) && tag[i] == ' ' {
			i++
		}
		tag = tag[i:]
		if tag == "" {
			break
		}
		i = 0
		for i < len(tag) && tag[i] > ' ' && tag[i] != ':' && tag[i] != '"' && tag[i] != 0x7f {
			i++
		}
		if i == 0 || i+1 >= len(tag) || tag[i] != ':' || tag[i+1] != '"' {
			break
		}
		keys = append(keys, tag[:i])
		tag = tag[i+1:]
		i = 1
		for i < len(tag) && tag[i] != '"' {
			if tag[i] == '\\' {
				i++
			}
			i++
		}
		if i >= len(tag) {
			break
		}
		tag = tag[i+1:]
	}
	return keys
}

// otherCodecs tells whether the tag names an encoding other than JSON:
// another decoder may fill the field.
func otherCodecs(tag string) bool {
	for _, k := range tagKeys(tag) {
		if k != "json" && k != "msdk" {
			return true
		}
	}
	return false
}

// decodedElsewhere tells whether another encoding's tag gives the field
// one of the code keys: the json key is then that reply's own.
func decodedElsewhere(tag string, near []nearKey) bool {
	st := reflect.StructTag(tag)
	for _, k := range tagKeys(tag) {
		if k == "json" || k == "msdk" {
			continue
		}
		name, _, _ := strings.Cut(st.Get(k), ",")
		for _, n := range near {
			if strings.EqualFold(name, n.key) {
				return true
			}
		}
	}
	return false
}

// deadEvidence resolves the candidate's namespaces and tells whether
// there is evidence enough to report it: for a key, a message field
// beside it or any rung (a platform's for a key that is also a word);
// for a type, namespaces bound or inferred.
func (p *checker) deadEvidence(d *deadField) bool {
	st, i := evidence.FieldStruct(d.recv, d.index)
	tag := st.Tag(i)
	if d.kind == deadType {
		kind := p.ev.KindOf(d.recv, d.index)
		if kind.Key == "" {
			return false
		}
		d.code = kind.Key
		d.ns = p.ev.AsIf(d.recv, d.index, d.v, kind)
		return d.ns.Checked && d.ns.Platform && !d.ns.All && !d.ns.Silenced()
	}
	// When another field receives the code key, this one is something
	// else: a near key of its own, or a value derived from the code.
	keys := evidence.JSONKeys(st)
	for _, n := range append(d.near, nearKey{key: d.code}) {
		if slices.ContainsFunc(keys, func(k string) bool { return strings.EqualFold(k, n.key) }) {
			return false
		}
	}
	key := d.code
	if d.kind == deadTypo && key == "err_type" {
		key = "" // the key binds msdk.errtype; a key near it does not
	}
	d.ns = p.ev.AsIf(d.recv, d.index, d.v, evidence.Kind{Key: key, Tag: evidence.MsdkTag(tag)})
	if d.ns.Silenced() {
		return false
	}
	platform := d.ns.Checked && d.ns.Rung >= Host
	if d.kind == deadTypo && !slices.ContainsFunc(d.near, func(n nearKey) bool { return !n.platform }) {
		d.knownCode = len(d.code) <= 3
		return platform
	}
	return d.ns.Checked || (p.ev.MinRung < Bound && evidence.HasMessage(d.recv, st))
}

// skipDecl tells whether the declaration at pos is in a file left alone
// (generated).
func (p *checker) skipDecl(pos token.Pos) bool {
	for _, f := range p.pass.Files {
		if f.FileStart <= pos && pos < f.FileEnd {
			return evidence.SkipFile(f, p.ev.Generated)
		}
	}
	return true
}

// deadSites finds the comparisons of the keyed candidates with
// constants, and whether the package sets them itself (an assignment,
// an address taken, a composite literal): a field filled by hand is not
// dead.
func (p *checker) deadSites(fields map[*types.Var]*deadField) {
	info := p.pass.TypesInfo
	fieldOf := func(e ast.Expr) *deadField {
		for {
			switch x := e.(type) {
			case *ast.ParenExpr:
				e = x.X
				continue
			case *ast.StarExpr:
				e = x.X
				continue
			case *ast.CallExpr:
				if tv, ok := info.Types[x.Fun]; ok && tv.IsType() && len(x.Args) == 1 {
					e = x.Args[0]
					continue
				}
			}
			break
		}
		sel, ok := e.(*ast.SelectorExpr)
		if !ok {
			return nil
		}
		s := info.Selections[sel]
		if s == nil || s.Kind() != types.FieldVal {
			return nil
		}
		v, _ := s.Obj().(*types.Var)
		if v == nil {
			return nil
		}
		d := fields[v.Origin()]
		if d == nil || d.kind == deadType {
			return nil
		}
		return d
	}
	set := func(e ast.Expr) {
		if d := fieldOf(e); d != nil {
			d.assigned = true
		}
	}
	for _, f := range p.pass.Files {
		if evidence.SkipFile(f, p.ev.Generated) {
			continue
		}
		ast.Inspect(f, func(n ast.Node) bool {
			switch n := n.(type) {
			case *ast.BinaryExpr:
				if n.Op != token.EQL && n.Op != token.NEQ {
					break
				}
				for _, x := range []ast.Expr{n.X, n.Y} {
					c := n.Y
					if x == n.Y {
						c = n.X
					}
					if d := fieldOf(x); d != nil {
						if v, ok := p.constValue(c); ok {
							d.sites = append(d.sites, deadSite{n.OpPos, n.Op == token.EQL, v})
						}
					}
				}
			case *ast.SwitchStmt:
				if d := fieldOf(n.Tag); n.Tag != nil && d != nil {
					for _, s := range n.Body.List {
						cc, _ := s.(*ast.CaseClause)
						if cc == nil {
							continue
						}
						for _, e := range cc.List {
							if v, ok := p.constValue(e); ok {
								d.sites = append(d.sites, deadSite{e.Pos(), true, v})
							}
						}
					}
				}
			case *ast.AssignStmt:
				for _, l := range n.Lhs {
					set(l)
				}
			case *ast.IncDecStmt:
				set(n.X)
			case *ast.UnaryExpr:
				if n.Op == token.AND {
					set(n.X)
				}
			case *ast.CompositeLit:
				p.deadLiteral(n, fields)
			}
			return true
		})
	}
}

// deadLiteral marks the candidates that the composite literal n sets.
func (p *checker) deadLiteral(n *ast.CompositeLit, fields map[*types.Var]*deadField) {
	tv, ok := p.pass.TypesInfo.Types[n]
	if !ok || tv.Type == nil {
		return
	}
	st, ok := tv.Type.Underlying().(*types.Struct)
	if !ok || len(n.Elts) == 0 {
		return
	}
	if _, keyed := n.Elts[0].(*ast.KeyValueExpr); !keyed {
		for i := range min(st.NumFields(), len(n.Elts)) {
			if d := fields[st.Field(i).Origin()]; d != nil {
				d.assigned = true
			}
		}
		return
	}
	for _, e := range n.Elts {
		kv, ok := e.(*ast.KeyValueExpr)
		if !ok {
			continue
		}
		if id, ok := kv.Key.(*ast.Ident); ok {
			if v, ok := p.pass.TypesInfo.Uses[id].(*types.Var); ok {
				if d := fields[v.Origin()]; d != nil {
					d.assigned = true
				}
			}
		}
	}
}

// reportDeadKey reports a field whose key never receives the code, at
// its declaration, naming a comparison that therefore never sees one.
func (p *checker) reportDeadKey(d *deadField) {
	if d.assigned || len(d.sites) == 0 {
		return
	}
	slices.SortFunc(d.sites, func(a, b deadSite) int { return cmp.Compare(a.pos, b.pos) })
	site := d.sites[0]
	found := false
	for _, s := range d.sites {
		if s.value == 0 {
			continue
		}
		if d.knownCode && len(p.lookup(d.ns, s.value)) == 0 {
			continue
		}
		site, found = s, true
		break
	}
	if d.knownCode && !found {
		return // a word compared with anything but a platform's code
	}
	// The field stays 0: == 0 always holds, == c never.
	truth := p.msg(msgNeverTrue)
	if site.eq == (site.value == 0) {
		truth = p.msg(msgAlwaysTrue)
	}
	pos := p.pass.Fset.PositionFor(site.pos, false)
	at := filepath.Base(pos.Filename) + ":" + strconv.Itoa(pos.Line)
	diag := analysis.Diagnostic{Pos: d.v.Pos(), End: d.v.Pos() + token.Pos(len(d.v.Name())), Category: DeadCodeField}
	if d.kind == deadHidden {
		diag.Message = p.msg(msgDeadHidden, d.code, at, truth)
	} else {
		diag.Message = p.msg(msgDeadKey, d.key, d.code, at, truth)
		if len(d.near) == 1 {
			diag.SuggestedFixes = p.tagKeyFix(d)
		}
	}
	p.report(diag)
}

// tagKeyFix rewrites the misspelt key inside the field's tag; only a
// raw tag literal, whose text is the tag, is rewritten.
func (p *checker) tagKeyFix(d *deadField) []analysis.SuggestedFix {
	var lit *ast.BasicLit
	for _, f := range p.pass.Files {
		if f.FileStart > d.v.Pos() || d.v.Pos() >= f.FileEnd {
			continue
		}
		ast.Inspect(f, func(n ast.Node) bool {
			if lit != nil || n == nil || n.Pos() > d.v.Pos() || n.End() <= d.v.Pos() {
				return false
			}
			if fl, ok := n.(*ast.Field); ok && fl.Tag != nil && slices.ContainsFunc(fl.Names, func(id *ast.Ident) bool { return id.Pos() == d.v.Pos() }) {
				lit = fl.Tag
				return false
			}
			return true
		})
	}
	if lit == nil || !strings.HasPrefix(lit.Value, "`") {
		return nil
	}
	want := `json:"` + d.key
	i := strings.Index(lit.Value, want)
	if i < 0 || strings.Count(lit.Value, want) != 1 {
		return nil
	}
	if rest := lit.Value[i+len(want):]; !strings.HasPrefix(rest, `"`) && !strings.HasPrefix(rest, ",") {
		return nil
	}
	pos := lit.Pos() + token.Pos(i+len(`json:"`))
	return []analysis.SuggestedFix{{
		Message:   p.msg(msgFixReplace, strconv.Quote(d.key), strconv.Quote(d.code)),
		TextEdits: []analysis.TextEdit{{Pos: pos, End: pos + token.Pos(len(d.key)), NewText: []byte(d.code)}},
	}}
}

// reportDeadType reports a field whose Go type cannot hold the code its
// platforms send.
func (p *checker) reportDeadType(d *deadField) {
	st, i := evidence.FieldStruct(d.recv, d.index)
	_, opts, _ := strings.Cut(reflect.StructTag(st.Tag(i)).Get("json"), ",")
	b, _ := basicOf(d.v.Type())
	diag := analysis.Diagnostic{Pos: d.v.Pos(), End: d.v.Pos() + token.Pos(len(d.v.Name())), Category: DeadCodeField}
	switch {
	case b.Info()&types.IsString != 0:
		if !sendsNumber(d.ns.Names, d.code) {
			return
		}
		diag.Message = p.msg(msgDeadString, d.ns.Searched(), d.code)
	case slices.Contains(strings.Split(opts, ","), "string"):
		if !sendsNumber(d.ns.Names, d.code) {
			return
		}
		diag.Message = p.msg(msgDeadQuoted, d.ns.Searched(), d.code)
	default:
		e := p.unheld(d.ns, b)
		if e == nil {
			return
		}
		typ := types.TypeString(d.v.Type(), types.RelativeTo(p.pass.Pkg))
		if typ != b.Name() && typ != "*"+b.Name() {
			typ += " (" + b.Name() + ")" // a named type: say what it holds
		}
		diag.Message = p.msg(msgDeadRange, e.Namespace, d.code, e.Code, p.describe(e), typ)
	}
	p.report(diag)
}

// unheld returns the first code of ns's namespaces, in catalog order,
// that the integer type b cannot hold, or nil. Ranges are left out:
// msdk.logic's open-ended ones reach the int64 limits.
func (p *checker) unheld(ns *evidence.Set, b *types.Basic) *catalog.Entry {
	nss := p.cat().Namespaces()
	var names []string
	for _, id := range ns.IDs {
		if int(id) < len(nss) {
			names = append(names, nss[id].Name)
		}
	}
	for _, e := range p.cat().Entries() {
		if !e.IsRange() && slices.Contains(names, e.Namespace) && !holds(b, e.Code) {
			return e
		}
	}
	return nil
}
