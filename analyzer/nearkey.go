package analyzer

import (
	"go/types"
	"math"
	"slices"
	"strings"
)

// The rules of dead-code-field that need no pass: which JSON keys are a
// code key misspelt, and which Go types cannot hold what a platform sends.

// A nearKey is a code key that a JSON key is one edit from, and how
// much evidence the misspelling needs before it is reported.
type nearKey struct {
	key string
	// platform: the JSON key is also a word or a spelling of its own
	// (the 3-letter ret's neighbours, errorcode and errtype beside
	// error_code and err_type): only platform evidence makes it a typo,
	// a message beside it does not.
	platform bool
}

// nearKeys returns the code keys that the JSON key k is one edit from
// (an insertion, a deletion, a substitution or a swap of two adjacent
// letters). encoding/json matches keys case-insensitively, so a key
// that equals a code key but for case is no typo. Plurals name a list
// (errcodes, err_types) and are not typos.
//
// ret is three letters: its substitutions and most insertions are words
// (res, rec, red, set, rets), so only the typos a hand makes count: a
// letter dropped (re, rt), doubled (rett) or swapped (rte), and even
// those need platform evidence.
func nearKeys(k string, codeKeys []string) []nearKey {
	k = strings.ToLower(k)
	var out []nearKey
	for _, c := range codeKeys {
		if k == c {
			return nil // a code key itself (errcode is one edit from err_code)
		}
	}
	for _, c := range codeKeys {
		if !oneEdit(k, c) || k == c+"s" {
			continue
		}
		switch {
		case len(c) <= 3:
			if len(k) < len(c) || isSwap(k, c) || isDoubled(k, c) {
				out = append(out, nearKey{c, true})
			}
		case k == strings.ReplaceAll(c, "_", ""):
			out = append(out, nearKey{c, true}) // errorcode: another spelling, not a slip
		default:
			out = append(out, nearKey{c, false})
		}
	}
	return out
}

// oneEdit tells whether a and b differ by exactly one insertion,
// deletion, substitution or swap of adjacent bytes.
func oneEdit(a, b string) bool {
	if a == b {
		return false
	}
	if len(a) > len(b) {
		a, b = b, a
	}
	switch len(b) - len(a) {
	case 0:
		i := 0
		for i < len(a) && a[i] == b[i] {
			i++
		}
		if a[i+1:] == b[i+1:] {
			return true // substitution
		}
		return i+1 < len(a) && a[i] == b[i+1] && a[i+1] == b[i] && a[i+2:] == b[i+2:]
	case 1:
		i := 0
		for i < len(a) && a[i] == b[i] {
			i++
		}
		return a[i:] == b[i+1:]
	}
	return false
}

// isSwap tells whether k is c with two adjacent letters swapped.
func isSwap(k, c string) bool {
	if len(k) != len(c) {
		return false
	}
	for i := 0; i+1 < len(c); i++ {
		if c[:i]+c[i+1:i+2]+c[i:i+1]+c[i+2:] == k {
			return true
		}
	}
	return false
}

// isDoubled tells whether k is c with one of its letters doubled.
func isDoubled(k, c string) bool {
	for i := range len(c) {
		if c[:i+1]+c[i:] == k {
			return true
		}
	}
	return false
}

// numberKeys are the keys whose codes each platform sends as a JSON
// number: WeChat's errcode, QQ's and MSDK's ret, MSDK's err_type,
// Weibo's error_code (seed 001: `ret：-10000`; seed 002: numeric
// error_code). WeChat Pay's err_code is a string ("SYSTEMERROR"), and
// openapi is a convention of codes, not a wire format; a team's
// namespaces are the team's to say.
var numberKeys = map[string][]string{
	"msdk":   {"ret", "err_type"},
	"qq":     {"ret"},
	"wechat": {"errcode"},
	"weibo":  {"error_code"},
}

// sendsNumber tells whether every namespace or platform of names is a
// platform's that sends key as a JSON number.
func sendsNumber(names []string, key string) bool {
	if len(names) == 0 {
		return false
	}
	for _, n := range names {
		plat, _, _ := strings.Cut(n, ".")
		if !slices.Contains(numberKeys[plat], key) {
			return false
		}
	}
	return true
}

// basicOf returns the basic type of a field's type t (or of what t
// points to), and whether the type decodes JSON its own way: it is
// encoding/json's Number, or has an UnmarshalJSON or UnmarshalText
// method, or is an interface (any takes whatever comes).
func basicOf(t types.Type) (b *types.Basic, custom bool) {
	if p, ok := t.Underlying().(*types.Pointer); ok {
		t = p.Elem()
	}
	if n, ok := types.Unalias(t).(*types.Named); ok {
		if obj := n.Obj(); obj.Pkg() != nil && obj.Pkg().Path() == "encoding/json" && obj.Name() == "Number" {
			return nil, true
		}
	}
	if decodesItself(t) {
		return nil, true
	}
	switch u := t.Underlying().(type) {
	case *types.Interface:
		return nil, true
	case *types.Basic:
		return u, false
	}
	return nil, false
}

// decodesItself tells whether t or *t has an UnmarshalJSON or
// UnmarshalText method (its own or promoted): encoding/json then hands
// it the raw value.
func decodesItself(t types.Type) bool {
	for _, m := range []string{"UnmarshalJSON", "UnmarshalText"} {
		obj, _, _ := types.LookupFieldOrMethod(t, true, nil, m)
		if _, ok := obj.(*types.Func); ok {
			return true
		}
	}
	return false
}

// holds tells whether a value of the integer type b can hold v.
func holds(b *types.Basic, v int64) bool {
	if b.Info()&types.IsUnsigned != 0 {
		if v < 0 {
			return false
		}
		switch b.Kind() {
		case types.Uint8:
			return v <= math.MaxUint8
		case types.Uint16:
			return v <= math.MaxUint16
		case types.Uint32:
			return v <= math.MaxUint32
		}
		return true
	}
	switch b.Kind() {
	case types.Int8:
		return v >= math.MinInt8 && v <= math.MaxInt8
	case types.Int16:
		return v >= math.MinInt16 && v <= math.MaxInt16
	case types.Int32:
		return v >= math.MinInt32 && v <= math.MaxInt32
	}
	return true
}
