package analyzer

import (
	"cmp"
	"go/token"
	"slices"
	"strings"

	"github.com/msdklint/msdklint/analyzer/internal/evidence"
	"github.com/msdklint/msdklint/analyzer/internal/reads"
	"github.com/msdklint/msdklint/catalog"
)

// The binding advice of msdklint fields: for each code field, the
// namespaces a team would commit, chosen so that following it never adds
// a false finding.

// compared is what the pass compared a code field with.
type compared struct {
	values []int64  // distinct values
	found  []string // the catalog namespaces of those that are codes of the field's namespaces
}

// noteValue records that the field of ref is compared with v, whose
// entries in the field's namespaces are found.
func (p *checker) noteValue(ref reads.Ref, v int64, found []*catalog.Entry) {
	if ref.NS.Rung == Bound || ref.Field == nil {
		return // bound, or a map or JSON-path read: no field to advise on
	}
	pos := ref.Field.Origin().Pos()
	c := p.compared[pos]
	if c == nil {
		if p.compared == nil {
			p.compared = map[token.Pos]*compared{}
		}
		c = &compared{}
		p.compared[pos] = c
	}
	if slices.Contains(c.values, v) {
		return
	}
	c.values = append(c.values, v)
	for _, e := range found {
		if !slices.Contains(c.found, e.Namespace) {
			c.found = append(c.found, e.Namespace)
		}
	}
}

// keyNamespaces are the namespaces of a platform that a code key reaches:
// an MSDK ret is the access layer's or the logic layer's, never an
// err_type (docs/binding.md, endpoints). A platform missing here is read
// as its primary namespace.
var keyNamespaces = map[string]map[string][]string{
	"msdk": {"ret": {"msdk.access", "msdk.logic"}, "err_type": {"msdk.errtype"}},
}

// advise returns the namespaces that would bind f, or ["none"] when f is
// not a platform's reply as far as msdklint can tell, or nil when there
// is nothing to advise (bound, or another company's).
//
//   - Bound: nil, unless the binding names a whole platform that the key
//     narrows (msdk for a ret: msdk.access,msdk.logic).
//   - Named or host: the platform's namespaces the key reaches (or its
//     primary one), with those where the values compared with the field
//     were found, so that every code found before is found after. (A
//     field whose values contradict its names is the evidence's to
//     demote; it then gets the advice of its rung.)
//   - Keys or unbound: none, never a platform guess: a team protocol
//     known by its keys lights up with false findings when bound to a
//     platform. A team namespace (//msdklint:codes) is the other choice.
func (p *checker) advise(f evidence.Field) []string {
	if f.Silent {
		return []string{"none"} // its values contradict its names
	}
	switch f.Rung {
	case Bound:
		if !slices.ContainsFunc(f.Namespaces, func(ns string) bool { return !strings.Contains(ns, ".") && keyNamespaces[ns][f.Key] != nil }) {
			return nil
		}
		return p.narrow(f.Namespaces, f.Key, nil)
	case Named, Host:
		if len(f.Namespaces) == 0 {
			return nil // another company's
		}
		c := p.compared[f.Pos]
		var found []string
		if c != nil {
			found = c.found
		}
		return p.narrow(f.Namespaces, f.Key, found)
	}
	return []string{"none"}
}

// narrow returns the namespaces of names (namespaces or platforms) that
// the key reaches, with found, in catalog order.
func (p *checker) narrow(names []string, key string, found []string) []string {
	var out []string
	add := func(ns string) {
		if !slices.Contains(out, ns) {
			out = append(out, ns)
		}
	}
	for _, n := range names {
		switch {
		case strings.Contains(n, "."):
			add(n)
		case keyNamespaces[n][key] != nil:
			for _, ns := range keyNamespaces[n][key] {
				add(ns)
			}
		case primary[n] != "":
			add(primary[n])
		default:
			add(n)
		}
	}
	for _, ns := range found {
		add(ns)
	}
	cat := catalog.Default()
	order := func(ns string) int {
		if n, ok := cat.Namespace(ns); ok {
			return int(n.ID)
		}
		return 1 << 20
	}
	slices.SortStableFunc(out, func(a, b string) int { return cmp.Compare(order(a), order(b)) })
	return out
}
