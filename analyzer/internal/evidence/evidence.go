package evidence

import (
	"go/ast"
	"go/token"
	"go/types"
	"path/filepath"
	"slices"
	"sort"
	"strings"

	"github.com/msdklint/msdklint/catalog"
)

// resolve finds the namespaces of field v (key kind) reached from recv
// through index, climbing the evidence ladder: the first rung that
// applies decides. named are the named types on its path, outermost
// first (for a struct nested anonymously in a named type, that type).
//
//  1. Bound: a binding (see binding), or an err_type key (msdk.errtype)
//     unless the binding is none.
//  2. A generated protobuf message is the game's own: never inferred.
//  3. Named: the types on the path, or the receiver of the method
//     declaring an anonymous or local type, name a platform (unless the
//     game fills and sends the type and never decodes it), or another
//     company (then nothing is checked).
//  4. Named: the type is decoded in a function naming one platform's
//     API host (another company's: nothing is checked).
//  5. Host: the function declaring an anonymous or local type names one
//     platform's API host.
//  6. Another company's host in the declaring package outranks the
//     names of the file and the package.
//  7. Named: the declaring file or package path names a platform.
//  8. Host: the declaring package names one platform's API host.
//  9. Keys: the keys of the field and its siblings (errcode+errmsg ...).
func (p *Pass) resolve(recv types.Type, index []int, named []*types.Named, v *types.Var, kind Kind) *Set {
	nss, evidence := p.binding(named, v, kind)
	switch {
	case len(nss) == 1 && nss[0] == none:
		return p.bound(nss, evidence)
	case kind.Key == "err_type":
		// A closed enumeration of MSDK's, whatever else binds the reply.
		return p.bound([]string{"msdk.errtype"}, "key err_type")
	case nss != nil:
		return p.bound(nss, evidence)
	}
	if kind.Weak {
		return &Set{Rung: Unbound, Evidence: "no message field beside " + kind.Key}
	}
	if t := generatedMessage(recv, index, named); t != "" {
		return &Set{Rung: Unbound, Evidence: "generated protobuf message " + t + " (the game's own)"}
	}
	c := p.around(named, v)
	// own is the type the game sends and never decodes: a name or a
	// host naming a platform is then no evidence. Asked only then.
	var own string
	asked := false
	sent := func() bool {
		if !asked {
			asked, own = true, p.sentByGame(named)
		}
		return own != ""
	}
	if c.near.foreign {
		return &Set{Rung: Named, Evidence: c.near.evidence}
	}
	if len(c.near.plats) > 0 && !sent() {
		return p.inferred(Named, c.near.evidence, c.near.plats, kind.Key)
	}
	if d, t := p.decodedFrom(named); d.Lookalike != "" {
		return &Set{Rung: Named, Evidence: "decoded from " + d.Lookalike + " (" + t + ")"}
	} else if len(d.NSs) > 0 {
		return p.inferred(Named, t+" decoded from "+d.Host, d.NSs, kind.Key)
	}
	if c.fn != nil {
		h := p.funcHostsOf(c.fn)
		if h.Lookalike != "" {
			return &Set{Rung: Host, Evidence: "host " + h.Lookalike + " in " + c.fn.Name.Name}
		}
		if len(h.NSs) > 0 {
			return p.inferred(Host, "host "+h.Host+" in "+c.fn.Name.Name, h.NSs, kind.Key)
		}
	}
	var hosts hostClue
	if c.pkg != nil {
		hosts = p.hostsOf(c.pkg, c.pos)
	}
	if hosts.Lookalike != "" {
		return &Set{Rung: Host, Evidence: "host " + hosts.Lookalike}
	}
	if c.far.foreign {
		return &Set{Rung: Named, Evidence: c.far.evidence}
	}
	if len(c.far.plats) > 0 && !sent() {
		return p.inferred(Named, c.far.evidence, c.far.plats, kind.Key)
	}
	if len(hosts.NSs) > 0 && !sent() {
		return p.inferred(Host, "host "+hosts.Host, hosts.NSs, kind.Key)
	}
	plats, ev := guessByKeys(kind.Key, siblingKeys(recv, index))
	if own != "" {
		ev = strings.TrimPrefix(ev+"; ", "; ") + own + " is sent by the game, never decoded"
	}
	if len(plats) > 0 {
		return p.inferred(Keys, ev, plats, kind.Key)
	}
	if ev == "" {
		ev = "key " + kind.Key
	}
	if Keys < p.MinRung {
		return &Set{Rung: Keys, Evidence: ev, All: true}
	}
	s := p.union()
	s.Rung, s.Evidence, s.Checked = Keys, ev, true
	return s
}

// binding returns the namespaces that bind field v, and the evidence:
// its msdk:"NS" tag; else for each named struct type on the path to it,
// outermost first, a -bind of its field, a -bind of the type, its
// //msdklint:platform directive, then its package's binding; else, for
// an anonymous struct, its package's binding.
func (p *Pass) binding(named []*types.Named, v *types.Var, kind Kind) ([]string, string) {
	if kind.Tag != "" {
		return SplitList(kind.Tag), "tag msdk:\"" + kind.Tag + "\""
	}
	for _, n := range named {
		obj := n.Obj()
		if obj.Pkg() == nil {
			continue
		}
		base := obj.Pkg().Path() + "." + obj.Name()
		if nss, ok := p.Binds[base+"."+v.Name()]; ok {
			return nss, "-bind " + base + "." + v.Name()
		}
		if nss, ok := p.Binds[base]; ok {
			return nss, "-bind " + base
		}
		if nss := p.typeBinding(obj); nss != nil {
			return nss, "//msdklint:platform on " + obj.Name()
		}
		if nss, ev := p.packageBinding(obj.Pkg()); nss != nil {
			return nss, ev
		}
	}
	if len(named) == 0 && v.Pkg() != nil {
		return p.packageBinding(v.Pkg())
	}
	return nil, ""
}

// bound returns the set of a binding to nss; unknown names are left
// out (they are reported where the binding is written).
func (p *Pass) bound(nss []string, evidence string) *Set {
	s := &Set{Rung: Bound, Evidence: evidence, Platform: true, Team: true}
	if len(nss) == 1 && nss[0] == none {
		s.Names = nss
		return s
	}
	def := catalog.Default()
	for _, ns := range nss {
		ids, ok := p.Catalog().Expand(ns)
		if !ok {
			continue
		}
		if _, ok := def.Expand(ns); ok {
			s.Team = false
		}
		s.Names = append(s.Names, ns)
		s.IDs = append(s.IDs, ids...)
	}
	if len(s.IDs) == 0 {
		s.Team = false
		s.Names = nss
		if strings.HasPrefix(evidence, "-bind") {
			// A directive or tag is reported where it is written; a
			// flag has no position but the comparisons.
			s.badBind = evidence
		}
		return s
	}
	s.Checked = true
	return s
}

// inferred returns the set of the namespaces or platforms nss inferred
// at rung r for a field of key key: a platform stands for the
// namespaces its key can hold (MSDK's ret: msdk.access, msdk.logic).
func (p *Pass) inferred(r Rung, evidence string, nss []string, key string) *Set {
	var dropped []string
	if r > Keys {
		nss, dropped = byKey(nss, key)
	}
	if len(nss) == 0 {
		return &Set{Rung: r, Evidence: evidence + "; no namespace of " + strings.Join(dropped, ",") + " has key " + key}
	}
	s := &Set{Names: nss, Rung: r, Evidence: evidence, Platform: true, Checked: r >= p.MinRung}
	if !s.Checked {
		return s // no check reads its codes
	}
	for _, ns := range nss {
		ids, _ := p.Catalog().Expand(ns)
		s.IDs = append(s.IDs, ids...)
	}
	return s
}

// keyNamespaces are the namespaces a platform's replies fill under each
// code key (docs/binding.md, "Endpoints and namespaces"); a platform
// absent from a key's list has no reply with that key.
var keyNamespaces = map[string]map[string][]string{
	// WeChat's own APIs (datacube, publisher, device messages) answer
	// ret with wechat.platform's codes; MSDK's group binding with
	// wechat.group's. lookup prefers the primary where both hold a code.
	"ret":        {"msdk": {"msdk.access", "msdk.logic"}, "qq": {"qq"}, "wechat": {"wechat.platform", "wechat.group"}},
	"errcode":    {"wechat": {"wechat.platform"}},
	"error_code": {"weibo": {"weibo"}},
}

// byKey replaces each platform of nss by the namespaces its key can
// hold; namespaces stay as they are. It returns the platforms dropped
// for want of any.
func byKey(nss []string, key string) (out, dropped []string) {
	for _, ns := range nss {
		if strings.Contains(ns, ".") {
			out = append(out, ns)
			continue
		}
		list, ok := keyNamespaces[key][ns]
		if !ok {
			dropped = append(dropped, ns)
			continue
		}
		for _, n := range list {
			if !slices.Contains(out, n) {
				out = append(out, n)
			}
		}
	}
	return out, dropped
}

// union is the set of every namespace, used when nothing is known.
func (p *Pass) union() *Set {
	s := &Set{All: true}
	for _, ns := range p.Catalog().Namespaces() {
		s.IDs = append(s.IDs, ns.ID)
	}
	return s
}

// pathTypes returns the named struct types on the path to a field,
// outermost first.
func pathTypes(recv types.Type, index []int) []*types.Named {
	var out []*types.Named
	t := recv
	for _, i := range index {
		if n := namedOf(t); n != nil {
			out = append(out, n)
		}
		st := structOf(t)
		if st == nil || i >= st.NumFields() {
			break
		}
		t = st.Field(i).Type()
	}
	return out
}

// A nameFound is what the names of one distance say: the platforms
// named, or another company, with the name that says it.
type nameFound struct {
	plats    []string
	foreign  bool
	evidence string
}

// fieldClues are the places around a field where evidence is read.
type fieldClues struct {
	near nameFound     // the types on the path, the receiver of a local type's method
	far  nameFound     // the declaring file, the package path
	fn   *ast.FuncDecl // the function of this package declaring a local type
	pkg  *types.Package
	pos  token.Pos // where the outermost type (or the field) is declared
}

// lookName reads the name of a kind ("type", "file" ...) into d, unless
// a nearer name already decided it.
func (p *Pass) lookName(d *nameFound, kind, name string) {
	if d.foreign || len(d.plats) > 0 {
		return
	}
	w := p.nameWords(kind, name)
	switch {
	case w.foreign != "":
		d.foreign, d.evidence = true, kind+" "+name+" ("+w.foreign+")"
	case len(w.plats) > 0:
		d.plats, d.evidence = w.plats, kind+" "+name
	}
}

// around reads the names around the field, nearest first: the struct
// types on its path, the receiver of the method that declares an
// anonymous or local type; then the declaring file and the package path
// (with the module path). The nearest name that names anyone decides
// its distance: a QQReply declared in a dingtalk.go file is QQ's; an
// anonymous reply in a method of a DingTalkProvider is DingTalk's
// whatever the package is called.
func (p *Pass) around(path []*types.Named, v *types.Var) fieldClues {
	var c fieldClues
	look := p.lookName
	for _, n := range path {
		look(&c.near, "type", n.Obj().Name())
	}
	c.pos = v.Pos()
	if len(path) > 0 {
		c.pos = path[0].Obj().Pos()
	}
	local := len(path) == 0 || path[0].Obj().Pkg() == nil || path[0].Obj().Parent() != path[0].Obj().Pkg().Scope()
	if local {
		if c.fn = p.funcAt(c.pos); c.fn != nil {
			if recv := receiverName(c.fn); recv != "" {
				look(&c.near, "receiver", recv)
			}
		}
	}
	if c.pos.IsValid() {
		if fn := p.pass.Fset.PositionFor(c.pos, false).Filename; fn != "" {
			look(&c.far, "file", strings.TrimSuffix(filepath.Base(fn), ".go"))
		}
	}
	c.pkg = v.Pkg()
	if len(path) > 0 && path[0].Obj().Pkg() != nil {
		c.pkg = path[0].Obj().Pkg()
	}
	if c.pkg != nil {
		look(&c.far, "package", c.pkg.Path())
	}
	return c
}

// funcAt returns the function declaration of the current package
// holding pos, or nil.
func (p *Pass) funcAt(pos token.Pos) *ast.FuncDecl {
	for _, f := range p.pass.Files {
		if pos < f.FileStart || pos >= f.FileEnd {
			continue
		}
		i := sort.Search(len(f.Decls), func(i int) bool { return f.Decls[i].End() > pos })
		if i < len(f.Decls) {
			if fd, ok := f.Decls[i].(*ast.FuncDecl); ok && fd.Pos() <= pos {
				return fd
			}
		}
	}
	return nil
}

// receiverName returns the name of fd's receiver type, or "".
func receiverName(fd *ast.FuncDecl) string {
	if fd.Recv == nil || len(fd.Recv.List) == 0 {
		return ""
	}
	return typeName(fd.Recv.List[0].Type)
}

// funcHostsOf returns the hosts that the function fd of the current
// package names, in literals or through the package's string constants.
func (p *Pass) funcHostsOf(fd *ast.FuncDecl) hostClue {
	if c, ok := p.funcs[fd]; ok {
		return c
	}
	if !p.constsOK {
		p.constsOK = true
		p.consts = packageStrings(p.pass.Files)
	}
	c := funcHosts(fd, p.consts)
	if p.funcs == nil {
		p.funcs = map[*ast.FuncDecl]hostClue{}
	}
	p.funcs[fd] = c
	return c
}

// hostsOf returns what the API hosts that pkg names say (its string
// literals and package doc).
func (p *Pass) hostsOf(pkg *types.Package, pos token.Pos) hostClue {
	if pkg == p.pass.Pkg {
		return p.hosts()
	}
	return p.summaryOf(pkg, pos).Hosts
}

// typeKeys returns how the summaries of the declaring package and of
// the current one write the named type n.
func (p *Pass) typeKeys(n *types.Named) (decl *summary, own, other string) {
	obj := n.Obj()
	if obj.Pkg() == nil || obj.Parent() != obj.Pkg().Scope() {
		return nil, "", ""
	}
	decl = p.summaryOf(obj.Pkg(), obj.Pos())
	if obj.Pkg() != p.pass.Pkg {
		other = obj.Pkg().Name() + "." + obj.Name()
	}
	return decl, obj.Name(), other
}

// decodedFrom returns the hosts of the functions that decode the
// outermost named type of path, in its package and in this one, and
// the type's name.
func (p *Pass) decodedFrom(path []*types.Named) (hostClue, string) {
	if len(path) == 0 {
		return hostClue{}, ""
	}
	decl, own, other := p.typeKeys(path[0])
	if decl == nil {
		return hostClue{}, ""
	}
	c := decl.Decoded[own]
	if other != "" && p.hosts().Any {
		// Only a package naming some host can decode from one.
		c.merge(p.ownSummary().Decoded[other])
	}
	return c, path[0].Obj().Name()
}

// sentByGame returns the name of the outermost named type of path when
// its package or this one fills and sends it, and neither decodes it:
// the game's own message, whatever its name says; else "".
func (p *Pass) sentByGame(path []*types.Named) string {
	if len(path) == 0 {
		return ""
	}
	decl, own, other := p.typeKeys(path[0])
	if decl == nil {
		return ""
	}
	_, decoded := decl.Decoded[own]
	sent := decl.Sent[own]
	if other != "" {
		s := p.ownSummary()
		_, d := s.Decoded[other]
		decoded = decoded || d
		sent = sent || s.Sent[other]
	}
	if sent && !decoded {
		return path[0].Obj().Name()
	}
	return ""
}

// generatedMessage returns the name of the generated protobuf message
// holding the field (protobuf struct tags, protoimpl state), or "".
func generatedMessage(recv types.Type, index []int, path []*types.Named) string {
	for _, n := range path {
		if st, ok := n.Underlying().(*types.Struct); ok && protobufStruct(st) {
			return n.Obj().Name()
		}
	}
	if st := structOf(recv); st != nil && protobufStruct(st) {
		return "struct"
	}
	return ""
}

// protobufStruct tells whether st is a generated protobuf message.
func protobufStruct(st *types.Struct) bool {
	for i := range st.NumFields() {
		f := st.Field(i)
		if strings.Contains(st.Tag(i), `protobuf:"`) || strings.HasPrefix(f.Name(), "XXX_") {
			return true
		}
		if n := namedOf(f.Type()); n != nil && n.Obj().Pkg() != nil && strings.HasSuffix(n.Obj().Pkg().Path(), "protoimpl") {
			return true
		}
	}
	return false
}

// guessByKeys guesses the platforms of a code field from its key and
// the keys beside it: the weakest evidence, checked only with
// -infer=keys.
func guessByKeys(key string, siblings []string) ([]string, string) {
	switch {
	case key == "errcode" && slices.Contains(siblings, "errmsg"):
		// WeChat spells errcode/errmsg.
		return []string{"wechat"}, "keys errcode+errmsg"
	case key == "error_code" && (slices.Contains(siblings, "error") || slices.Contains(siblings, "error_description")):
		// Weibo pairs error_code with error (and a request path).
		return []string{"weibo"}, "keys error_code+error"
	case key == "ret" && slices.Contains(siblings, "msg"):
		// MSDK and the QQ platform answer ret/msg.
		return []string{"msdk", "qq"}, "keys ret+msg"
	}
	return nil, ""
}
