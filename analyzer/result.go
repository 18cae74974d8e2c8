package analyzer

import (
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

// A Field is a code-like field seen by a pass, with what msdklint made
// of it: its namespaces, the rung of the evidence and the one-line
// reason, as evidence answers for it.
type Field = evidence.Field

// Result is the analyzer's result for a package: its code fields, in
// source order.
type Result struct {
	Fields []Field
}

// result returns the pass's code fields, in source order.
func (p *checker) result() []Field {
	fields := p.ev.Fields()
	for i, f := range fields {
		fields[i].Advice = p.advise(f)
		fields[i].Bind = ""
		if adv := fields[i].Advice; adv != nil {
			if f.Type != "" {
				fields[i].Bind = "//msdklint:platform " + strings.Join(adv, ",")
			} else {
				fields[i].Bind = `msdk:"` + strings.Join(adv, ",") + `"`
			}
		}
	}
	return fields
}

// An APIHost is an API host and the namespaces of the codes its replies
// carry; docs/binding.md renders this table.
type APIHost = evidence.APIHost

// Hosts returns the host table, for docs and tools.
func Hosts() []APIHost { return evidence.Hosts() }
