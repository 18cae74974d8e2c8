package catalog

import (
	_ "embed"
	"strings"
	"sync"
)

//go:embed codes.txt
var codesTxt []byte

// importPrefix is the import path of the generated constants packages
// without the platform.
const importPrefix = "github.com/msdklint/msdklint/catalog/"

// An Entry is one code, or one range of codes, of a namespace.
type Entry struct {
	Namespace string
	Code, Hi  int64  // Hi == Code for a single code; Hi > Code for a range
	Name      string // constant name without package, "" when none
	// Deprecated holds the entry's former constant names, still
	// generated for one release as aliases of Name.
	Deprecated []string
	Action     Action
	Reauth     Reauth // ReauthNone, ReauthStated, ReauthInferred

	En, Zh, AdviceEn, AdviceZh string

	Source  []string
	Aliases []int64
	Notes   []string

	File string // the file defining the entry (data file, team source), "" when unknown
	Line int    // line in File
}

// IsRange reports whether e covers more than one code.
func (e *Entry) IsRange() bool { return e.Hi != e.Code }

// Platform returns the first segment of e's namespace.
func (e *Entry) Platform() string { return platformOf(e.Namespace) }

// Const returns the constant as a user writes it,
// "qq.PlatformAccessTokenExpired", or "" when e has no name.
func (e *Entry) Const() string {
	if e.Name == "" {
		return ""
	}
	return e.Platform() + "." + e.Name
}

// RangeFunc returns the name of the function generated for a named
// range, "InLogicServerError", which reports whether a code lies in the
// range; "" when e is not a named range.
func (e *Entry) RangeFunc() string {
	if !e.IsRange() || e.Name == "" {
		return ""
	}
	return "In" + e.Name
}

// ConstValue returns the value of e's constant: the code itself, or for
// a range the bound nearest zero (Hi when the range is negative, else
// Code), which is the code the source lists for every range of the
// catalog: "-100到-999" lists -100, "0x10~0x11" lists 0x10. The whole
// range is tested with RangeFunc's function.
func (e *Entry) ConstValue() int64 {
	if e.Hi < 0 {
		return e.Hi
	}
	return e.Code
}

// ImportPath returns the import path of the package generated for e's
// platform, "github.com/msdklint/msdklint/catalog/qq".
func (e *Entry) ImportPath() string { return importPrefix + e.Platform() }

// Seed reports whether one of e's sources is a seed document.
func (e *Entry) Seed() bool {
	for _, s := range e.Source {
		if isSeedSource(s) {
			return true
		}
	}
	return false
}

func isSeedSource(s string) bool { return s == "seed" || strings.HasPrefix(s, "seed ") }

// Description returns e's description in lang ("zh" or "en"), or in the
// other language when e has none in lang.
func (e *Entry) Description(lang string) string {
	return pick(lang, e.En, e.Zh)
}

func pick(lang, en, zh string) string {
	if lang == "zh" && zh != "" || en == "" {
		return zh
	}
	return en
}

// A Namespace is a set of codes of one platform's API, e.g. qq.platform.
type Namespace struct {
	Name, TitleEn, TitleZh string
	ID                     NSID     // index in Catalog.Namespaces
	Source                 []string // references for the whole namespace
	Notes                  []string
	File                   string
	Line                   int      // the first namespace line
	Entries                []*Entry // in file order
}

// Platform returns the first segment of the namespace's name.
func (n *Namespace) Platform() string { return platformOf(n.Name) }

// Title returns the namespace's title in lang ("zh" or "en"), or in the
// other language when it has none in lang.
func (n *Namespace) Title(lang string) string { return pick(lang, n.TitleEn, n.TitleZh) }

func platformOf(ns string) string {
	p, _, _ := strings.Cut(ns, ".")
	return p
}

// An NSID identifies a namespace within one Catalog and the catalogs
// extended from it.
type NSID uint16

// A Catalog is an immutable, indexed set of codes. Its methods are safe
// for concurrent use.
type Catalog struct {
	entries    []*Entry
	namespaces []*Namespace
	byName     map[string]NSID
	byConst    map[string]*Entry // "qq.X" by current and deprecated names
	expand     map[string][]NSID // by namespace and by platform

	// exact holds each namespace's single codes and aliases: a map per
	// namespace keyed by int64 takes the runtime's fast path for 8-byte
	// keys, twice as fast as one map keyed by (namespace, code).
	exact []map[int64]*Entry
	// ranges holds each namespace's ranges sorted by Code; they do not
	// overlap.
	ranges [][]*Entry
	reauth [][]*Entry

	// find holds Find's answer for every code that is an exact code or
	// alias of some namespace; segs holds it for the codes that are only
	// inside ranges.
	find map[int64][]*Entry
	segs []segment
}

// A segment is a span of codes that lie in the same set of ranges.
type segment struct {
	lo, hi  int64
	entries []*Entry
}

var (
	defaultOnce sync.Once
	defaultCat  *Catalog
)

// Default returns the catalog embedded from codes.txt. It is parsed once;
// the result is shared and must not be modified.
func Default() *Catalog {
	defaultOnce.Do(func() {
		c, err := Parse("codes.txt", codesTxt)
		if err != nil {
			// TestDefault guarantees this never happens in a release.
			panic("catalog: the embedded codes.txt is invalid:\n" + err.Error())
		}
		defaultCat = c
	})
	return defaultCat
}

// Namespace returns the namespace called name.
func (c *Catalog) Namespace(name string) (*Namespace, bool) {
	id, ok := c.byName[name]
	if !ok {
		return nil, false
	}
	return c.namespaces[id], true
}

// Namespaces returns every namespace, indexed by NSID (in the order of
// their first namespace line). The slice is shared: do not modify it.
func (c *Catalog) Namespaces() []*Namespace {
	return c.namespaces[:len(c.namespaces):len(c.namespaces)]
}

// Expand returns the namespaces that nsOrPlatform names: one namespace
// ("qq.platform") or every namespace of a platform ("qq"). It reports
// false when nsOrPlatform names neither. The slice is shared: do not
// modify it.
func (c *Catalog) Expand(nsOrPlatform string) ([]NSID, bool) {
	ids, ok := c.expand[nsOrPlatform]
	return ids, ok
}

// Lookup returns the entry of namespace ns for code: a single code or an
// alias, else the range containing code. It does not allocate.
func (c *Catalog) Lookup(ns NSID, code int64) (*Entry, bool) {
	if int(ns) >= len(c.exact) {
		return nil, false
	}
	if e, ok := c.exact[ns][code]; ok {
		return e, true
	}
	e := rangeAt(c.ranges[ns], code)
	return e, e != nil
}

// rangeAt returns the range of rs (sorted, not overlapping) containing
// code, or nil.
func rangeAt(rs []*Entry, code int64) *Entry {
	// The first range whose Hi is >= code is the only candidate.
	i, j := 0, len(rs)
	for i < j {
		h := int(uint(i+j) >> 1)
		if rs[h].Hi < code {
			i = h + 1
		} else {
			j = h
		}
	}
	if i < len(rs) && rs[i].Code <= code {
		return rs[i]
	}
	return nil
}

// Find returns the entry for code of every namespace that knows it, in
// namespace order. It does not allocate: the slice is shared, do not
// modify it.
func (c *Catalog) Find(code int64) []*Entry {
	if es, ok := c.find[code]; ok {
		return es
	}
	i, j := 0, len(c.segs)
	for i < j {
		h := int(uint(i+j) >> 1)
		if c.segs[h].hi < code {
			i = h + 1
		} else {
			j = h
		}
	}
	if i < len(c.segs) && c.segs[i].lo <= code {
		return c.segs[i].entries
	}
	return nil
}

// ReauthCodes returns the entries of ns whose handling includes
// reauthorization, sorted by code. The slice is shared: do not modify it.
func (c *Catalog) ReauthCodes(ns NSID) []*Entry {
	if int(ns) >= len(c.reauth) {
		return nil
	}
	return c.reauth[ns]
}

// Resolve returns the entry a constant of a generated package names,
// given as a user writes it ("qq.ShareDailyLimit"), by its current name
// or by a deprecated one ("qq.QQShareDailyLimit"); the entry's Const is
// always the current name, so a caller that suggests or prints a constant
// never spells a deprecated one.
func (c *Catalog) Resolve(constant string) (*Entry, bool) {
	e, ok := c.byConst[constant]
	return e, ok
}

// Entries returns every entry in file order (extensions last). The slice
// is shared: do not modify it.
func (c *Catalog) Entries() []*Entry { return c.entries[:len(c.entries):len(c.entries)] }
