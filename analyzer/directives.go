package analyzer

import (
	"go/ast"
	"go/token"
	"go/types"
	"reflect"
	"strconv"
	"strings"

	"golang.org/x/tools/go/analysis"
)

const directivePrefix = "//msdklint:"

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
// bindings, team code blocks and ignore directives. Unknown directives
// are reported.
func (p *checker) scanDirectives() {
	for _, f := range p.pass.Files {
		if p.skipFile(f) {
			continue
		}
		for _, cg := range f.Comments {
			for _, c := range cg.List {
				if !strings.HasPrefix(c.Text, directivePrefix) {
					continue
				}
				name, args, _ := strings.Cut(trimComment(c.Text[len(directivePrefix):]), " ")
				switch name {
				case "platform", "codes", "reauth":
					// Read with their declarations below; the ones
					// left unread are misplaced.
					if p.placed == nil {
						p.placed = map[*ast.Comment]bool{}
					}
					p.placed[c] = false
				case "ignore":
					p.addIgnore(c, strings.TrimSpace(args))
				default:
					p.badDirective(c.Pos(), c.End(), msgUnknownDirective, directivePrefix+name)
				}
			}
		}
		for _, d := range f.Decls {
			gd, ok := d.(*ast.GenDecl)
			if !ok {
				continue
			}
			switch gd.Tok {
			case token.TYPE:
				for _, sp := range gd.Specs {
					ts := sp.(*ast.TypeSpec)
					doc := ts.Doc
					if doc == nil && len(gd.Specs) == 1 {
						doc = gd.Doc
					}
					p.typeDirective(ts, doc)
				}
			case token.CONST:
				p.scanTeamBlock(f, gd)
			}
		}
	}
	for c, ok := range p.placed {
		if !ok {
			name, _, _ := strings.Cut(trimComment(c.Text[len(directivePrefix):]), " ")
			p.badDirective(c.Pos(), c.End(), msgMisplaced, name, p.msg(placeOf[name]))
		}
	}
}

// placeOf says where each declaration directive belongs.
var placeOf = map[string]message{
	"platform": {"a struct type", "结构体类型"},
	"codes":    {"a const block", "const 块"},
	"reauth":   {"a constant of a //msdklint:codes block", "//msdklint:codes 块中的常量"},
}

// directiveArgs returns the arguments of the //msdklint:name directive in
// doc, and the comment holding it.
func directiveArgs(doc *ast.CommentGroup, name string) (string, *ast.Comment) {
	if doc == nil {
		return "", nil
	}
	for _, c := range doc.List {
		if rest, ok := strings.CutPrefix(c.Text, directivePrefix+name); ok && (rest == "" || rest[0] == ' ' || rest[0] == '\t') {
			return trimComment(rest), c
		}
	}
	return "", nil
}

func (p *checker) typeDirective(ts *ast.TypeSpec, doc *ast.CommentGroup) {
	args, c := directiveArgs(doc, "platform")
	if c == nil {
		return
	}
	p.placed[c] = true
	obj, _ := p.pass.TypesInfo.Defs[ts.Name].(*types.TypeName)
	if obj == nil {
		return
	}
	if p.typeDirs == nil {
		p.typeDirs = map[*types.TypeName]*directive{}
	}
	p.typeDirs[obj] = &directive{pos: c.Pos(), nss: splitList(args)}
}

// checkBindings reports the bindings of the package that name no known
// namespace; it runs once the package's catalog is known.
func (p *checker) checkBindings() {
	for _, d := range p.typeDirs {
		if len(d.nss) == 0 {
			p.badDirective(d.pos, d.pos, msgEmptyBinding)
			continue
		}
		for _, ns := range d.nss {
			if _, ok := p.cat.Expand(ns); !ok {
				p.badDirective(d.pos, d.pos, msgUnknownNamespace, ns)
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
					nss := splitList(tag)
					if len(nss) == 0 {
						p.badDirective(fld.Tag.Pos(), fld.Tag.End(), msgEmptyBinding)
					}
					for _, ns := range nss {
						if _, ok := p.cat.Expand(ns); !ok {
							p.badDirective(fld.Tag.Pos(), fld.Tag.End(), msgUnknownNamespace, ns)
						}
					}
				}
			}
		}
	}
}

// exportFacts exports the package's bindings and team codes as facts.
func (p *checker) exportFacts() {
	p.checkBindings()
	if !p.facts {
		return
	}
	for obj, d := range p.typeDirs {
		if len(d.nss) > 0 {
			p.pass.ExportObjectFact(obj, &bindingFact{Namespaces: d.nss})
		}
	}
	if own := p.ownTeam(); len(own) > 0 {
		p.pass.ExportPackageFact(&teamCodesFact{Codes: own})
	}
}

// trimComment drops a trailing "// comment" from a directive's text, as
// other tools' directives allow.
func trimComment(s string) string {
	if i := strings.Index(s, "//"); i >= 0 {
		s = s[:i]
	}
	return strings.TrimSpace(s)
}

// splitList splits a comma-separated list, dropping empty items.
func splitList(s string) []string {
	var out []string
	for _, x := range strings.Split(s, ",") {
		if x = strings.TrimSpace(x); x != "" {
			out = append(out, x)
		}
	}
	return out
}

// badDirective reports a bad-directive diagnostic at pos..end.
func (p *checker) badDirective(pos, end token.Pos, msg message, args ...any) {
	if !p.on(BadDirective) {
		return
	}
	p.report(analysis.Diagnostic{Pos: pos, End: end, Category: BadDirective, Message: p.msg(msg, args...)})
}
