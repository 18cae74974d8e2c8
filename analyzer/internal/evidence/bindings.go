package evidence

import (
	"fmt"
	"go/ast"
	"go/token"
	"go/types"
	"os"
	"path/filepath"
	"reflect"
	"slices"
	"strconv"
	"strings"

	"github.com/msdklint/msdklint/catalog"
)

// typeBinding returns the //msdklint:platform namespaces of the struct
// type obj: from the syntax for this package, from a fact or from the
// declaring package's files for another one.
func (p *Pass) typeBinding(obj *types.TypeName) []string {
	if obj.Pkg() == p.pass.Pkg {
		if d := p.typeDirs[obj]; d != nil {
			return d.nss
		}
		return nil
	}
	if p.Facts {
		var f bindingFact
		if p.pass.ImportObjectFact(obj, &f) {
			return f.Namespaces
		}
		return nil
	}
	return p.foreignDirectives(obj.Pkg(), obj.Pos()).types[obj.Name()]
}

// packageBinding returns the namespaces that bind every code field of
// pkg's struct types (-bind importpath=NS, or //msdklint:platform in
// the package doc), and the evidence.
func (p *Pass) packageBinding(pkg *types.Package) ([]string, string) {
	if nss, ok := p.Binds[pkg.Path()]; ok {
		return nss, "-bind " + pkg.Path()
	}
	var nss []string
	switch {
	case pkg == p.pass.Pkg:
		if p.pkgDir != nil {
			nss = p.pkgDir.nss
		}
	case p.Facts:
		var f bindingFact
		if p.pass.ImportPackageFact(pkg, &f) {
			nss = f.Namespaces
		}
	default:
		nss = p.foreignDirectives(pkg, token.NoPos).pkg
	}
	if nss == nil {
		return nil, ""
	}
	return nss, "//msdklint:platform in package " + pkg.Name()
}

// pkgDirectives are the bindings declared in a package's files, read
// without facts.
type pkgDirectives struct {
	types map[string][]string // struct type name -> namespaces
	pkg   []string            // the package doc's binding
}

// foreignDirectives returns (once per Analyzer and package) the
// bindings declared in the files of pkg, found beside the file holding
// pos (or any object of pkg's scope).
func (p *Pass) foreignDirectives(pkg *types.Package, pos token.Pos) *pkgDirectives {
	return p.srcs.get(pkg.Path(), func() *pkgDirectives {
		out := &pkgDirectives{}
		if !pos.IsValid() {
			for _, name := range pkg.Scope().Names() {
				if o := pkg.Scope().Lookup(name); o.Pos().IsValid() {
					pos = o.Pos()
					break
				}
			}
		}
		if !pos.IsValid() {
			return out
		}
		fn := p.pass.Fset.PositionFor(pos, false).Filename
		if fn == "" || inGOROOT(fn) {
			return out
		}
		dir := filepath.Dir(fn)
		ents, err := os.ReadDir(dir)
		if err != nil {
			return out
		}
		for _, e := range ents {
			name := e.Name()
			if !e.Type().IsRegular() || !strings.HasSuffix(name, ".go") || strings.HasSuffix(name, "_test.go") {
				continue
			}
			_, f := parseIfMentions(filepath.Join(dir, name), Prefix+"platform")
			if f == nil || f.Name.Name != pkg.Name() {
				continue
			}
			if args, c := directiveArgs(f.Doc, "platform"); c != nil {
				out.pkg = SplitList(args)
			}
			for _, d := range f.Decls {
				gd, ok := d.(*ast.GenDecl)
				if !ok || gd.Tok != token.TYPE {
					continue
				}
				for _, sp := range gd.Specs {
					ts := sp.(*ast.TypeSpec)
					if args, c := directiveArgs(typeDoc(gd, ts), "platform"); c != nil {
						if out.types == nil {
							out.types = map[string][]string{}
						}
						out.types[ts.Name.Name] = SplitList(args)
					}
				}
			}
		}
		return out
	})
}

// ParseBind parses "key=NS[,NS...]", key being importpath.Type.Field,
// importpath.Type or importpath, into the key and the namespaces.
func ParseBind(v string) (key string, nss []string, err error) {
	lhs, rhs, ok := strings.Cut(v, "=")
	lhs = strings.TrimSpace(lhs)
	if !ok || lhs == "" || strings.TrimSpace(rhs) == "" {
		return "", nil, fmt.Errorf("bad binding %q: want importpath.Type.Field=NS, importpath.Type=NS or importpath=NS", v)
	}
	// The key is matched as a string against "pkgpath", "pkgpath.Type"
	// and "pkgpath.Type.Field", so a last path element with dots
	// (gopkg.in/yaml.v3) needs no parsing here.
	if strings.ContainsAny(lhs, " \t\"'`") || strings.HasSuffix(lhs, ".") || strings.HasSuffix(lhs, "/") {
		return "", nil, fmt.Errorf("bad binding %q: %q is not importpath, importpath.Type or importpath.Type.Field", v, lhs)
	}
	slash := strings.LastIndexByte(lhs, '/')
	for _, seg := range strings.Split(lhs[slash+1:], ".")[1:] {
		if !token.IsIdentifier(seg) && !isVersion(seg) {
			return "", nil, fmt.Errorf("bad binding %q: %q is not an identifier", v, seg)
		}
	}
	nss, err = splitNamespaces(rhs, catalog.Default())
	if err != nil {
		return "", nil, fmt.Errorf("bad binding %q: %v", v, err)
	}
	return lhs, nss, nil
}

// isVersion tells whether s is a path element's version suffix (v3 of
// gopkg.in/yaml.v3) or a domain part (com of example.com).
func isVersion(s string) bool {
	return s != "" && strings.Trim(s, "abcdefghijklmnopqrstuvwxyz0123456789-") == ""
}

// splitNamespaces parses "NS[,NS...]": each a namespace or a platform
// of c, a team namespace (platform.part, declared by //msdklint:codes
// and checked where it is used), or none alone.
func splitNamespaces(list string, c *catalog.Catalog) ([]string, error) {
	nss := SplitList(list)
	if len(nss) == 0 {
		return nil, fmt.Errorf("no namespace")
	}
	for _, ns := range nss {
		if ns == none {
			if len(nss) > 1 {
				return nil, fmt.Errorf("%q binds to nothing and takes no other namespace", none)
			}
			continue
		}
		if _, ok := c.Expand(ns); !ok && !teamNamespace(ns) {
			return nil, fmt.Errorf("no namespace or platform %q (a team namespace is platform.part)", ns)
		}
	}
	return nss, nil
}

// teamNamespace tells whether ns can name a team namespace,
// platform.part[.part], as //msdklint:codes wants and the catalog
// spells namespaces: each part a lower-case ASCII letter, then letters,
// digits and _.
func teamNamespace(ns string) bool {
	parts := strings.Split(ns, ".")
	if len(parts) < 2 {
		return false
	}
	for _, s := range parts {
		if s == "" || s[0] < 'a' || s[0] > 'z' || strings.ContainsFunc(s, func(r rune) bool {
			return !('a' <= r && r <= 'z' || '0' <= r && r <= '9' || r == '_')
		}) {
			return false
		}
	}
	return true
}

// badBindings notes the bindings of the package that name no known
// namespace; it runs once the package's catalog is known.
func (p *Pass) badBindings() {
	for _, d := range p.typeDirs {
		if len(d.nss) == 0 {
			p.problem(d.pos, d.pos, EmptyBinding)
			continue
		}
		for _, ns := range d.nss {
			if _, ok := p.Catalog().Expand(ns); !ok && ns != none {
				p.problem(d.pos, d.pos, UnknownNamespace, ns)
			}
		}
	}
	// Field tags msdk:"NS".
	for _, f := range p.pass.Files {
		if p.skipFile(f) {
			continue
		}
		for _, d := range f.Decls {
			gd, ok := d.(*ast.GenDecl)
			if !ok || gd.Tok != token.TYPE {
				continue
			}
			for _, sp := range gd.Specs {
				st, ok := sp.(*ast.TypeSpec).Type.(*ast.StructType)
				if !ok {
					continue
				}
				for _, fld := range st.Fields.List {
					if fld.Tag == nil || !strings.Contains(fld.Tag.Value, `msdk:"`) {
						continue
					}
					raw, _ := strconv.Unquote(fld.Tag.Value)
					tag := reflect.StructTag(raw).Get("msdk")
					nss := SplitList(tag)
					if len(nss) == 0 {
						p.problem(fld.Tag.Pos(), fld.Tag.End(), EmptyBinding)
					}
					for _, ns := range nss {
						if _, ok := p.Catalog().Expand(ns); !ok && ns != none {
							p.problem(fld.Tag.Pos(), fld.Tag.End(), UnknownNamespace, ns)
						}
					}
				}
			}
		}
	}
}

// missingBindTargets notes the -bind (and golangci bindings) keys that
// name a type or field of this package that does not exist: a typo there
// would silently leave the reply unchecked.
func (p *Pass) missingBindTargets() {
	path := p.pass.Pkg.Path()
	var keys []string
	for k := range p.Binds {
		if rest, ok := strings.CutPrefix(k, path+"."); ok && !strings.Contains(rest, "/") {
			keys = append(keys, k)
		}
	}
	if len(keys) == 0 || len(p.pass.Files) == 0 {
		return
	}
	slices.Sort(keys)
	pos := p.pass.Files[0].Package
	for _, k := range keys {
		typeName, field, _ := strings.Cut(strings.TrimPrefix(k, path+"."), ".")
		tn, _ := p.pass.Pkg.Scope().Lookup(typeName).(*types.TypeName)
		if tn == nil {
			p.problem(pos, pos, BindNoType, k, path, typeName)
			continue
		}
		if field == "" {
			continue
		}
		if st := structOf(tn.Type()); st == nil || !hasField(st, p.pass.Pkg, field) {
			p.problem(pos, pos, BindNoField, k, typeName, field)
		}
	}
}

// hasField tells whether st has a field (maybe promoted) called name.
func hasField(st *types.Struct, pkg *types.Package, name string) bool {
	obj, _, _ := types.LookupFieldOrMethod(st, false, pkg, name)
	v, ok := obj.(*types.Var)
	return ok && v.IsField()
}

// none is the namespace that binds a field to nothing: not a platform
// reply.
const none = "none"
