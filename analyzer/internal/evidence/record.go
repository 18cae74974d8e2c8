package evidence

import (
	"cmp"
	"go/token"
	"go/types"
	"slices"
	"strconv"
	"strings"
)

// A Field is a code-like field seen by a pass, with what msdklint made of it.
type Field struct {
	Pos        token.Pos
	Type       string   // the outermost named type, qualified: "example.com/game/proto.LoginRsp"; "" for an anonymous struct
	Name       string   // the field's name: "Ret"
	Key        string   // the wire key: "ret"
	Namespaces []string // the namespaces checked against, empty when unchecked
	Rung       Rung
	Evidence   string // what gave the rung: "tag msdk:\"qq\"", "package name wechat", "host api.weixin.qq.com"
	Checked    bool   // whether any check reports on comparisons with the field
	Bind       string // one line that would bind the field, e.g. "//msdklint:platform qq.platform" on LoginRsp
	// Used tells that the package reads the field; else it only declares
	// it. Packages may see a field differently (one sends the type, one
	// decodes it): the views of those that read it count.
	Used bool
}

// record adds the code field v of the struct type outer (nil when
// anonymous) to the pass.s fields.
func (p *Pass) record(outer *types.TypeName, v *types.Var, kind Kind, ns *Set) {
	f := Field{
		Pos: v.Pos(), Name: v.Name(), Key: kind.Key,
		Namespaces: slices.Clone(ns.Names), Rung: ns.Rung, Evidence: ns.Evidence, Checked: ns.Checked,
	}
	if ns.Names == nil && ns.All {
		f.Namespaces = []string{"all"}
	}
	want := "NS"
	if ns.Names != nil && ns.Rung != Unbound {
		want = strings.Join(ns.Names, ",")
	}
	if outer != nil && outer.Pkg() != nil {
		f.Type = outer.Pkg().Path() + "." + outer.Name()
	}
	if ns.Rung != Bound {
		if f.Type != "" {
			f.Bind = "-bind " + f.Type + "." + v.Name() + "=" + want
		} else {
			f.Bind = `msdk:"` + want + `"`
		}
	}
	f.Used = !p.declaring
	p.seen = append(p.seen, f)
	p.sets = append(p.sets, ns)
}

// recordDeclared records the code fields of the struct types the
// package declares, compared here or not, so that a package of reply
// types lists its fields too.
func (p *Pass) recordDeclared() {
	p.declaring = true
	scope := p.pass.Pkg.Scope()
	for _, name := range scope.Names() {
		tn, ok := scope.Lookup(name).(*types.TypeName)
		if !ok || tn.IsAlias() {
			continue
		}
		st, ok := tn.Type().Underlying().(*types.Struct)
		if !ok {
			continue
		}
		for i := range st.NumFields() {
			v := st.Field(i)
			if !IsInteger(v.Type()) || !p.mayBeCodeField(st, i) {
				continue
			}
			p.Of(tn.Type(), []int{i}, v)
		}
	}
}

// mayBeCodeField is a cheap test that field i of st has a code key.
func (p *Pass) mayBeCodeField(st *types.Struct, i int) bool {
	k := jsonName(st, i)
	return KeyOfName(k) != "" || slices.Contains(codeKeys, k)
}

// Fields returns the code fields seen by the pass and those its struct
// types declare, in source order: what msdklint fields prints.
func (p *Pass) Fields() []Field {
	p.recordDeclared()
	for i, ns := range p.sets {
		if ns.silent() {
			p.seen[i] = silenced(p.seen[i], ns)
		}
	}
	fset := p.pass.Fset
	slices.SortStableFunc(p.seen, func(a, b Field) int {
		pa, pb := fset.Position(a.Pos), fset.Position(b.Pos)
		return cmp.Or(cmp.Compare(pa.Filename, pb.Filename), cmp.Compare(pa.Offset, pb.Offset), cmp.Compare(a.Type, b.Type))
	})
	return p.seen
}

// silenced returns f, whose inferred namespaces were compared with none
// of their codes, as unchecked: with the values compared and the
// binding that settles it.
func silenced(f Field, ns *Set) Field {
	vals := make([]string, len(ns.values))
	for i, v := range ns.values {
		vals[i] = strconv.FormatInt(v, 10)
	}
	f.Checked = false
	f.Evidence += "; compared only with " + strings.Join(vals, ", ") + ", none a code of " + ns.Searched()
	if i := strings.LastIndex(f.Bind, "="); i >= 0 && strings.HasPrefix(f.Bind, "-bind ") {
		f.Bind = f.Bind[:i+1] + "none (or a team namespace)"
	} else {
		f.Bind = `msdk:"none"` + " (or a team namespace)"
	}
	return f
}
