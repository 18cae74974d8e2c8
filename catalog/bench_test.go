package catalog_test

import (
	"testing"

	"github.com/msdklint/msdklint/catalog"
)

// probe is a mix of what the analyzer looks up: exact codes, aliases,
// codes inside ranges and unknown codes.
type probe struct {
	ns   catalog.NSID
	code int64
}

func probes(c *catalog.Catalog) []probe {
	var ps []probe
	for _, e := range c.Entries() {
		n, _ := c.Namespace(e.Namespace)
		ps = append(ps, probe{n.ID, e.Code}, probe{n.ID, e.Hi - (e.Hi-e.Code)/2}, probe{n.ID, e.Code + 1_000_003})
		for _, a := range e.Aliases {
			ps = append(ps, probe{n.ID, a})
		}
	}
	return ps
}

func BenchmarkLookup(b *testing.B) {
	c := catalog.Default()
	ps := probes(c)
	if len(ps) == 0 {
		b.Skip("empty catalog")
	}
	b.ReportAllocs()
	b.ResetTimer()
	n := 0
	for i := 0; i < b.N; i++ {
		p := ps[i%len(ps)]
		if _, ok := c.Lookup(p.ns, p.code); ok {
			n++
		}
	}
	_ = n
}

func BenchmarkFind(b *testing.B) {
	c := catalog.Default()
	ps := probes(c)
	if len(ps) == 0 {
		b.Skip("empty catalog")
	}
	b.ReportAllocs()
	b.ResetTimer()
	n := 0
	for i := 0; i < b.N; i++ {
		n += len(c.Find(ps[i%len(ps)].code))
	}
	_ = n
}

func BenchmarkParse(b *testing.B) {
	src := codesTxt(b)
	b.ReportAllocs()
	b.SetBytes(int64(len(src)))
	b.ResetTimer()
	for range b.N {
		if _, err := catalog.Parse("codes.txt", src); err != nil {
			b.Fatal(err)
		}
	}
}
