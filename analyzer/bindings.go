package analyzer

import (
	"go/ast"
	"go/token"
	"go/types"
	"os"
	"path/filepath"
	"strings"
)

// typeBinding returns the //msdklint:platform namespaces of the struct
// type obj: from the syntax for this package, from a fact or from the
// declaring package's files for another one.
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
	return p.foreignDirectives(obj.Pkg(), obj.Pos()).types[obj.Name()]
}

// packageBinding returns the namespaces that bind every code field of
// pkg's struct types (-bind importpath=NS, or //msdklint:platform in
// the package doc), and the evidence.
func (p *checker) packageBinding(pkg *types.Package) ([]string, string) {
	if nss, ok := p.binds[pkg.Path()]; ok {
		return nss, "-bind " + pkg.Path()
	}
	var nss []string
	switch {
	case pkg == p.pass.Pkg:
		if p.pkgDir != nil {
			nss = p.pkgDir.nss
		}
	case p.facts:
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
func (p *checker) foreignDirectives(pkg *types.Package, pos token.Pos) *pkgDirectives {
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
		fn := p.pass.Fset.Position(pos).Filename
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
			_, f := parseIfMentions(filepath.Join(dir, name), directivePrefix+"platform")
			if f == nil || f.Name.Name != pkg.Name() {
				continue
			}
			if args, c := directiveArgs(f.Doc, "platform"); c != nil {
				out.pkg = splitList(args)
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
						out.types[ts.Name.Name] = splitList(args)
					}
				}
			}
		}
		return out
	})
}
