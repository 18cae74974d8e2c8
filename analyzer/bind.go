package analyzer

import (
	"go/ast"
	"go/token"
	"go/types"
	"strings"

	"github.com/msdklint/msdklint/catalog"
)

// An nsSet is the namespaces of a code field.
type nsSet struct {
	ids   []catalog.NSID
	names []string // as bound or inferred (namespaces or platforms); nil for all
	sure  bool     // an explicit binding, or err_type
	// platform tells that the set is at most a few platforms (a binding
	// or an inference), not the union of all namespaces.
	platform bool
}

// searched names the set in messages.
func (s *nsSet) searched() string {
	if s.names == nil {
		return "all namespaces"
	}
	return strings.Join(s.names, ",")
}

// resolve finds the namespaces of field v reached from recv through
// index. The first of these decides:
//  1. an err_type key: msdk.errtype;
//  2. the field's msdk:"NS" tag;
//  3. for each named struct type on the path, outermost first: a -bind
//     of its field, a -bind of the type, its //msdklint:platform directive;
//  4. inference (type, package and sibling names), unless the field is
//     untagged in a struct without a message field;
//
// It returns nil when v is not a code field after all.
func (p *checker) resolve(recv types.Type, index []int, v *types.Var, kind fieldKind) *nsSet {
	if kind.key == "err_type" {
		return p.bound([]string{"msdk.errtype"})
	}
	if kind.tag != "" {
		return p.bound(splitList(kind.tag))
	}
	named := pathTypes(recv, index)
	for _, n := range named {
		obj := n.Obj()
		if obj.Pkg() == nil {
			continue
		}
		base := obj.Pkg().Path() + "." + obj.Name()
		if nss, ok := p.binds[base+"."+v.Name()]; ok {
			return p.bound(nss)
		}
		if nss, ok := p.binds[base]; ok {
			return p.bound(nss)
		}
		if nss := p.typeBinding(obj); nss != nil {
			return p.bound(nss)
		}
	}
	if kind.weak {
		return nil
	}
	var names []string
	var pkgPath string
	for _, n := range named {
		names = append(names, n.Obj().Name())
		if pkgPath == "" && n.Obj().Pkg() != nil {
			pkgPath = n.Obj().Pkg().Path()
		}
	}
	if pkgPath == "" && v.Pkg() != nil {
		pkgPath = v.Pkg().Path()
	}
	plats, foreign := infer(kind.key, names, pkgPath, siblingKeys(recv, index))
	if foreign {
		return nil
	}
	if len(plats) == 0 {
		return p.union()
	}
	s := &nsSet{names: plats, platform: true}
	for _, pl := range plats {
		ids, _ := p.cat.Expand(pl)
		s.ids = append(s.ids, ids...)
	}
	return s
}

// bound returns the sure set of the namespaces nss; unknown names are
// left out (they are reported where the binding is written).
func (p *checker) bound(nss []string) *nsSet {
	s := &nsSet{sure: true, platform: true}
	for _, ns := range nss {
		ids, ok := p.cat.Expand(ns)
		if !ok {
			continue
		}
		s.names = append(s.names, ns)
		s.ids = append(s.ids, ids...)
	}
	if len(s.ids) == 0 {
		return p.union()
	}
	return s
}

// union is the set of every namespace, used when nothing is known.
func (p *checker) union() *nsSet {
	s := &nsSet{}
	for _, ns := range p.cat.Namespaces() {
		s.ids = append(s.ids, ns.ID)
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

// typeBinding returns the //msdklint:platform namespaces of the struct
// type obj: from the syntax for this package, from a fact or from the
// declaring file for another one.
func (p *checker) typeBinding(obj *types.TypeName) []string {
	if obj.Pkg() == p.pass.Pkg {
		if d := p.typeDirs[obj]; d != nil {
			return d.nss
		}
		return nil
	}
	if p.facts {
		var f bindingFact
		if p.pass.ImportObjectFact(obj, &f) {
			return f.Namespaces
		}
		return nil
	}
	if !obj.Pos().IsValid() {
		return nil
	}
	return p.foreignBindings(p.pass.Fset.Position(obj.Pos()).Filename)[obj.Name()]
}

// foreignBindings returns (once per Analyzer) the //msdklint:platform
// namespaces of the struct types declared in the file named fn, by type
// name.
func (s *state) foreignBindings(fn string) map[string][]string {
	return s.srcs.get(fn, func() map[string][]string {
		_, f := parseIfMentions(fn, directivePrefix+"platform")
		if f == nil {
			return nil
		}
		var out map[string][]string
		for _, d := range f.Decls {
			gd, ok := d.(*ast.GenDecl)
			if !ok || gd.Tok != token.TYPE {
				continue
			}
			for _, sp := range gd.Specs {
				ts := sp.(*ast.TypeSpec)
				if args, c := directiveArgs(typeDoc(gd, ts), "platform"); c != nil {
					if out == nil {
						out = map[string][]string{}
					}
					out[ts.Name.Name] = splitList(args)
				}
			}
		}
		return out
	})
}
