package lexicon

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"
)

// A Kind is what a name is: it decides how the name is read.
type Kind uint8

const (
	// Ident is a Go identifier: a type, receiver or function name.
	Ident Kind = iota
	// File is a file name, with or without its directory and .go.
	File
	// Package is an import path; its first element, when it is a
	// domain (github.com, gitee.com), is not read.
	Package
	// Module is a module path, read like an import path.
	Module
	// Host is a host name; only the table's hosts match.
	Host
)

func (k Kind) String() string {
	switch k {
	case Ident:
		return "identifier"
	case File:
		return "file"
	case Package:
		return "package"
	case Module:
		return "module"
	}
	return "host"
}

// Platforms is a set of platforms.
type Platforms uint8

// Has tells whether platform p is in the set.
func (ps Platforms) Has(p string) bool {
	i := slices.Index(platformNames[:], p)
	return i >= 0 && ps&(1<<i) != 0
}

// List returns the platforms of the set in the order msdk, qq, wechat,
// weibo.
func (ps Platforms) List() []string {
	var out []string
	for i, p := range platformNames {
		if ps&(1<<i) != 0 {
			out = append(out, p)
		}
	}
	return out
}

// A Match is what a name says.
type Match struct {
	// Owner is the look-alike's vendor, or the first platform named,
	// or "" when the name names nobody.
	Owner     string
	LookAlike bool
	// Word is the table's spelling that matched, for evidence text:
	// "type WeChatReply (wechat)".
	Word string
	Kind Kind
	// Platforms are every platform named; none for a look-alike.
	Platforms Platforms
	// Namespaces are a platform host's namespaces (shared: do not
	// modify).
	Namespaces []string
}

// Found tells whether the name names a platform or a look-alike.
func (m Match) Found() bool { return m.Owner != "" }

// An entry is a word of the table, ready to match.
type entry struct {
	*Entry
	joined string // the spelling without its spaces
	joins  uint64 // bit k: a word of the spelling starts at byte k
	plat   Platforms
}

// byFirst indexes the words of the table by their first byte, shortest
// first, so that a longer spelling's word cuts override a shorter one's
// in Tokens.
var byFirst [256][]*entry

// hosts are the host entries.
var hosts []*Entry

func init() {
	for i := range table {
		e := &table[i]
		if e.Form == HostName {
			hosts = append(hosts, e)
			continue
		}
		x := &entry{Entry: e}
		for w := range strings.SplitSeq(e.Spelling, " ") {
			x.joins |= 1 << len(x.joined)
			x.joined += w
		}
		if i := slices.Index(platformNames[:], e.Owner); i >= 0 && !e.LookAlike {
			x.plat = 1 << i
		}
		byFirst[x.joined[0]] = append(byFirst[x.joined[0]], x)
	}
	for i := range byFirst {
		slices.SortStableFunc(byFirst[i], func(a, b *entry) int { return len(a.joined) - len(b.joined) })
	}
}

// Classify tells what name, read as kind, names: a look-alike when any
// look-alike spelling matches (WeChatWork is WeCom's, though it also
// spells WeChat), else the platforms it names, else nothing.
func Classify(name string, kind Kind) Match {
	switch kind {
	case Host:
		return classifyHost(name)
	case File:
		name = fileStem(name)
	case Package, Module:
		if isOwn(name) {
			return Match{Kind: kind}
		}
		name = dropDomain(name)
	}
	var bb [stackName]byte
	var fb [stackName + 1]uint8
	t := newText(&bb, &fb, name, kind == Package || kind == Module)
	m := Match{Kind: kind}
	first := -1
	for i := range t.b {
		var look *entry
		for _, e := range byFirst[t.b[i]] {
			if _, _, ok := t.at(e, i); !ok {
				continue
			}
			if e.LookAlike {
				look = e // the longest at i: DingTalk is "dingtalk", not "ding"
				continue
			}
			// The first platform named decides Owner, in its longest
			// spelling: QQConnect is "qq connect", not "qq".
			if first < 0 || first == i && e.Owner == m.Owner {
				first, m.Owner, m.Word = i, e.Owner, e.Spelling
			}
			m.Platforms |= e.plat
		}
		if look != nil {
			return Match{Owner: look.Owner, LookAlike: true, Word: look.Spelling, Kind: kind}
		}
	}
	if (kind == Package || kind == Module) && m.Platforms.Has("wechat") {
		if w := wecomAfterWeChat(name); w != "" {
			return Match{Owner: "wecom", LookAlike: true, Word: "wechat " + w, Kind: kind}
		}
	}
	return m
}

// wecomAfterWeChat returns the element of wecomElems that follows, in
// path, an element naming WeChat, or "".
func wecomAfterWeChat(path string) string {
	// Most paths have no WeCom element: spare them reading each element.
	found := false
	for rest := path; rest != "" && !found; {
		var el string
		el, rest, _ = strings.Cut(rest, "/")
		found = wecomElem(el) != ""
	}
	if !found {
		return ""
	}
	wechat := false
	for el := range strings.SplitSeq(path, "/") {
		if w := wecomElem(el); wechat && w != "" {
			return w
		}
		if !wechat && Classify(el, Ident).Platforms.Has("wechat") {
			wechat = true
		}
	}
	return ""
}

// wecomElem returns the word of wecomElems that el is, in any case and
// without - and _, or "".
func wecomElem(el string) string {
	if len(el) < 4 || len(el) > 12 {
		return ""
	}
next:
	for _, w := range wecomElems {
		k := 0
		for i := 0; i < len(el); i++ {
			c := el[i]
			if c == '-' || c == '_' {
				continue
			}
			if 'A' <= c && c <= 'Z' {
				c += 'a' - 'A'
			}
			if k == len(w) || c != w[k] {
				continue next
			}
			k++
		}
		if k == len(w) {
			return w
		}
	}
	return ""
}

func classifyHost(h string) Match {
	h, _, _ = strings.Cut(h, ":")
	h = strings.TrimSuffix(strings.ToLower(h), ".")
	var best *Entry
	for _, e := range hosts {
		n := e.Spelling
		if (h == n || len(h) > len(n) && h[len(h)-len(n)-1] == '.' && h[len(h)-len(n):] == n) && (best == nil || len(n) > len(best.Spelling)) {
			best = e
		}
	}
	if best == nil {
		return Match{Kind: Host}
	}
	m := Match{Owner: best.Owner, LookAlike: best.LookAlike, Word: best.Spelling, Kind: Host, Namespaces: best.Namespaces}
	if i := slices.Index(platformNames[:], best.Owner); i >= 0 && !best.LookAlike {
		m.Platforms = 1 << i
	}
	return m
}

// fileStem returns the name of a Go file without directory, .go and
// _test.
func fileStem(s string) string {
	if i := strings.LastIndexAny(s, `/\`); i >= 0 {
		s = s[i+1:]
	}
	return strings.TrimSuffix(strings.TrimSuffix(s, ".go"), "_test")
}

// dropDomain drops the first element of an import path when it is a
// domain: github.com/qq is a hosting site's name, not the team's, and
// git.code.qq.com/game/login is not QQ's.
func dropDomain(s string) string {
	first, rest, ok := strings.Cut(s, "/")
	if ok && strings.Contains(first, ".") {
		return rest
	}
	if !ok && strings.Contains(first, ".") {
		return ""
	}
	return s
}

// isOwn tells whether path is one of the linter's own packages.
func isOwn(path string) bool {
	for _, o := range own {
		if path == o || strings.HasPrefix(path, o) && path[len(o)] == '/' {
			return true
		}
	}
	return false
}

// A text is a name without separators, its ASCII letters in lower case,
// with where its
// words start: a separator, a case change (We|Chat, QQ|Login, HTTP|Server),
// a digit before an upper-case letter (V5|Resp), or a change between
// ASCII and other letters (企业微信|Resp). Digits after letters stay
// with them (msdk5, oauth2).
type text struct {
	b []byte
	f []uint8 // per byte of b, and one past the end
}

const (
	fWord uint8 = 1 << iota // a word starts here (or the name ends)
	fSep                    // a separator is just before
)

// stackName is the longest name read without allocating.
const stackName = 192

// newText reads s into a text in bb and fb when it fits.
func newText(bb *[stackName]byte, fb *[stackName + 1]uint8, s string, paths bool) text {
	b, f := bb[:], fb[:]
	if len(s) > stackName {
		b, f = make([]byte, len(s)), make([]uint8, len(s)+1)
	}
	n := load(b, f, s, paths)
	return text{b: b[:n], f: f[:n+1]}
}

// load writes s into b and f and returns its length in b. In a path
// (paths set), an element that is a major version is left out:
// wechat/v2/work is wechat/work.
func load(b []byte, fl []uint8, s string, paths bool) int {
	const (
		none = iota
		lower
		upper
		digit
		wide
	)
	prev, sep, n := none, false, 0
	for i := 0; i < len(s); {
		if paths && (i == 0 || s[i-1] == '/') {
			if k := versionElem(s, i); k > i {
				sep, prev, i = n > 0, none, k
				continue
			}
		}
		c := s[i]
		cls, size := none, 1
		switch {
		case 'a' <= c && c <= 'z':
			cls = lower
		case 'A' <= c && c <= 'Z':
			cls = upper
		case '0' <= c && c <= '9':
			cls = digit
		case c >= utf8.RuneSelf:
			var r rune
			r, size = utf8.DecodeRuneInString(s[i:])
			if unicode.IsLetter(r) || unicode.IsDigit(r) {
				cls = wide
			}
		}
		if cls == none {
			sep = n > 0
			prev = none
			i += size
			continue
		}
		var f uint8
		switch {
		case sep:
			f = fWord | fSep
		case prev == none:
			f = fWord
		case (cls == wide) != (prev == wide):
			f = fWord
		case cls == upper && (prev == lower || prev == digit):
			f = fWord
		case cls == upper && prev == upper && i+1 < len(s) && 'a' <= s[i+1] && s[i+1] <= 'z':
			f = fWord
		}
		if cls == upper {
			c += 'a' - 'A'
		}
		b[n], fl[n] = c, f
		n++
		for k := 1; k < size; k++ {
			b[n], fl[n] = s[i+k], 0
			n++
		}
		prev, sep = cls, false
		i += size
	}
	fl[n] = fWord
	return n
}

// versionElem returns the end of a path element v<digits> at i, or i.
func versionElem(s string, i int) int {
	if i >= len(s) || s[i] != 'v' {
		return i
	}
	k := i + 1
	for k < len(s) && isDigit(s[k]) {
		k++
	}
	if k == i+1 || k < len(s) && s[k] != '/' {
		return i
	}
	return k
}

// at matches e at byte i: the end of the spelling (with its version)
// and the end of the match (with a compound's suffix).
func (t *text) at(e *entry, i int) (spellEnd, end int, ok bool) {
	sp := e.joined
	if len(t.b)-i < len(sp) || string(t.b[i:i+len(sp)]) != sp {
		return 0, 0, false
	}
	for k := 1; k < len(sp); k++ {
		if t.f[i+k]&fSep != 0 && e.joins&(1<<k) == 0 {
			return 0, 0, false // wx_yz is not wxyz, and we/chat not wechat
		}
	}
	j := i + len(sp)
	if e.Form == Part {
		return j, j, true
	}
	if t.f[i]&fWord == 0 {
		return 0, 0, false
	}
	if e.Version {
		j = t.version(j)
	}
	if t.f[j]&fWord != 0 {
		return j, j, true
	}
	if e.Form == Prefix {
		if k := t.suffix(j); k > j {
			return j, k, true
		}
	}
	return 0, 0, false
}

// version returns the end of a version (v5, V3, 5) at j, or j.
func (t *text) version(j int) int {
	k := j
	if k < len(t.b) && t.b[k] == 'v' && t.f[k]&fSep == 0 {
		k++
	}
	d := k
	for k < len(t.b) && isDigit(t.b[k]) && t.f[k]&fSep == 0 {
		k++
	}
	if k == d {
		return j
	}
	return k
}

// suffix returns the end of a word of the suffix list (and its digits)
// at j that ends a word, or 0.
func (t *text) suffix(j int) int {
	if t.f[j]&fSep != 0 {
		return 0
	}
next:
	for _, s := range suffixes {
		if len(t.b)-j < len(s) || string(t.b[j:j+len(s)]) != s {
			continue
		}
		k := j + len(s)
		for k < len(t.b) && isDigit(t.b[k]) {
			k++
		}
		for x := j + 1; x < k; x++ {
			if t.f[x]&fSep != 0 {
				continue next
			}
		}
		if t.f[k]&fWord != 0 {
			return k
		}
	}
	return 0
}

func isDigit(c byte) bool { return '0' <= c && c <= '9' }

// Tokens splits a name into the lower-case words the classifier reads:
// "WeChatReply" -> wechat, reply; "MSDKv5Resp" -> msdkv5, resp;
// "wxsdk" -> wx, sdk; "wechat/work" -> wechat, work. It is for tests
// and explanations; Classify does not build it.
func Tokens(name string) []string {
	var bb [stackName]byte
	var fb [stackName + 1]uint8
	t := newText(&bb, &fb, name, false)
	cut := make([]bool, len(t.b)+1)
	for i := range cut {
		cut[i] = t.f[i]&fWord != 0
	}
	// A match inside an earlier one (微信 in 企业微信) cuts nothing.
	from, covered := 0, 0
	for i := range t.b {
		for _, e := range byFirst[t.b[i]] {
			se, end, ok := t.at(e, i)
			if !ok || i > from && end <= covered {
				continue
			}
			from, covered = i, max(covered, end)
			for k := i + 1; k < se; k++ {
				cut[k] = k-i < 64 && e.joins&(1<<(k-i)) != 0 && k-i < len(e.joined) || t.f[k]&fSep != 0
			}
			cut[i], cut[se], cut[end] = true, true, true
		}
	}
	var out []string
	start := 0
	for k := 1; k <= len(t.b); k++ {
		if cut[k] {
			out = append(out, string(t.b[start:k]))
			start = k
		}
	}
	return out
}
