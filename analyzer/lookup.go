package analyzer

import (
	"slices"

	"github.com/msdklint/msdklint/analyzer/internal/evidence"
	"github.com/msdklint/msdklint/catalog"
)

// primary is each platform's main namespace: an inference that names
// only a platform reads an ambiguous code as this namespace's (wechat's
// errcode -1 is wechat.SystemError, not wechat.GroupSystemError).
var primary = map[string]string{
	"msdk":    "msdk.access",
	"qq":      "qq.platform",
	"wechat":  "wechat.platform",
	"weibo":   "weibo.api",
	"openapi": "openapi.common",
}

// lookup returns the entries of the field's namespaces for code v. An
// exact code beats another namespace's range (-503 on an MSDK reply is
// msdk.AccessRateLimited, whatever msdk.logic's -999..-100 says), and an
// inference that names a platform prefers its primary namespace.
func (p *checker) lookup(ns *evidence.Set, v int64) []*catalog.Entry {
	var out []*catalog.Entry
	for _, id := range ns.IDs {
		if e, ok := p.cat().Lookup(id, v); ok {
			out = append(out, e)
		}
	}
	if len(out) < 2 {
		return out
	}
	if exact := exactEntries(out); len(exact) > 0 {
		out = exact
	}
	if ns.Rung == Bound || len(out) < 2 {
		return out
	}
	var prim []*catalog.Entry
	for _, e := range out {
		if (slices.Contains(ns.Names, e.Platform()) || slices.Contains(ns.Names, e.Namespace)) && primary[e.Platform()] == e.Namespace {
			prim = append(prim, e)
		}
	}
	if len(prim) > 0 {
		return prim
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

// cat returns the pass's catalog, extended by the team codes in sight.
func (p *checker) cat() *catalog.Catalog { return p.ev.Catalog() }
