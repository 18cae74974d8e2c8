package analyzer

import "github.com/msdklint/msdklint/catalog"

// lookup returns the entries of the field's namespaces for code v.
func (p *checker) lookup(ns *nsSet, v int64) []*catalog.Entry {
	var out []*catalog.Entry
	for _, id := range ns.ids {
		if e, ok := p.cat.Lookup(id, v); ok {
			out = append(out, e)
		}
	}
	return out
}

// exactEntries returns the entries that are not ranges; es itself
// when all are, to spare an allocation.
func exactEntries(es []*catalog.Entry) []*catalog.Entry {
	n := 0
	for _, e := range es {
		if !e.IsRange() {
			n++
		}
	}
	if n == len(es) {
		return es
	}
	out := make([]*catalog.Entry, 0, n)
	for _, e := range es {
		if !e.IsRange() {
			out = append(out, e)
		}
	}
	return out
}
