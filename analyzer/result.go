package analyzer

import (
	"go/token"
	"strings"

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
	// Advice is the namespaces that would bind the field, so that its
	// checks stay what they are or get sharper, never falser: ["none"] for
	// a field that is no platform's as far as msdklint can tell (a team's
	// own protocol: or a team namespace of //msdklint:codes); nil when
	// there is nothing to advise (bound, or another company's).
	Advice []string
	// Bind is the line that would bind the field alone: the directive
	// above its type ("//msdklint:platform msdk.access,msdk.logic"), or a
	// tag for a field of an anonymous struct.
	Bind string
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
		out[i] = Field{
			Pos: f.Pos, Type: f.Type, Name: f.Name, Key: f.Key, Namespaces: f.Namespaces,
			Rung: f.Rung, Evidence: f.Evidence, Checked: f.Checked,
			Advice: p.advise(f),
		}
		if adv := out[i].Advice; adv != nil {
			if f.Type != "" {
				out[i].Bind = "//msdklint:platform " + strings.Join(adv, ",")
			} else {
				out[i].Bind = `msdk:"` + strings.Join(adv, ",") + `"`
			}
		}
	}
	return out
}

// An APIHost is an API host and the namespaces of the codes its replies
// carry; docs/binding.md renders this table.
type APIHost = evidence.APIHost

// Hosts returns the host table, for docs and tools.
func Hosts() []APIHost { return evidence.Hosts() }
