package analyzer

import (
	"go/ast"
	"go/constant"
	"go/token"
	"go/types"
	"slices"
	"strconv"
	"strings"

	"golang.org/x/tools/go/analysis"

	"github.com/msdklint/msdklint/analyzer/internal/reads"
	"github.com/msdklint/msdklint/catalog"
)

// A localConst is a package-level constant of the package that stands
// for a catalog constant: `const tokenExpired = qq.PlatformAccessTokenExpired`.
type localConst struct {
	obj *types.Const
	of  string // the catalog constant, "qq.PlatformAccessTokenExpired"
}

// magic reports the literal e of value v, a known code of the field's
// namespaces (found), with a fix that writes the constant.
//
// The constant is, in order of preference: a constant of the package
// declared as the catalog constant (`const tokenExpired =
// qq.PlatformAccessTokenExpired`: it exists for that purpose), the team
// constant that declared the code, the catalog constant. When the
// field's namespaces give the value different constants the fix is
// left to the user (only for a bound field; an inferred one is silent).
func (p *checker) magic(ref reads.Ref, e ast.Expr, v int64, found []*catalog.Entry) {
	var entry *catalog.Entry
	var names []string
	for _, f := range found {
		name := ""
		if f.Code == v && !f.IsRange() {
			name = p.constName(f)
		}
		if !slices.Contains(names, name) {
			names = append(names, name)
		}
		if entry == nil && name != "" {
			entry = f
		}
	}
	if entry == nil {
		return // a code known only by range or alias: no constant has its value
	}
	if len(names) > 1 {
		if ref.NS.Sure() {
			names = slices.DeleteFunc(names, func(s string) bool { return s == "" })
			p.reportOn(ref.NS, analysis.Diagnostic{
				Pos: e.Pos(), End: e.End(), Category: MagicCode,
				Message: p.msg(msgMagicAmbiguous, ref.Key, v, strings.Join(names, " | ")),
			})
		}
		return
	}
	if d, ok := p.dupOf[e]; ok {
		// The fix would write that comparison twice.
		m := msgMagicDuplicate
		if d.chain {
			m = msgMagicDeadBranch
		}
		p.reportOn(ref.NS, analysis.Diagnostic{
			Pos: e.Pos(), End: e.End(), Category: MagicCode,
			Message: p.msg(m, ref.Key, v, p.constName(entry), types.ExprString(ref.X), d.text),
		})
		return
	}
	d := analysis.Diagnostic{
		Pos: e.Pos(), End: e.End(), Category: MagicCode,
		Message: p.msg(msgMagic, ref.Key, v, p.describe(entry)),
	}
	if text, edits, ok := p.constFor(ref, entry, e.Pos()); ok {
		d.SuggestedFixes = []analysis.SuggestedFix{{
			Message:   p.msg(msgFixReplace, types.ExprString(e), text),
			TextEdits: append([]analysis.TextEdit{{Pos: e.Pos(), End: e.End(), NewText: []byte(text)}}, edits...),
		}}
	}
	p.reportOn(ref.NS, d)
}

// constFor returns the text of the constant for entry at pos, with the
// import it needs, if any.
func (p *checker) constFor(ref reads.Ref, entry *catalog.Entry, pos token.Pos) (string, []analysis.TextEdit, bool) {
	want := p.pass.TypesInfo.TypeOf(ref.X)
	scope := p.pass.Pkg.Scope().Innermost(pos)
	if scope == nil {
		return "", nil, false
	}
	fits := func(c *types.Const) bool {
		if b, ok := c.Type().(*types.Basic); ok && b.Info()&types.IsUntyped != 0 {
			return true
		}
		return want != nil && types.Identical(c.Type(), want)
	}
	if entry.Name != "" {
		for _, lc := range p.localConsts() {
			if lc.of == entry.Const() && fits(lc.obj) {
				if _, obj := scope.LookupParent(lc.obj.Name(), pos); obj == lc.obj {
					return lc.obj.Name(), nil, true
				}
			}
		}
		return p.qualify(scope, pos, entry.ImportPath(), entry.Platform(), entry.Name)
	}
	t := p.ev.TeamConst(entry)
	if t == nil {
		return "", nil, false
	}
	if t.PkgPath == p.pass.Pkg.Path() {
		c, _ := p.pass.Pkg.Scope().Lookup(t.Name).(*types.Const)
		if c == nil || !fits(c) {
			return "", nil, false
		}
		if _, obj := scope.LookupParent(t.Name, pos); obj != c {
			return "", nil, false
		}
		return t.Name, nil, true
	}
	for _, imp := range p.pass.Pkg.Imports() {
		if imp.Path() == t.PkgPath {
			if c, _ := imp.Scope().Lookup(t.Name).(*types.Const); c != nil && fits(c) {
				return p.qualify(scope, pos, t.PkgPath, t.PkgName, t.Name)
			}
		}
	}
	return "", nil, false
}

// qualify returns how the current file names pkgPath's name at pos:
// through its import of pkgPath (respecting its name), or through a new
// import (aliased when pkgName is taken).
func (p *checker) qualify(scope *types.Scope, pos token.Pos, pkgPath, pkgName, name string) (string, []analysis.TextEdit, bool) {
	for _, spec := range p.file.Imports {
		path, err := strconv.Unquote(spec.Path.Value)
		if err != nil || path != pkgPath {
			continue
		}
		local := pkgName
		if spec.Name != nil {
			local = spec.Name.Name
		}
		switch local {
		case "_":
			continue
		case ".":
			if _, obj := scope.LookupParent(name, pos); obj != nil && obj.Pkg() != nil && obj.Pkg().Path() == pkgPath {
				return name, nil, true
			}
			return "", nil, false
		}
		if _, obj := scope.LookupParent(local, pos); obj != nil {
			if pn, ok := obj.(*types.PkgName); ok && pn.Imported().Path() == pkgPath {
				return local + "." + name, nil, true
			}
		}
		return "", nil, false
	}
	for _, local := range []string{pkgName, pkgName + "codes"} {
		if _, obj := scope.LookupParent(local, pos); obj != nil || p.pass.Pkg.Scope().Lookup(local) != nil {
			continue
		}
		spec := strconv.Quote(pkgPath)
		if local != pkgName {
			spec = local + " " + spec
		}
		return local + "." + name, []analysis.TextEdit{p.importEdit(spec)}, true
	}
	return "", nil, false
}

// importEdit adds the import spec to the current file.
func (p *checker) importEdit(spec string) analysis.TextEdit {
	var last *ast.GenDecl
	for _, d := range p.file.Decls {
		if gd, ok := d.(*ast.GenDecl); ok && gd.Tok == token.IMPORT {
			last = gd
		}
	}
	switch {
	case last == nil:
		end := p.file.Name.End()
		return analysis.TextEdit{Pos: end, End: end, NewText: []byte("\n\nimport " + spec)}
	case last.Lparen.IsValid():
		// A closing parenthesis on the line of the last spec (or of the
		// opening one: import ("fmt"), import ()) needs the spec on a line
		// of its own.
		prev := last.Lparen
		if n := len(last.Specs); n > 0 {
			prev = last.Specs[n-1].End()
		}
		if p.tokFile.Line(prev) == p.tokFile.Line(last.Rparen) {
			return analysis.TextEdit{Pos: last.Rparen, End: last.Rparen, NewText: []byte("\n\t" + spec + "\n")}
		}
		return analysis.TextEdit{Pos: last.Rparen, End: last.Rparen, NewText: []byte("\t" + spec + "\n")}
	default:
		end := last.End()
		return analysis.TextEdit{Pos: end, End: end, NewText: []byte("\nimport " + spec)}
	}
}

// localConsts returns the package-level constants declared as a catalog
// constant.
func (p *checker) localConsts() []localConst {
	if p.constsOK {
		return p.consts
	}
	p.constsOK = true
	info := p.pass.TypesInfo
	for _, f := range p.pass.Files {
		for _, d := range f.Decls {
			gd, ok := d.(*ast.GenDecl)
			if !ok || gd.Tok != token.CONST {
				continue
			}
			for _, sp := range gd.Specs {
				vs := sp.(*ast.ValueSpec)
				if len(vs.Values) != len(vs.Names) {
					continue
				}
				for i, id := range vs.Names {
					var ref *ast.Ident
					switch x := ast.Unparen(vs.Values[i]).(type) {
					case *ast.SelectorExpr:
						ref = x.Sel
					case *ast.Ident:
						ref = x
					}
					if ref == nil {
						continue
					}
					of, _ := info.Uses[ref].(*types.Const)
					obj, _ := info.Defs[id].(*types.Const)
					if of == nil || obj == nil || of.Pkg() == nil || !isCatalogPackage(of.Pkg()) || obj.Val().Kind() != constant.Int {
						continue
					}
					// A deprecated name (qq.QQShareDailyLimit) is recorded
					// under the current one, which fixes compare with.
					name := of.Pkg().Name() + "." + of.Name()
					if e, ok := catalog.Default().Resolve(name); ok {
						name = e.Const()
					}
					p.consts = append(p.consts, localConst{obj: obj, of: name})
				}
			}
		}
	}
	return p.consts
}

// isCatalogPackage tells whether pkg is one of the generated constants
// packages, whose import path the catalog owns.
func isCatalogPackage(pkg *types.Package) bool {
	return pkg.Path() == (&catalog.Entry{Namespace: pkg.Name()}).ImportPath()
}
