package analyzer

import (
	"fmt"
	"slices"
	"strings"

	"golang.org/x/tools/go/analysis"

	"github.com/msdklint/msdklint/analyzer/internal/evidence"
)

// A Binding is one entry of -bind: Key is importpath, importpath.Type or
// importpath.Type.Field.
type Binding struct {
	Key        string
	Namespaces []string
}

// ParseBindings parses a -bind value, entries separated by semicolons
// (empty entries are skipped). A namespace list with an empty item
// (qq,,wechat) is an error, as is a key bound twice to different
// namespaces, within v or against prev, the bindings already given: with
// the last one winning, a typo would go unseen.
func ParseBindings(v string, prev map[string][]string) ([]Binding, error) {
	var out []Binding
	seen := make(map[string][]string)
	for _, one := range strings.Split(v, ";") {
		one = strings.TrimSpace(one)
		if one == "" {
			continue
		}
		if _, rhs, ok := strings.Cut(one, "="); ok && strings.TrimSpace(rhs) != "" {
			for _, item := range strings.Split(rhs, ",") {
				if strings.TrimSpace(item) == "" {
					return nil, fmt.Errorf("bad binding %q: an empty namespace in the list", one)
				}
			}
		}
		key, nss, err := evidence.ParseBind(one)
		if err != nil {
			return nil, err
		}
		for _, before := range []map[string][]string{seen, prev} {
			if old, ok := before[key]; ok && !slices.Equal(old, nss) {
				return nil, fmt.Errorf("bad binding %q: %s is also bound to %s", one, key, strings.Join(old, ","))
			}
		}
		seen[key] = nss
		out = append(out, Binding{key, nss})
	}
	return out, nil
}

// BindKeys returns the keys of a's -bind flag, sorted; nil when a has
// none. The standalone driver checks that each names a package it loaded,
// and a type and field of it.
func BindKeys(a *analysis.Analyzer) []string {
	f := a.Flags.Lookup("bind")
	if f == nil {
		return nil
	}
	b, ok := f.Value.(bindFlag)
	if !ok {
		return nil
	}
	var keys []string
	for k := range b.m {
		keys = append(keys, k)
	}
	slices.Sort(keys)
	return keys
}
