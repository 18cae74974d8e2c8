package analyzer

import (
	"go/ast"
	"go/token"
	"go/types"
	"reflect"
	"slices"
	"strconv"
	"strings"

	"golang.org/x/tools/go/analysis"
)

// The bad-directive check: every problem of a //msdklint: directive or
// an msdk:"NS" tag is reported from this file.

// placeOf says where each declaration directive belongs.
var placeOf = map[string]message{
	"platform": {"a struct type", "结构体类型"},
	"codes":    {"a const block", "const 块"},
	"reauth":   {"a constant of a //msdklint:codes block", "//msdklint:codes 块中的常量"},
}

// reportMisplaced reports the declaration directives that no
// declaration read.
func (p *checker) reportMisplaced() {
	for c, ok := range p.placed {
		if !ok {
			name, _, _ := parseDirective(c.Text)
			p.badDirective(c.Pos(), c.End(), msgMisplaced, name, p.msg(placeOf[name]))
		}
	}
}

// reportBadBindings reports the bindings of the package that name no known
// namespace; it runs once the package's catalog is known.
func (p *checker) reportBadBindings() {
	for _, d := range p.typeDirs {
		if len(d.nss) == 0 {
			p.badDirective(d.pos, d.pos, msgEmptyBinding)
			continue
		}
		for _, ns := range d.nss {
			if _, ok := p.cat().Expand(ns); !ok && ns != none {
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
						if _, ok := p.cat().Expand(ns); !ok && ns != none {
							p.badDirective(fld.Tag.Pos(), fld.Tag.End(), msgUnknownNamespace, ns)
						}
					}
				}
			}
		}
	}
}

// reportUnusedIgnores reports the ignore directives that suppressed nothing, unless
// a check they name is turned off (then they cannot be judged).
func (p *checker) reportUnusedIgnores() {
	for _, ig := range p.ignores {
		if ig.used {
			continue
		}
		judged := true
		for _, c := range ig.checks {
			if !p.on(c) || (c == MagicCode && strings.HasSuffix(ig.file.Name(), "_test.go") && !p.magicInTests) {
				judged = false
			}
		}
		if judged {
			p.badIgnore(ig.c, msgIgnoreUnused, strings.Join(ig.checks, ","))
		}
	}
}

// badIgnore reports a bad ignore directive c; no directive suppresses it.
func (p *checker) badIgnore(c *ast.Comment, msg message, args ...any) {
	if p.on(BadDirective) {
		p.reportAlways(analysis.Diagnostic{Pos: c.Pos(), End: c.End(), Category: BadDirective, Message: p.msg(msg, args...)})
	}
}

// badDirective reports a bad-directive diagnostic at pos..end.
func (p *checker) badDirective(pos, end token.Pos, msg message, args ...any) {
	if !p.on(BadDirective) {
		return
	}
	p.report(analysis.Diagnostic{Pos: pos, End: end, Category: BadDirective, Message: p.msg(msg, args...)})
}

// reportMissingBindTargets reports the -bind (and golangci bindings)
// keys that name a type or field of this package that does not exist:
// a typo there would silently leave the reply unchecked.
func (p *checker) reportMissingBindTargets() {
	path := p.pass.Pkg.Path()
	var keys []string
	for k := range p.binds {
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
			p.badDirective(pos, pos, msgBindNoType, k, path, typeName)
			continue
		}
		if field == "" {
			continue
		}
		if st := structOf(tn.Type()); st == nil || !hasField(st, p.pass.Pkg, field) {
			p.badDirective(pos, pos, msgBindNoField, k, typeName, field)
		}
	}
}

// hasField tells whether st has a field (maybe promoted) called name.
func hasField(st *types.Struct, pkg *types.Package, name string) bool {
	obj, _, _ := types.LookupFieldOrMethod(st, false, pkg, name)
	v, ok := obj.(*types.Var)
	return ok && v.IsField()
}
