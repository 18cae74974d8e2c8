package evidence

import (
	"go/ast"
	"go/constant"
	"go/token"
	"go/types"
	"path/filepath"
	"slices"
	"strings"

	"golang.org/x/tools/go/analysis"

	"github.com/msdklint/msdklint/catalog"
)

// A TeamCode is a constant of a //msdklint:codes block.
type TeamCode struct {
	Namespace string
	PkgPath   string
	PkgName   string
	Name      string
	Code      int64
	Reauth    bool
	Doc       string
	File      string // base name, for errors
	Line      int
	pos       token.Pos // in the declaring package's pass; not carried by facts
}

// teamCodesFact carries a package's team codes to its importers.
type teamCodesFact struct{ Codes []TeamCode }

func (*teamCodesFact) AFact() {}
func (f *teamCodesFact) String() string {
	return "msdklint:codes " + f.Codes[0].Namespace
}

// scanTeamBlock records the team codes of the const declaration gd of
// this package when it carries a //msdklint:codes directive.
func (p *Pass) scanTeamBlock(f *ast.File, gd *ast.GenDecl) {
	ns, c := directiveArgs(gd.Doc, "codes")
	if c == nil {
		return
	}
	p.placed[c] = true
	for _, sp := range gd.Specs {
		if vs, ok := sp.(*ast.ValueSpec); ok {
			if _, r := directiveArgs(vs.Doc, "reauth"); r != nil {
				p.placed[r] = true
			}
		}
	}
	if !teamNamespace(ns) {
		p.problem(c.Pos(), c.End(), BadCodesNamespace, ns)
		return
	}
	codes := teamBlock(p.pass.Fset, p.pass.Pkg, gd, ns)
	p.team = append(p.team, codes...)
}

// teamBlock returns the integer constants of the codes block gd of pkg.
func teamBlock(fset *token.FileSet, pkg *types.Package, gd *ast.GenDecl, ns string) []TeamCode {
	var out []TeamCode
	for _, sp := range gd.Specs {
		vs, ok := sp.(*ast.ValueSpec)
		if !ok {
			continue
		}
		_, reauth := directiveArgs(vs.Doc, "reauth")
		doc := strings.TrimSpace(vs.Doc.Text())
		if doc == "" {
			doc = strings.TrimSpace(vs.Comment.Text())
		}
		for _, id := range vs.Names {
			obj, _ := pkg.Scope().Lookup(id.Name).(*types.Const)
			if obj == nil || obj.Val().Kind() != constant.Int {
				continue
			}
			v, exact := constant.Int64Val(obj.Val())
			if !exact {
				continue
			}
			posn := fset.Position(id.Pos())
			out = append(out, TeamCode{
				Namespace: ns, PkgPath: pkg.Path(), PkgName: pkg.Name(), Name: id.Name,
				Code: v, Reauth: reauth != nil, Doc: doc, pos: id.Pos(),
				File: filepath.Base(posn.Filename), Line: posn.Line,
			})
		}
	}
	return out
}

// ownTeam returns the team codes declared by the package itself.
func (p *Pass) ownTeam() []TeamCode {
	var own []TeamCode
	for _, t := range p.team {
		if t.PkgPath == p.pass.Pkg.Path() {
			own = append(own, t)
		}
	}
	return own
}

// catalogFor returns the catalog of pass's package: the default one
// extended with its own team codes (own) and those of its dependencies.
// When the team codes do not fit the catalog it returns the default
// catalog, no team codes and the reason.
func (s *State) catalogFor(pass *analysis.Pass, own []TeamCode) (*catalog.Catalog, []TeamCode, error) {
	team := slices.Clone(own)
	if s.Facts {
		for _, pf := range pass.AllPackageFacts() {
			if f, ok := pf.Fact.(*teamCodesFact); ok && pf.Package != pass.Pkg {
				team = append(team, f.Codes...)
			}
		}
	} else {
		for _, imp := range pass.Pkg.Imports() {
			team = append(team, s.transitiveTeam(pass.Fset, imp)...)
		}
	}
	if len(team) == 0 {
		return nil, nil, nil // the built-in catalog, when needed
	}
	team = sortTeam(team)
	var key strings.Builder
	for _, t := range team {
		key.WriteString(t.PkgPath + "." + t.Name + "\n")
	}
	ext := s.catalogs.get(key.String(), func() extended {
		c, err := catalog.Default().Extend(teamEntries(team))
		return extended{c, err}
	})
	if ext.err != nil {
		// Team codes that do not fit the catalog (a code defined twice)
		// are reported in their own package and left out.
		return nil, nil, ext.err
	}
	return ext.cat, team, nil
}

// teamEntries returns the catalog entries of team codes.
func teamEntries(team []TeamCode) []catalog.Entry {
	entries := make([]catalog.Entry, 0, len(team))
	for _, t := range team {
		e := catalog.Entry{
			Namespace: t.Namespace, Code: t.Code, Hi: t.Code,
			Action: catalog.ActionNotifyUser, En: t.Doc, Zh: t.Doc,
			Source: []string{"team " + t.PkgPath}, File: t.File, Line: t.Line,
		}
		if t.Reauth {
			e.Action, e.Reauth = catalog.ActionReauthorize, catalog.ReauthStated
		}
		entries = append(entries, e)
	}
	return entries
}

// An extended catalog is the default one extended with team codes, or
// the error that prevented it.
type extended struct {
	cat *catalog.Catalog
	err error
}

// transitiveTeam returns the team codes of pkg and of the packages it
// imports, directly or not (non-facts mode), memoized per package path.
func (s *State) transitiveTeam(fset *token.FileSet, pkg *types.Package) []TeamCode {
	return s.trans.get(pkg.Path(), func() []TeamCode {
		// Cached slices are shared: build a new one.
		codes := slices.Clone(s.foreignTeam(fset, pkg))
		for _, imp := range pkg.Imports() {
			codes = append(codes, s.transitiveTeam(fset, imp)...)
		}
		if len(codes) > 1 {
			codes = sortTeam(codes)
		}
		return codes
	})
}

// sortTeam sorts team codes by package and name and drops duplicates.
func sortTeam(team []TeamCode) []TeamCode {
	slices.SortFunc(team, func(a, b TeamCode) int {
		return strings.Compare(a.PkgPath+"\x00"+a.Name, b.PkgPath+"\x00"+b.Name)
	})
	return slices.CompactFunc(team, func(a, b TeamCode) bool { return a.PkgPath == b.PkgPath && a.Name == b.Name })
}

// foreignTeam returns the team codes declared by pkg, read from its
// source files (non-facts mode), once per package path.
func (s *State) foreignTeam(fset *token.FileSet, pkg *types.Package) []TeamCode {
	return s.teams.get(pkg.Path(), func() []TeamCode {
		var files []string
		scope := pkg.Scope()
		for _, name := range scope.Names() {
			c, ok := scope.Lookup(name).(*types.Const)
			if !ok || !c.Pos().IsValid() {
				continue
			}
			if fn := fset.Position(c.Pos()).Filename; !slices.Contains(files, fn) {
				files = append(files, fn)
			}
		}
		var codes []TeamCode
		for _, fn := range files {
			lf, f := parseIfMentions(fn, Prefix+"codes")
			if f == nil {
				continue
			}
			for _, d := range f.Decls {
				gd, ok := d.(*ast.GenDecl)
				if !ok || gd.Tok != token.CONST {
					continue
				}
				// A block the declaring package reports as bad is left out,
				// never the others.
				if ns, c := directiveArgs(gd.Doc, "codes"); c != nil && teamNamespace(ns) {
					codes = append(codes, teamBlock(lf, pkg, gd, ns)...)
				}
			}
		}
		return codes
	})
}
