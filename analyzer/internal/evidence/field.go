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
	// Advice is the namespaces that would bind the field, so that its
	// checks stay what they are or get sharper, never falser: ["none"] for
	// a field that is no platform's as far as msdklint can tell (a team's
	// own protocol: or a team namespace of //msdklint:codes); nil when
	// there is nothing to advise (bound, or another company's). The
	// analyzer sets it from what the pass compared the field with.
	Advice []string
	// Bind is the line that would bind the field alone: the directive
	// above its type ("//msdklint:platform msdk.access,msdk.logic"), or a
	// tag for a field of an anonymous struct. The analyzer sets it.
	Bind string
	// Used tells that the package reads the field; else it only declares
	// it. Packages may see a field differently (one sends the type, one
	// decodes it): the views of those that read it count.
	Used bool
	// Silent tells that the field's namespaces were inferred and every
	// value compared with it is none of their codes (a game's own
	// message named after a platform feature): nothing is reported.
	Silent bool
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
	if outer != nil && outer.Pkg() != nil {
		f.Type = outer.Pkg().Path() + "." + outer.Name()
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
		pa, pb := fset.PositionFor(a.Pos, false), fset.PositionFor(b.Pos, false)
		return cmp.Or(cmp.Compare(pa.Filename, pb.Filename), cmp.Compare(pa.Offset, pb.Offset), cmp.Compare(a.Type, b.Type))
	})
	return p.seen
}

// Of answers what a field is: the kind of field v, reached from recv
// through the embedding path index, and its namespaces (nil when it is
// no code field), resolved once per pass and recorded for Fields.
func (p *Pass) Of(recv types.Type, index []int, v *types.Var) (Kind, *Set) {
	v = v.Origin()
	kind, ok := p.keys[v]
	if !ok {
		kind = kindOf(recv, index)
		if p.keys == nil {
			p.keys = map[*types.Var]Kind{}
		}
		p.keys[v] = kind
	}
	if kind.Key == "" {
		return kind, nil
	}
	named := p.namedPath(recv, index, v)
	var outer *types.TypeName
	if n := namedOf(recv); n != nil {
		outer = n.Obj()
	} else if len(named) > 0 {
		outer = named[0].Obj()
	}
	fk := fieldKey{outer, v}
	ns, ok := p.fields[fk]
	if !ok {
		ns = p.resolve(recv, index, named, v, kind)
		if p.fields == nil {
			p.fields = map[fieldKey]*Set{}
		}
		p.fields[fk] = ns
		// An untagged field with no message beside it is no reply's code
		// (http2's ErrCode): it is not listed, nor counted as unbound.
		if !kind.Weak || ns.Rung != Unbound {
			p.record(outer, v, kind, ns)
		}
	} else if !p.declaring {
		// Read after the declared fields were recorded: the package
		// reads it all the same, whatever the order of the calls.
		for i := range p.sets {
			if p.sets[i] == ns {
				p.seen[i].Used = true
			}
		}
	}
	return kind, ns
}

// silenced returns f, whose inferred namespaces were compared with none
// of their codes, as unchecked, with the values compared; the analyzer
// advises the binding that settles it (none, or a team namespace).
func silenced(f Field, ns *Set) Field {
	vals := make([]string, len(ns.values))
	for i, v := range ns.values {
		vals[i] = strconv.FormatInt(v, 10)
	}
	f.Checked = false
	f.Silent = true
	f.Evidence += "; compared only with " + strings.Join(vals, ", ") + ", none a code of " + ns.Searched()
	return f
}

// Peek is Of for a look that is no read: a field it records first is
// not Used unless a read comes later.
func (p *Pass) Peek(recv types.Type, index []int, v *types.Var) (Kind, *Set) {
	was := p.declaring
	p.declaring = true
	defer func() { p.declaring = was }()
	return p.Of(recv, index, v)
}

// namedPath returns the named struct types on the path to field v,
// outermost first; for a struct nested anonymously in a named type,
// that type.
func (p *Pass) namedPath(recv types.Type, index []int, v *types.Var) []*types.Named {
	named := pathTypes(recv, index)
	if len(named) == 0 {
		if n := p.ownerOf(structOf(recv), v.Pkg()); n != nil {
			named = []*types.Named{n}
		}
	}
	return named
}
