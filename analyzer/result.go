package analyzer

import (
	"go/token"

	"github.com/msdklint/msdklint/analyzer/internal/evidence"
)

// Rung is the evidence that gave a code field its namespaces; it decides
// which checks may report on the field.
type Rung = evidence.Rung

const (
	// Unbound: no evidence; the field is not checked.
	Unbound = evidence.Unbound
	// Keys: only the field's and its siblings' keys (errcode+errmsg,
	// ret+msg); checked only with -infer=keys.
	Keys = evidence.Keys
	// Host: the package names one platform's API host.
	Host = evidence.Host
	// Named: a type, package, module path, file or receiver names a platform.
	Named = evidence.Named
	// Bound: a directive, a tag, -bind or a team namespace binds the field.
	Bound = evidence.Bound
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

// Result is the analyzer's result for a package: its code fields, in
// source order.
type Result struct {
	Fields []Field
}

// result returns the pass's code fields, in source order.
func (p *checker) result() []Field {
	ev := p.ev.Fields()
	if ev == nil {
		return nil
	}
	out := make([]Field, len(ev))
	for i, f := range ev {
		out[i] = Field(f)
	}
	return out
}

// An APIHost is an API host and the namespaces of the codes its replies
// carry; docs/binding.md renders this table.
type APIHost = evidence.APIHost

// Hosts returns the host table, for docs and tools.
func Hosts() []APIHost { return evidence.Hosts() }
