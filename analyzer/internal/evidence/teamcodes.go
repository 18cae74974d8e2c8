package evidence

import (
	"errors"
	"go/ast"
	"go/constant"
	"go/token"
	"go/types"
	"path/filepath"
	"slices"
	"strconv"
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
	// Block is the line of the block's //msdklint:codes directive: the
	// codes of a block are kept or left out together.
	Block int
	// On names the struct types whose code fields can carry the code
	// (//msdklint:reauth LoginRsp,GateRsp); nil leaves it to the
	// comparisons seen.
	On  []string
	pos token.Pos // in the declaring package's pass; not carried by facts
}

// teamCodesFact carries a package's team codes to its importers.
type teamCodesFact struct{ Codes []TeamCode }

func (*teamCodesFact) AFact() {}
func (f *teamCodesFact) String() string {
	return "msdklint:codes " + f.Codes[0].Namespace
}

// A codesBlock is the team codes of one //msdklint:codes block of this
// package, at its directive.
type codesBlock struct {
	dir   token.Pos
	codes []TeamCode
}

// scanTeamBlock records the team codes of the const declaration gd of
// this package when it carries a //msdklint:codes directive.
func (p *Pass) scanTeamBlock(f *ast.File, gd *ast.GenDecl) {
	ns, c := directiveArgs(gd.Doc, "codes")
	if c == nil {
		return
	}
	p.placed[c] = true
	p.duplicates(gd.Doc, "codes", c)
	for _, sp := range gd.Specs {
		if vs, ok := sp.(*ast.ValueSpec); ok {
			if _, r := directiveArgs(vs.Doc, "reauth"); r != nil {
				p.placed[r] = true
				p.duplicates(vs.Doc, "reauth", r)
			}
		}
	}
	if !teamNamespace(ns) {
		p.problem(c.Pos(), c.End(), BadCodesNamespace, ns)
		return
	}
	codes, wide := teamBlock(p.pass.Fset, p.pass.Pkg, gd, ns)
	for _, w := range wide {
		if c, ok := p.pass.Pkg.Scope().Lookup(w.Name).(*types.Const); ok {
			p.problem(w.Pos(), w.End(), TeamCodeRange, w.Name, c.Val().ExactString())
		}
	}
	p.blocks = append(p.blocks, codesBlock{dir: c.Pos(), codes: codes})
}

// duplicates notes the //msdklint:name directives of doc other than
// the one read, first.
func (p *Pass) duplicates(doc *ast.CommentGroup, name string, first *ast.Comment) {
	for _, o := range doc.List {
		if o != first && isDirective(o.Text, name) {
			p.placed[o] = true
			p.problem(o.Pos(), o.End(), Duplicate, name, p.where(first.Pos()))
		}
	}
}

// teamBlock returns the integer constants of the codes block gd of pkg,
// and the names of those whose value no int64 holds (codes are int64
// throughout the catalog).
func teamBlock(fset *token.FileSet, pkg *types.Package, gd *ast.GenDecl, ns string) (out []TeamCode, wide []*ast.Ident) {
	block := fset.PositionFor(gd.Pos(), false).Line
	if gd.Doc != nil {
		if _, c := directiveArgs(gd.Doc, "codes"); c != nil {
			block = fset.PositionFor(c.Pos(), false).Line
		}
	}
	for _, sp := range gd.Specs {
		vs, ok := sp.(*ast.ValueSpec)
		if !ok {
			continue
		}
		on, reauth := directiveArgs(vs.Doc, "reauth")
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
				wide = append(wide, id)
				continue
			}
			posn := fset.PositionFor(id.Pos(), false)
			out = append(out, TeamCode{
				Namespace: ns, PkgPath: pkg.Path(), PkgName: pkg.Name(), Name: id.Name,
				Code: v, Reauth: reauth != nil, On: SplitList(on), Doc: doc, pos: id.Pos(),
				File: filepath.Base(posn.Filename), Line: posn.Line, Block: block,
			})
		}
	}
	return out, wide
}

// fitOwn returns the team codes of the package's blocks that fit the
// catalog; a block that does not (a code twice, a name the catalog
// refuses) is reported at its own line and left out alone.
func (p *Pass) fitOwn() []TeamCode {
	var blocks [][]TeamCode
	for _, b := range p.blocks {
		blocks = append(blocks, b.codes)
	}
	good, bad := p.fit(nil, blocks)
	for _, m := range bad {
		b := p.blocks[m.index]
		pos := b.dir
		var ce *catalog.Error
		if errors.As(m.err, &ce) {
			for _, t := range b.codes {
				if t.File == ce.File && t.Line == ce.Line {
					pos = t.pos
					break
				}
			}
		}
		p.problem(pos, pos, TeamCodes, m.err)
	}
	return good
}

// A misfit is a block of team codes (by its index) that does not fit
// the catalog with the blocks before it.
type misfit struct {
	index int
	err   error
}

// fit returns base and the blocks that fit the catalog with it, block by
// block in order, and the blocks that do not.
func (s *State) fit(base []TeamCode, blocks [][]TeamCode) ([]TeamCode, []misfit) {
	all := slices.Clone(base)
	for _, b := range blocks {
		all = append(all, b...)
	}
	if len(all) == 0 {
		return nil, nil
	}
	if s.extend(all).err == nil {
		return all, nil
	}
	good := slices.Clone(base)
	var bad []misfit
	for i, b := range blocks {
		try := append(slices.Clone(good), b...)
		if err := s.extend(try).err; err != nil {
			bad = append(bad, misfit{i, err})
			continue
		}
		good = try
	}
	return good, bad
}

// extend returns the default catalog extended by team, once per set of
// team codes.
func (s *State) extend(team []TeamCode) extended {
	team = sortTeam(slices.Clone(team))
	var key strings.Builder
	for _, t := range team {
		key.WriteString(t.PkgPath + "." + t.Name + "\n")
	}
	return s.catalogs.get(key.String(), func() extended {
		c, err := catalog.Default().Extend(teamEntries(team))
		return extended{c, err}
	})
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
// extended with its own team codes (own, which fit it) and those of its
// dependencies. A dependency's block that does not fit with the others
// (the same code of a namespace declared by two packages) is left out
// and returned as misfits, with the codes of each.
func (s *State) catalogFor(pass *analysis.Pass, own []TeamCode) (*catalog.Catalog, []TeamCode, []misfit, [][]TeamCode) {
	var foreign []TeamCode
	if s.Facts {
		for _, pf := range pass.AllPackageFacts() {
			if f, ok := pf.Fact.(*teamCodesFact); ok && pf.Package != pass.Pkg {
				foreign = append(foreign, f.Codes...)
			}
		}
	} else {
		for _, imp := range pass.Pkg.Imports() {
			foreign = append(foreign, s.transitiveTeam(pass.Fset, imp)...)
		}
	}
	if len(own)+len(foreign) == 0 {
		return nil, nil, nil, nil // the built-in catalog, when needed
	}
	blocks := byBlock(sortTeam(foreign))
	team, bad := s.fit(own, blocks)
	if len(team) == 0 {
		return nil, nil, bad, blocks
	}
	team = sortTeam(team)
	return s.extend(team).cat, team, bad, blocks
}

// byBlock groups team codes sorted by package by their block.
func byBlock(team []TeamCode) [][]TeamCode {
	var out [][]TeamCode
	index := map[[3]string]int{}
	for _, t := range team {
		k := [3]string{t.PkgPath, t.File, strconv.Itoa(t.Block)}
		i, ok := index[k]
		if !ok {
			i = len(out)
			index[k] = i
			out = append(out, nil)
		}
		out[i] = append(out[i], t)
	}
	return out
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
			if fn := fset.PositionFor(c.Pos(), false).Filename; !slices.Contains(files, fn) {
				files = append(files, fn)
			}
		}
		var blocks [][]TeamCode
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
					codes, _ := teamBlock(lf, pkg, gd, ns)
					blocks = append(blocks, codes)
				}
			}
		}
		codes, _ := s.fit(nil, blocks)
		return codes
	})
}
