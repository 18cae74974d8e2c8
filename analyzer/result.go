package analyzer

import "go/token"

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
