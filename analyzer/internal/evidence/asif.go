package evidence

import (
	"go/types"
	"reflect"
	"slices"
)

// CodeKeys returns the JSON keys of code fields.
func CodeKeys() []string { return slices.Clone(codeKeys) }

// KindOf returns what the tags and name of the field reached from recv
// through index say of it, without resolving or recording the field.
func (p *Pass) KindOf(recv types.Type, index []int) Kind { return kindOf(recv, index) }

// AsIf resolves field v, reached from recv through index, as a code
// field of kind, without recording it among the Fields: the evidence for
// a field that should hold a code but cannot (a key one edit from a
// code key, json:"-", a string), for which no other check asks.
func (p *Pass) AsIf(recv types.Type, index []int, v *types.Var, kind Kind) *Set {
	v = v.Origin()
	return p.resolve(recv, index, p.namedPath(recv, index, v), v, kind)
}

// MsdkTag returns the msdk:"NS" tag of a struct tag, which binds the
// field whatever its json tag says.
func MsdkTag(tag string) string { return reflect.StructTag(tag).Get("msdk") }

// Silenced tells whether nothing may report on the field: it is bound
// to none, or another company's.
func (s *Set) Silenced() bool {
	if len(s.Names) == 1 && s.Names[0] == none {
		return true
	}
	return s.Names == nil && !s.All && (s.Rung == Named || s.Rung == Host)
}

// FieldStruct returns the struct that declares the field reached from
// recv through index, and the field's index there; nil when the path
// leads nowhere.
func FieldStruct(recv types.Type, index []int) (*types.Struct, int) {
	t := recv
	var st *types.Struct
	for _, i := range index {
		st = structOf(t)
		if st == nil || i >= st.NumFields() {
			return nil, 0
		}
		t = st.Field(i).Type()
	}
	if st == nil {
		return nil, 0
	}
	return st, index[len(index)-1]
}

// HasMessage tells whether st, or the struct of recv, has a field that
// receives a message key.
func HasMessage(recv types.Type, st *types.Struct) bool {
	return hasMessageField(st) || hasMessageField(structOf(recv))
}

// JSONKeys returns the JSON keys of st's fields, as written.
func JSONKeys(st *types.Struct) []string {
	var out []string
	for i := range st.NumFields() {
		if k := jsonName(st, i); k != "" {
			out = append(out, k)
		}
	}
	return out
}
