package catalog_test

import (
	"os"
	"strconv"
	"testing"

	"github.com/msdklint/msdklint/catalog"
)

// id returns the NSID of namespace name in c.
func id(t testing.TB, c *catalog.Catalog, name string) catalog.NSID {
	t.Helper()
	n, ok := c.Namespace(name)
	require.True(t, ok, name)
	return n.ID
}

// key names an entry in assertions: "qq.oidb -1", "qq.tokencheck 16..17".
func key(e *catalog.Entry) string {
	if e == nil {
		return "<nil>"
	}
	s := e.Namespace + " " + itoa(e.Code)
	if e.IsRange() {
		s += ".." + itoa(e.Hi)
	}
	return s
}

func keys(es []*catalog.Entry) []string {
	out := []string{}
	for _, e := range es {
		out = append(out, key(e))
	}
	return out
}

func itoa(n int64) string { return strconv.FormatInt(n, 10) }

// codesTxt returns the data file as it is on disk.
func codesTxt(t testing.TB) []byte {
	t.Helper()
	b, err := os.ReadFile("codes.txt")
	require.NoError(t, err)
	return b
}

func TestLookup(t *testing.T) {
	c := parseFixture(t)
	oidb, tok, logic := id(t, c, "qq.oidb"), id(t, c, "qq.tokencheck"), id(t, c, "msdk.logic")
	for _, tc := range []struct {
		ns   catalog.NSID
		code int64
		want string // key of the entry, "<nil>" when none
	}{
		{oidb, -1, "qq.oidb -1"},
		{oidb, 255, "qq.oidb -1"}, // hex alias 0xff
		{oidb, 511, "qq.oidb -1"}, // hex alias 0x1FF
		{oidb, 3, "qq.oidb 3"},    // entry of the reopened namespace
		{oidb, 64, "<nil>"},
		{tok, 64, "qq.tokencheck 64"},
		{tok, 15, "<nil>"},
		{tok, 16, "qq.tokencheck 16..17"},
		{tok, 17, "qq.tokencheck 16..17"},
		{tok, 18, "<nil>"},
		{tok, 20, "qq.tokencheck 20..30"},
		{tok, 25, "qq.tokencheck 25"}, // exact code wins over its range
		{tok, 26, "qq.tokencheck 20..30"},
		{tok, 30, "qq.tokencheck 20..30"},
		{tok, 31, "<nil>"},
		{logic, -1000, "msdk.logic -1999..-1000"},
		{logic, -1500, "msdk.logic -1999..-1000"},
		{logic, -1999, "msdk.logic -1999..-1000"},
		{logic, -2000, "<nil>"},
		{logic, -999, "<nil>"},
		{logic, -1, "msdk.logic -1"},
		{catalog.NSID(99), -1, "<nil>"}, // unknown namespace
	} {
		e, ok := c.Lookup(tc.ns, tc.code)
		assert.Equal(t, tc.want != "<nil>", ok, "Lookup(%d, %d)", tc.ns, tc.code)
		assert.Equal(t, tc.want, key(e), "Lookup(%d, %d)", tc.ns, tc.code)
	}
}

func TestFind(t *testing.T) {
	c := parseFixture(t)
	for code, want := range map[int64][]string{
		-1:      {"qq.oidb -1", "msdk.logic -1"},
		255:     {"qq.oidb -1"},
		64:      {"qq.tokencheck 64", "msdk.logic 64"},
		3:       {"qq.oidb 3"},
		16:      {"qq.tokencheck 16..17"},
		25:      {"qq.tokencheck 25"},
		29:      {"qq.tokencheck 20..30"},
		-1234:   {"msdk.logic -1999..-1000"},
		0:       {},
		-2000:   {},
		1 << 62: {},
	} {
		assert.Equal(t, want, keys(c.Find(code)), "Find(%d)", code)
	}
}

func TestFindOverlappingNamespaces(t *testing.T) {
	// Ranges of two namespaces overlap, and an exact code of a third
	// namespace lies in both: Find must give each namespace's entry.
	c, err := catalog.Parse("t.txt", []byte(`namespace a.x
 title.en A
 title.zh A
range 1 10
 action retry
 en a
 source t
namespace b.x
 title.en B
 title.zh B
range 5 20
 action retry
 en b
 source t
code 7
 action ignore
 en b7
 source t
namespace c.x
 title.en C
 title.zh C
code 8
 action retry
 en c
 source t
`))
	require.NoError(t, err)
	for code, want := range map[int64][]string{
		0:  {},
		1:  {"a.x 1..10"},
		4:  {"a.x 1..10"},
		5:  {"a.x 1..10", "b.x 5..20"},
		7:  {"a.x 1..10", "b.x 7"},
		8:  {"a.x 1..10", "b.x 5..20", "c.x 8"},
		10: {"a.x 1..10", "b.x 5..20"},
		11: {"b.x 5..20"},
		20: {"b.x 5..20"},
		21: {},
	} {
		assert.Equal(t, want, keys(c.Find(code)), "Find(%d)", code)
	}
}

func TestExpand(t *testing.T) {
	c := parseFixture(t)
	for name, want := range map[string][]catalog.NSID{
		"qq":            {0, 1},
		"msdk":          {2},
		"qq.tokencheck": {1},
		"msdk.logic":    {2},
	} {
		got, ok := c.Expand(name)
		assert.True(t, ok, name)
		assert.Equal(t, want, got, name)
	}
	for _, name := range []string{"", "wechat", "qq.platform", "q"} {
		_, ok := c.Expand(name)
		assert.False(t, ok, name)
	}
	_, ok := c.Namespace("qq")
	assert.False(t, ok, "a platform is not a namespace")
}

func TestReauthCodes(t *testing.T) {
	c := parseFixture(t)
	assert.Equal(t, []string{"qq.tokencheck 25", "qq.tokencheck 64"}, keys(c.ReauthCodes(id(t, c, "qq.tokencheck"))), "sorted by code")
	assert.Empty(t, c.ReauthCodes(id(t, c, "qq.oidb")))
	assert.Empty(t, c.ReauthCodes(99))
}

// TestSharedSlicesAreCapped checks that appending to a shared slice copies
// it rather than writing into the catalog.
func TestSharedSlicesAreCapped(t *testing.T) {
	c := parseFixture(t)
	for _, s := range [][]*catalog.Entry{c.Find(-1), c.Find(20), c.Entries(), c.ReauthCodes(1)} {
		assert.Equal(t, len(s), cap(s))
	}
	ids, _ := c.Expand("qq")
	assert.Equal(t, len(ids), cap(ids))
}

func TestExtend(t *testing.T) {
	base := parseFixture(t)
	c, err := base.Extend([]catalog.Entry{
		{Namespace: "mygame.logic", Code: -30001, Hi: -30001, Action: catalog.ActionNotifyUser, En: "Not enough gold", Source: []string{"team example.com/game"}, Line: 10},
		{Namespace: "mygame.logic", Code: -30002, Hi: -30002, Action: catalog.ActionReauthorize, Reauth: catalog.ReauthStated, En: "Kicked", Line: 12},
		{Namespace: "msdk.logic", Code: -1500, Hi: -1500, Action: catalog.ActionRetry, En: "Inside a catalog range"},
		{Namespace: "qq.oidb", Code: 4, Hi: 4, Action: catalog.ActionRetry, En: "New OIDB code"},
	})
	require.NoError(t, err)

	assert.Len(t, base.Namespaces(), 3, "the base catalog is unchanged")
	assert.Len(t, base.Entries(), 9)
	_, ok := base.Lookup(id(t, base, "qq.oidb"), 4)
	assert.False(t, ok)

	game := id(t, c, "mygame.logic")
	assert.Equal(t, catalog.NSID(3), game, "existing NSIDs are kept")
	ids, ok := c.Expand("mygame")
	assert.True(t, ok)
	assert.Equal(t, []catalog.NSID{3}, ids)
	e, ok := c.Lookup(game, -30001)
	require.True(t, ok)
	assert.Equal(t, "Not enough gold", e.En)
	assert.Equal(t, "mygame", e.Platform())
	assert.Equal(t, []string{"mygame.logic -30002"}, keys(c.ReauthCodes(game)))
	assert.Equal(t, []string{"msdk.logic -1500"}, keys(c.Find(-1500)), "an exact team code wins over a catalog range")
	assert.Equal(t, []string{"msdk.logic -1999..-1000"}, keys(c.Find(-1501)))
	assert.Equal(t, []string{"qq.oidb 4"}, keys(c.Find(4)))
	assert.Equal(t, []string{"qq.oidb -1", "msdk.logic -1"}, keys(c.Find(-1)), "catalog entries are kept")
	assert.Len(t, c.Entries(), 13)
	oidb, _ := c.Namespace("qq.oidb")
	assert.Equal(t, "OIDB errors", oidb.TitleEn)
	assert.Len(t, oidb.Entries, 3)
}

func TestExtendErrors(t *testing.T) {
	base := parseFixture(t)
	for _, tc := range []struct {
		name  string
		entry catalog.Entry
		want  string
	}{
		{"redefines a catalog code",
			catalog.Entry{Namespace: "qq.oidb", Code: -1, Hi: -1, Action: catalog.ActionRetry, File: "game/codes.go", Line: 7},
			"game/codes.go:7: code -1 of namespace qq.oidb is already defined: code -1 (fixture.txt:8)"},
		{"redefines a catalog alias",
			catalog.Entry{Namespace: "qq.oidb", Code: 255, Hi: 255, Action: catalog.ActionRetry, Line: 7},
			"line 7: code 255 of namespace qq.oidb is already defined: alias 255 of code -1 (fixture.txt:8)"},
		{"overlaps a catalog range",
			catalog.Entry{Namespace: "msdk.logic", Code: -1000, Hi: -900, Action: catalog.ActionRetry, File: "g.go", Line: 3},
			"g.go:3: range -1000 -900 overlaps range -1999 -1000 of namespace msdk.logic (fixture.txt:54)"},
		{"no action",
			catalog.Entry{Namespace: "mygame.logic", Code: 1, Hi: 1, File: "g.go", Line: 3},
			"g.go:3: mygame.logic code 1: invalid action Action(0)"},
		{"Hi not set",
			catalog.Entry{Namespace: "mygame.logic", Code: 5, Action: catalog.ActionRetry, File: "g.go", Line: 3},
			"g.go:3: mygame.logic range 5 0: Hi 0 is less than Code 5 (set Hi = Code for a single code)"},
		{"bad namespace",
			catalog.Entry{Namespace: "mygame", Code: 1, Hi: 1, Action: catalog.ActionRetry, File: "g.go", Line: 3},
			`g.go:3: namespace "mygame": want platform.part[.part], lower-case letters, digits and _`},
		{"reauthorize without reauth",
			catalog.Entry{Namespace: "mygame.logic", Code: 1, Hi: 1, Action: catalog.ActionReauthorize, File: "g.go", Line: 3},
			"g.go:3: mygame.logic code 1: action reauthorize needs reauth stated or reauth inferred"},
		{"invalid reauth",
			catalog.Entry{Namespace: "mygame.logic", Code: 1, Hi: 1, Action: catalog.ActionReauthorize, Reauth: 9, File: "g.go", Line: 3},
			"g.go:3: mygame.logic code 1: invalid reauth Reauth(9)"},
		{"bad name",
			catalog.Entry{Namespace: "mygame.logic", Code: 1, Hi: 1, Action: catalog.ActionRetry, Name: "x", File: "g.go", Line: 3},
			`g.go:3: mygame.logic code 1: name "x" is not an exported Go identifier`},
		{"name taken in the platform package",
			catalog.Entry{Namespace: "qq.new", Code: 1, Hi: 1, Action: catalog.ActionRetry, Name: "OIDBSystemError", File: "g.go", Line: 3},
			"g.go:3: name OIDBSystemError is already used in package qq by qq.oidb code -1 (fixture.txt:8)"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			c, err := base.Extend([]catalog.Entry{tc.entry})
			require.Error(t, err)
			assert.Nil(t, c)
			assert.Equal(t, tc.want, err.Error())
		})
	}

	_, err := base.Extend([]catalog.Entry{
		{Namespace: "mygame.logic", Code: 1, Hi: 1, Action: catalog.ActionRetry, File: "a.go", Line: 3},
		{Namespace: "mygame.logic", Code: 1, Hi: 1, Action: catalog.ActionRetry, File: "a.go", Line: 9},
	})
	require.Error(t, err)
	assert.Equal(t, "a.go:9: code 1 of namespace mygame.logic is already defined: code 1 (a.go:3)", err.Error(),
		"two team codes of one namespace")
}

func TestExtendEmpty(t *testing.T) {
	base := parseFixture(t)
	c, err := base.Extend(nil)
	require.NoError(t, err)
	assert.Equal(t, keys(base.Entries()), keys(c.Entries()))
}

// TestDefault guarantees that the embedded codes.txt parses, so Default
// never panics, and that its indexes agree with its entries.
func TestDefault(t *testing.T) {
	_, err := catalog.Parse("codes.txt", codesTxt(t))
	require.NoError(t, err)
	c := catalog.Default()
	require.Same(t, c, catalog.Default(), "parsed once")
	checkInvariants(t, c)
}

// checkInvariants checks what a parsed catalog promises.
func checkInvariants(t testing.TB, c *catalog.Catalog) {
	t.Helper()
	names := map[string]*catalog.Entry{}
	for i, n := range c.Namespaces() {
		require.Equal(t, catalog.NSID(i), n.ID)
		got, ok := c.Namespace(n.Name)
		require.True(t, ok)
		require.Same(t, n, got)
		ids, ok := c.Expand(n.Platform())
		require.True(t, ok)
		require.Contains(t, ids, n.ID)
		for _, e := range n.Entries {
			require.Equal(t, n.Name, e.Namespace)
		}
		prev := int64(0)
		for j, e := range c.ReauthCodes(n.ID) {
			require.NotEqual(t, catalog.ReauthNone, e.Reauth)
			require.Equal(t, n.Name, e.Namespace)
			if j > 0 {
				require.LessOrEqual(t, prev, e.Code)
			}
			prev = e.Code
		}
	}
	for i, e := range c.Entries() {
		if i > 0 {
			require.Less(t, c.Entries()[i-1].Line, e.Line, "file order")
		}
		n, ok := c.Namespace(e.Namespace)
		require.True(t, ok)
		require.LessOrEqual(t, e.Code, e.Hi)
		require.True(t, e.Action.Valid())
		if e.Action == catalog.ActionReauthorize {
			require.NotEqual(t, catalog.ReauthNone, e.Reauth, key(e))
		}
		if e.Seed() {
			require.NotEmpty(t, e.Name, key(e))
			require.NotEmpty(t, e.En, key(e))
			require.NotEmpty(t, e.Zh, key(e))
		}
		if e.Name != "" {
			prev, dup := names[e.Const()]
			require.False(t, dup, "%s: %s and %s", e.Const(), key(e), key(prev))
			names[e.Const()] = e
		}
		codes := append([]int64{e.Code, e.Hi}, e.Aliases...)
		for _, code := range codes {
			got, ok := c.Lookup(n.ID, code)
			require.True(t, ok)
			if code == e.Code || !e.IsRange() {
				// A range may be shadowed by an exact code at its ends.
				if got != e {
					require.True(t, e.IsRange() && !got.IsRange(), "Lookup(%s, %d) = %s", n.Name, code, key(got))
				}
			}
			require.Contains(t, c.Find(code), got, "Find(%d)", code)
		}
	}
}

func TestZeroAllocations(t *testing.T) {
	c := parseFixture(t)
	logic := id(t, c, "msdk.logic")
	var sink int
	allocs := testing.AllocsPerRun(100, func() {
		for code := int64(-2100); code < 100; code += 7 {
			if e, ok := c.Lookup(logic, code); ok {
				sink += e.Line
			}
			sink += len(c.Find(code))
		}
		sink += len(c.ReauthCodes(1))
	})
	assert.Zero(t, allocs)

	d := catalog.Default()
	ps := probes(d)
	allocs = testing.AllocsPerRun(10, func() {
		for _, p := range ps {
			if e, ok := d.Lookup(p.ns, p.code); ok {
				sink += e.Line
			}
			sink += len(d.Find(p.code))
		}
	})
	assert.Zero(t, allocs, "the embedded catalog")
	_ = sink
}
