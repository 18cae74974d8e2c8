package evidence

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
