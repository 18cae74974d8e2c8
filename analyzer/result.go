package analyzer

import (
	"cmp"
	"go/token"
	"go/types"
	"slices"
	"strings"
)

// Rung is the evidence that gave a code field its namespaces; it decides
// which checks may report on the field.
type Rung int

const (
	// Unbound: no evidence; the field is not checked.
	Unbound Rung = iota
	// Keys: only the field's and its siblings' keys (errcode+errmsg,
	// ret+msg); checked only with -infer=keys.
	Keys
	// Host: the package names one platform's API host.
	Host
	// Named: a type, package, module path, file or receiver names a platform.
	Named
	// Bound: a directive, a tag, -bind or a team namespace binds the field.
	Bound
)

func (r Rung) String() string {
	switch r {
	case Keys:
		return "keys"
	case Host:
		return "host"
	case Named:
		return "named"
	case Bound:
		return "bound"
	}
	return "unbound"
}

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
}

// Result is the analyzer's result for a package: its code fields, in
// source order.
type Result struct {
	Fields []Field
}

// record adds the code field v of the struct type outer (nil when
// anonymous) to the pass's Result.
func (p *checker) record(outer *types.TypeName, v *types.Var, kind fieldKind, ns *nsSet) {
	f := Field{
		Pos: v.Pos(), Name: v.Name(), Key: kind.key,
		Namespaces: slices.Clone(ns.names), Rung: ns.rung, Evidence: ns.evidence, Checked: ns.checked,
	}
	if ns.names == nil && ns.all {
		f.Namespaces = []string{"all"}
	}
	want := "NS"
	if ns.names != nil && ns.rung != Unbound {
		want = strings.Join(ns.names, ",")
	}
	if outer != nil && outer.Pkg() != nil {
		f.Type = outer.Pkg().Path() + "." + outer.Name()
	}
	if ns.rung != Bound {
		if f.Type != "" {
			f.Bind = "-bind " + f.Type + "." + v.Name() + "=" + want
		} else {
			f.Bind = `msdk:"` + want + `"`
		}
	}
	p.seen = append(p.seen, f)
}

// recordDeclared adds to the Result the code fields of the struct types
// the package declares, compared here or not, so that a package of
// reply types lists its fields too.
func (p *checker) recordDeclared() {
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
			if !isInteger(v.Type()) || !p.mayBeCodeField(st, i) {
				continue
			}
			p.fieldInfo(tn.Type(), []int{i}, v)
		}
	}
}

// mayBeCodeField is a cheap test that field i of st has a code key.
func (p *checker) mayBeCodeField(st *types.Struct, i int) bool {
	k := jsonName(st, i)
	return keyOfName(k) != "" || slices.Contains(codeKeys, k)
}

// result returns the recorded fields in source order.
func (p *checker) result() []Field {
	fset := p.pass.Fset
	slices.SortStableFunc(p.seen, func(a, b Field) int {
		pa, pb := fset.Position(a.Pos), fset.Position(b.Pos)
		return cmp.Or(cmp.Compare(pa.Filename, pb.Filename), cmp.Compare(pa.Offset, pb.Offset), cmp.Compare(a.Type, b.Type))
	})
	return p.seen
}
