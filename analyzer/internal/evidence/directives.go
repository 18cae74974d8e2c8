package evidence

import (
	"go/ast"
	"go/token"
	"go/types"
	"path/filepath"
	"strconv"
	"strings"
)

// A directive is a //msdklint:platform binding of a struct type.
type directive struct {
	pos token.Pos
	nss []string
}

// bindingFact carries a struct type's //msdklint:platform binding to the
// packages that import it.
type bindingFact struct{ Namespaces []string }

func (*bindingFact) AFact()           {}
func (f *bindingFact) String() string { return "msdklint:platform " + strings.Join(f.Namespaces, ",") }

// scanDirectives reads the //msdklint: comments of the package: type
// bindings and team code blocks. The others (ignore, unknown ones) are
// kept for the caller.
func (p *Pass) scanDirectives() {
	for _, f := range p.pass.Files {
		if p.skipFile(f) {
			continue
		}
		for _, cg := range f.Comments {
			for _, c := range cg.List {
				name, args, ok := ParseDirective(c.Text)
				if !ok {
					continue
				}
				switch name {
				case "platform", "codes", "reauth":
					// Read with their declarations below; the ones
					// left unread are misplaced.
					if p.placed == nil {
						p.placed = map[*ast.Comment]bool{}
					}
					p.placed[c] = false
				default:
					p.others = append(p.others, Directive{C: c, Name: name, Args: strings.TrimSpace(args)})
				}
			}
		}
		p.packageDirective(f)
		for _, d := range f.Decls {
			gd, ok := d.(*ast.GenDecl)
			if !ok {
				continue
			}
			switch gd.Tok {
			case token.TYPE:
				for _, sp := range gd.Specs {
					ts := sp.(*ast.TypeSpec)
					p.typeDirective(ts, typeDoc(gd, ts))
				}
			case token.CONST:
				p.scanTeamBlock(f, gd)
			}
		}
	}
}

func (p *Pass) typeDirective(ts *ast.TypeSpec, doc *ast.CommentGroup) {
	d := p.bindingDirective(doc)
	if d == nil {
		return
	}
	obj, _ := p.pass.TypesInfo.Defs[ts.Name].(*types.TypeName)
	if obj == nil {
		return
	}
	if p.typeDirs == nil {
		p.typeDirs = map[*types.TypeName]*directive{}
	}
	p.typeDirs[obj] = d
}

// packageDirective reads the //msdklint:platform directive of f's
// package doc, which binds every struct type of the package.
func (p *Pass) packageDirective(f *ast.File) {
	d := p.bindingDirective(f.Doc)
	if d == nil {
		return
	}
	if p.pkgDir != nil {
		p.problem(d.pos, d.pos, Duplicate, "platform", p.where(p.pkgDir.pos))
		return
	}
	p.pkgDir = d
}

// bindingDirective returns the //msdklint:platform directive of doc and
// marks it read; a second one in the same doc is a Duplicate problem.
func (p *Pass) bindingDirective(doc *ast.CommentGroup) *directive {
	args, c := directiveArgs(doc, "platform")
	if c == nil {
		return nil
	}
	p.placed[c] = true
	for _, o := range doc.List {
		if o != c && isDirective(o.Text, "platform") {
			p.placed[o] = true
			p.problem(o.Pos(), o.End(), Duplicate, "platform", p.where(c.Pos()))
		}
	}
	return &directive{pos: c.Pos(), nss: SplitList(args)}
}

// ExportFacts exports the package's bindings and team codes as facts.
func (p *Pass) ExportFacts() {
	if !p.Facts {
		return
	}
	for obj, d := range p.typeDirs {
		if len(d.nss) > 0 {
			p.pass.ExportObjectFact(obj, &bindingFact{Namespaces: d.nss})
		}
	}
	if p.pkgDir != nil && len(p.pkgDir.nss) > 0 {
		p.pass.ExportPackageFact(&bindingFact{Namespaces: p.pkgDir.nss})
	}
	if own := p.ownTeam(); len(own) > 0 {
		p.pass.ExportPackageFact(&teamCodesFact{Codes: own})
	}
	p.exportSummary()
}

// where names pos in messages: file base name and line.
func (p *Pass) where(pos token.Pos) string {
	posn := p.pass.Fset.PositionFor(pos, false)
	return filepath.Base(posn.Filename) + ":" + strconv.Itoa(posn.Line)
}

// misplaced notes the declaration directives that no declaration read.
func (p *Pass) misplaced() {
	for c, ok := range p.placed {
		if !ok {
			name, _, _ := ParseDirective(c.Text)
			p.problem(c.Pos(), c.End(), Misplaced, name)
		}
	}
}
