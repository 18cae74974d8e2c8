package evidence

import (
	"go/ast"
	"go/token"
	"go/types"
	"path/filepath"
	"slices"
	"strings"

	"github.com/msdklint/msdklint/catalog"
)

// resolve finds the namespaces of field v (key kind) reached from recv
// through index, climbing the evidence ladder: the first rung that
// applies decides.
//
//  1. Bound: a binding (see binding), or an err_type key (msdk.errtype)
//     unless the binding is none.
//  2. Named: the types, the receiver of the function declaring an
//     anonymous or local type, the declaring file and the package path
//     name a platform, or another company (then nothing is checked).
//  3. Host: the package names exactly one platform's API host.
//  4. Keys: the keys of the field and its siblings (errcode+errmsg ...).
func (p *Pass) resolve(recv types.Type, index []int, v *types.Var, kind Kind) *Set {
	named := pathTypes(recv, index)
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
	if plats, ev, foreign := p.named(named, v); foreign {
		return &Set{Rung: Named, Evidence: ev}
	} else if len(plats) > 0 {
		return p.inferred(Named, ev, plats)
	}
	if nss, ev, foreign := p.hosts(); foreign {
		return &Set{Rung: Host, Evidence: ev}
	} else if len(nss) > 0 {
		return p.inferred(Host, ev, nss)
	}
	if plats, ev := guessByKeys(kind.Key, siblingKeys(recv, index)); len(plats) > 0 {
		return p.inferred(Keys, ev, plats)
	}
	if Keys < p.MinRung {
		return &Set{Rung: Keys, Evidence: "key " + kind.Key, All: true}
	}
	s := p.union()
	s.Rung, s.Evidence, s.Checked = Keys, "key "+kind.Key, true
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
// at rung r.
func (p *Pass) inferred(r Rung, evidence string, nss []string) *Set {
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

// named looks for a platform or another company in the names around the
// field, nearest first: the struct types on its path, the receiver of
// the method that declares an anonymous or local type, the declaring
// file and the package path (with the module path). It returns the
// platforms and the evidence, or foreign when another company is named.
func (p *Pass) named(path []*types.Named, v *types.Var) (plats []string, evidence string, foreign bool) {
	type clue struct{ kind, name string }
	var clues []clue
	for _, n := range path {
		clues = append(clues, clue{"type", n.Obj().Name()})
	}
	declPos := v.Pos()
	if len(path) > 0 {
		declPos = path[0].Obj().Pos()
	}
	local := len(path) == 0 || path[0].Obj().Parent() != path[0].Obj().Pkg().Scope()
	if local {
		if recv := p.receiverAt(declPos); recv != "" {
			clues = append(clues, clue{"receiver", recv})
		}
	}
	if declPos.IsValid() {
		if fn := p.pass.Fset.Position(declPos).Filename; fn != "" {
			clues = append(clues, clue{"file", strings.TrimSuffix(filepath.Base(fn), ".go")})
		}
	}
	pkg := v.Pkg()
	if len(path) > 0 && path[0].Obj().Pkg() != nil {
		pkg = path[0].Obj().Pkg()
	}
	if pkg != nil {
		clues = append(clues, clue{"package", pkg.Path()})
	}
	// The nearest clue that names anyone decides: a QQReply declared in
	// a dingtalk.go file is QQ's; an anonymous reply in a method of a
	// DingTalkProvider is DingTalk's whatever the package is called.
	for _, c := range clues {
		w := p.nameWords(c.name)
		if w.foreign != "" {
			return nil, c.kind + " " + c.name + " (" + w.foreign + ")", true
		}
		if len(w.plats) > 0 {
			return w.plats, c.kind + " " + c.name, false
		}
	}
	return nil, "", false
}

// receiverAt returns the receiver type name of the method of the
// current package declaring pos, or "".
func (p *Pass) receiverAt(pos token.Pos) string {
	for _, f := range p.pass.Files {
		if pos < f.FileStart || pos >= f.FileEnd {
			continue
		}
		for _, d := range f.Decls {
			fd, ok := d.(*ast.FuncDecl)
			if !ok || fd.Recv == nil || len(fd.Recv.List) == 0 || pos < fd.Pos() || pos >= fd.End() {
				continue
			}
			t := fd.Recv.List[0].Type
			for {
				switch x := t.(type) {
				case *ast.StarExpr:
					t = x.X
					continue
				case *ast.IndexExpr:
					t = x.X
					continue
				case *ast.IndexListExpr:
					t = x.X
					continue
				}
				break
			}
			if id, ok := t.(*ast.Ident); ok {
				return id.Name
			}
		}
	}
	return ""
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

// nameWords reads a name once per run: the fields of every package ask
// about the same types, files and package paths.
func (p *Pass) nameWords(name string) nameClue {
	return p.clues.get(name, func() nameClue {
		c := nameClue{foreign: foreignWord(name)}
		if c.foreign == "" {
			c.plats = platformsIn(name)
		}
		return c
	})
}

// hosts returns the namespaces of the one platform whose API hosts the
// package's string literals name, with the evidence; foreign when they
// name another company's host and no platform's. It is computed once
// per pass, only for fields that no binding or name decides.
func (p *Pass) hosts() ([]string, string, bool) {
	if p.hostsOf == nil {
		p.hostsOf = scanHosts(p.pass)
	}
	h := p.hostsOf
	return h.nss, h.evidence, h.foreign
}
