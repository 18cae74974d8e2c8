package evidence

import (
	"go/types"
	"reflect"
	"slices"
	"strings"
)

// The JSON keys of code fields, and the keys of the message fields that
// make an untagged struct look like a platform reply.
var (
	codeKeys = []string{"ret", "errcode", "err_code", "error_code", "err_type"}
	msgKeys  = []string{"msg", "errmsg", "err_msg", "error_msg", "error", "message", "error_description"}
)

// A Kind is what a struct field's tags and name say of it.
type Kind struct {
	Key  string // the code key ("ret" ...), "" when the field is no code field
	Tag  string // its msdk:"..." tag
	Weak bool   // untagged, in a struct without a message field: a code field only when bound
}

// IsInteger tells whether t, or what it points to, is an integer type,
// or a type parameter whose every type is one (Reply[C ~int]'s C).
func IsInteger(t types.Type) bool {
	if p, ok := t.Underlying().(*types.Pointer); ok {
		t = p.Elem()
	}
	if tp, ok := types.Unalias(t).(*types.TypeParam); ok {
		return integerConstraint(tp.Constraint(), 0)
	}
	b, ok := t.Underlying().(*types.Basic)
	return ok && b.Info()&types.IsInteger != 0
}

// integerConstraint tells whether every type of the constraint c is an
// integer type.
func integerConstraint(c types.Type, depth int) bool {
	iface, ok := c.Underlying().(*types.Interface)
	if !ok || depth > 3 {
		return false
	}
	found := false
	for i := range iface.NumEmbeddeds() {
		switch e := iface.EmbeddedType(i).(type) {
		case *types.Union:
			for j := range e.Len() {
				b, ok := e.Term(j).Type().Underlying().(*types.Basic)
				if !ok || b.Info()&types.IsInteger == 0 {
					return false
				}
			}
			found = true
		default:
			if b, ok := e.Underlying().(*types.Basic); ok {
				if b.Info()&types.IsInteger == 0 {
					return false
				}
				found = true
			} else if _, ok := e.Underlying().(*types.Interface); ok {
				if !integerConstraint(e, depth+1) {
					return false
				}
				found = true
			}
		}
	}
	return found
}

// ownerOf returns the named type of pkg's scope that holds the
// anonymous struct st in a field (through pointers, slices, arrays,
// maps and other anonymous structs), or nil.
func (p *Pass) ownerOf(st *types.Struct, pkg *types.Package) *types.Named {
	if st == nil || pkg == nil {
		return nil
	}
	if !p.ownersOf[pkg] {
		if p.ownersOf == nil {
			p.ownersOf = map[*types.Package]bool{}
			p.owners = map[*types.Struct]*types.Named{}
		}
		p.ownersOf[pkg] = true
		scope := pkg.Scope()
		for _, name := range scope.Names() {
			tn, ok := scope.Lookup(name).(*types.TypeName)
			if !ok || tn.IsAlias() {
				continue
			}
			n, _ := tn.Type().(*types.Named)
			if top, ok := tn.Type().Underlying().(*types.Struct); ok && n != nil {
				p.own(top, n, 0)
			}
		}
	}
	return p.owners[st]
}

// own records n as the owner of the anonymous structs in st's fields.
func (p *Pass) own(st *types.Struct, n *types.Named, depth int) {
	for i := range st.NumFields() {
		if in := nestedStruct(st.Field(i).Type()); in != nil && depth < 4 {
			if _, ok := p.owners[in]; !ok {
				p.owners[in] = n
				p.own(in, n, depth+1)
			}
		}
	}
}

// KeyOfName returns the code key that an untagged field called name
// receives: encoding/json matches keys case-insensitively (Ret <- "ret",
// ErrCode <- "errcode"), and Go spellings drop the underscores of
// snake_case keys (ErrType <- "err_type", ErrorCode <- "error_code").
func KeyOfName(name string) string {
	for _, k := range codeKeys {
		if strings.EqualFold(name, k) || (strings.Contains(k, "_") && len(name) == len(k)-strings.Count(k, "_") && strings.EqualFold(name, strings.ReplaceAll(k, "_", ""))) {
			return k
		}
	}
	return ""
}

// structOf returns the struct type of t, *t, or nil.
func structOf(t types.Type) *types.Struct {
	if p, ok := t.Underlying().(*types.Pointer); ok {
		t = p.Elem()
	}
	if tp, ok := t.(*types.TypeParam); ok {
		t = tp.Constraint()
	}
	st, _ := t.Underlying().(*types.Struct)
	return st
}

// namedOf returns the named type of t or *t (its generic origin), or nil.
func namedOf(t types.Type) *types.Named {
	if p, ok := t.(*types.Pointer); ok {
		t = p.Elem()
	}
	n, _ := types.Unalias(t).(*types.Named)
	if n != nil {
		n = n.Origin()
	}
	return n
}

// kindOf walks the embedding path to the field and reads its tags.
func kindOf(recv types.Type, index []int) Kind {
	t := recv
	var st *types.Struct
	for _, i := range index {
		st = structOf(t)
		if st == nil || i >= st.NumFields() {
			return Kind{}
		}
		t = st.Field(i).Type()
	}
	if st == nil {
		return Kind{}
	}
	i := index[len(index)-1]
	f := st.Field(i)
	k, decided := tagKind(st.Tag(i))
	if decided {
		return k
	}
	if !f.Exported() {
		return Kind{}
	}
	k.Key = KeyOfName(f.Name())
	k.Weak = !hasMessageField(st) && !hasMessageField(structOf(recv))
	return k
}

// tagKind reads a field's struct tag: its msdk:"NS" binding and, when
// a json tag names the key (or hides the field), the code key it gives
// (decided). An untagged field is decided by its name.
func tagKind(tag string) (k Kind, decided bool) {
	st := reflect.StructTag(tag)
	k.Tag = st.Get("msdk")
	name, ok := st.Lookup("json")
	if !ok {
		return k, false
	}
	name, _, _ = strings.Cut(name, ",")
	switch {
	case name == "-":
		return Kind{}, true
	case name != "":
		if slices.Contains(codeKeys, name) {
			k.Key = name
		}
		return k, true
	}
	return k, false
}

// hasMessageField tells whether st has a field that receives a message
// key: platform replies pair their code with a message.
func hasMessageField(st *types.Struct) bool {
	if st == nil {
		return false
	}
	for i := range st.NumFields() {
		if jsonName(st, i) != "" && isMsgKey(jsonName(st, i)) {
			return true
		}
	}
	return false
}

func isMsgKey(k string) bool {
	for i, m := range msgKeys {
		if strings.EqualFold(k, m) || strings.EqualFold(k, msgKeysJoined[i]) {
			return true
		}
	}
	return false
}

// msgKeysJoined are msgKeys as Go spells them, without underscores
// (ErrMsg for err_msg).
var msgKeysJoined = func() []string {
	out := make([]string, len(msgKeys))
	for i, m := range msgKeys {
		out[i] = strings.ReplaceAll(m, "_", "")
	}
	return out
}()

// jsonName returns the JSON key of field i of st.
func jsonName(st *types.Struct, i int) string {
	f := st.Field(i)
	if name, ok := reflect.StructTag(st.Tag(i)).Lookup("json"); ok {
		name, _, _ = strings.Cut(name, ",")
		if name == "-" {
			return ""
		}
		if name != "" {
			return name
		}
	}
	if !f.Exported() {
		return ""
	}
	return f.Name()
}

// siblingKeys returns the lower-cased JSON keys of the fields of the
// structs on the path to the field.
func siblingKeys(recv types.Type, index []int) []string {
	var keys []string
	t := recv
	for _, i := range index {
		st := structOf(t)
		if st == nil || i >= st.NumFields() {
			break
		}
		for j := range st.NumFields() {
			if n := jsonName(st, j); n != "" {
				keys = append(keys, strings.ToLower(n))
			}
		}
		t = st.Field(i).Type()
	}
	return keys
}
