package analyzer

import (
	"go/ast"
	"go/token"
	"go/types"
	"path/filepath"
	"slices"
	"strings"
	"unicode"

	"github.com/msdklint/msdklint/catalog"
)

// An nsSet is the namespaces of a code field and the evidence that gave
// them (see docs/binding.md).
type nsSet struct {
	ids      []catalog.NSID
	names    []string // as bound or inferred (namespaces or platforms); nil for all
	all      bool     // every namespace: nothing narrows the field
	rung     Rung
	evidence string
	// checked tells whether any check reports on the field: its rung is
	// allowed by -infer, and it is not bound to none nor another company's.
	checked bool
	// team tells that every namespace is a team namespace: the field is
	// checked against the team's codes and never the catalog.
	team bool
	// platform tells that the set is at most a few platforms (a binding
	// or an inference), not the union of all namespaces.
	platform bool
	// badBind names a binding whose namespaces are all unknown here,
	// reported once at the field's first comparison.
	badBind string
}

// sure tells whether the field is bound: only then may wrong-platform
// report on it.
func (s *nsSet) sure() bool { return s.rung == Bound }

// searched names the set in messages.
func (s *nsSet) searched() string {
	if s.names == nil {
		return "all namespaces"
	}
	return strings.Join(s.names, ",")
}

// none is the namespace that binds a field to nothing: not a platform
// reply.
const none = "none"

// resolve finds the namespaces of field v (key kind) reached from recv
// through index, climbing the evidence ladder: the first rung that
// applies decides.
//
//  1. Bound: a binding (see binding), or an err_type key (msdk.errtype)
//     unless the binding is none.
//  2. Named: the types, the receiver of the function declaring an
//     anonymous or local type, the declaring file and the package path
//     name a platform, or another company (then nothing is checked).
//  3. Host: the package names exactly one platform's API host.
//  4. Keys: the keys of the field and its siblings (errcode+errmsg ...).
func (p *checker) resolve(recv types.Type, index []int, v *types.Var, kind fieldKind) *nsSet {
	named := pathTypes(recv, index)
	nss, evidence := p.binding(named, v, kind)
	switch {
	case len(nss) == 1 && nss[0] == none:
		return p.bound(nss, evidence)
	case kind.key == "err_type":
		// A closed enumeration of MSDK's, whatever else binds the reply.
		return p.bound([]string{"msdk.errtype"}, "key err_type")
	case nss != nil:
		return p.bound(nss, evidence)
	}
	if kind.weak {
		return &nsSet{rung: Unbound, evidence: "no message field beside " + kind.key}
	}
	if plats, ev, foreign := p.named(named, v); foreign {
		return &nsSet{rung: Named, evidence: ev}
	} else if len(plats) > 0 {
		return p.inferred(Named, ev, plats)
	}
	if nss, ev, foreign := p.hosts(); foreign {
		return &nsSet{rung: Host, evidence: ev}
	} else if len(nss) > 0 {
		return p.inferred(Host, ev, nss)
	}
	if plats, ev := guessByKeys(kind.key, siblingKeys(recv, index)); len(plats) > 0 {
		return p.inferred(Keys, ev, plats)
	}
	if Keys < p.minRung {
		return &nsSet{rung: Keys, evidence: "key " + kind.key, all: true}
	}
	s := p.union()
	s.rung, s.evidence, s.checked = Keys, "key "+kind.key, true
	return s
}

// binding returns the namespaces that bind field v, and the evidence:
// its msdk:"NS" tag; else for each named struct type on the path to it,
// outermost first, a -bind of its field, a -bind of the type, its
// //msdklint:platform directive, then its package's binding; else, for
// an anonymous struct, its package's binding.
func (p *checker) binding(named []*types.Named, v *types.Var, kind fieldKind) ([]string, string) {
	if kind.tag != "" {
		return splitList(kind.tag), "tag msdk:\"" + kind.tag + "\""
	}
	for _, n := range named {
		obj := n.Obj()
		if obj.Pkg() == nil {
			continue
		}
		base := obj.Pkg().Path() + "." + obj.Name()
		if nss, ok := p.binds[base+"."+v.Name()]; ok {
			return nss, "-bind " + base + "." + v.Name()
		}
		if nss, ok := p.binds[base]; ok {
			return nss, "-bind " + base
		}
		if nss := p.typeBinding(obj); nss != nil {
			return nss, "//msdklint:platform on " + obj.Name()
		}
		if nss, ev := p.packageBinding(obj.Pkg()); nss != nil {
			return nss, ev
		}
	}
	if len(named) == 0 && v.Pkg() != nil {
		return p.packageBinding(v.Pkg())
	}
	return nil, ""
}

// bound returns the set of a binding to nss; unknown names are left
// out (they are reported where the binding is written).
func (p *checker) bound(nss []string, evidence string) *nsSet {
	s := &nsSet{rung: Bound, evidence: evidence, platform: true, team: true}
	if len(nss) == 1 && nss[0] == none {
		s.names = nss
		return s
	}
	def := catalog.Default()
	for _, ns := range nss {
		ids, ok := p.cat().Expand(ns)
		if !ok {
			continue
		}
		if _, ok := def.Expand(ns); ok {
			s.team = false
		}
		s.names = append(s.names, ns)
		s.ids = append(s.ids, ids...)
	}
	if len(s.ids) == 0 {
		s.team = false
		s.names = nss
		if strings.HasPrefix(evidence, "-bind") {
			// A directive or tag is reported where it is written; a
			// flag has no position but the comparisons.
			s.badBind = evidence
		}
		return s
	}
	s.checked = true
	return s
}

// inferred returns the set of the namespaces or platforms nss inferred
// at rung r.
func (p *checker) inferred(r Rung, evidence string, nss []string) *nsSet {
	s := &nsSet{names: nss, rung: r, evidence: evidence, platform: true, checked: r >= p.minRung}
	if !s.checked {
		return s // no check reads its codes
	}
	for _, ns := range nss {
		ids, _ := p.cat().Expand(ns)
		s.ids = append(s.ids, ids...)
	}
	return s
}

// union is the set of every namespace, used when nothing is known.
func (p *checker) union() *nsSet {
	s := &nsSet{all: true}
	for _, ns := range p.cat().Namespaces() {
		s.ids = append(s.ids, ns.ID)
	}
	return s
}

// pathTypes returns the named struct types on the path to a field,
// outermost first.
func pathTypes(recv types.Type, index []int) []*types.Named {
	var out []*types.Named
	t := recv
	for _, i := range index {
		if n := namedOf(t); n != nil {
			out = append(out, n)
		}
		st := structOf(t)
		if st == nil || i >= st.NumFields() {
			break
		}
		t = st.Field(i).Type()
	}
	return out
}

// named looks for a platform or another company in the names around the
// field, nearest first: the struct types on its path, the receiver of
// the method that declares an anonymous or local type, the declaring
// file and the package path (with the module path). It returns the
// platforms and the evidence, or foreign when another company is named.
func (p *checker) named(path []*types.Named, v *types.Var) (plats []string, evidence string, foreign bool) {
	type clue struct{ kind, name string }
	var clues []clue
	for _, n := range path {
		clues = append(clues, clue{"type", n.Obj().Name()})
	}
	declPos := v.Pos()
	if len(path) > 0 {
		declPos = path[0].Obj().Pos()
	}
	local := len(path) == 0 || path[0].Obj().Parent() != path[0].Obj().Pkg().Scope()
	if local {
		if recv := p.receiverAt(declPos); recv != "" {
			clues = append(clues, clue{"receiver", recv})
		}
	}
	if declPos.IsValid() {
		if fn := p.pass.Fset.Position(declPos).Filename; fn != "" {
			clues = append(clues, clue{"file", strings.TrimSuffix(filepath.Base(fn), ".go")})
		}
	}
	pkg := v.Pkg()
	if len(path) > 0 && path[0].Obj().Pkg() != nil {
		pkg = path[0].Obj().Pkg()
	}
	if pkg != nil {
		clues = append(clues, clue{"package", pkg.Path()})
	}
	// The nearest clue that names anyone decides: a QQReply declared in
	// a dingtalk.go file is QQ's; an anonymous reply in a method of a
	// DingTalkProvider is DingTalk's whatever the package is called.
	for _, c := range clues {
		w := p.nameWords(c.name)
		if w.foreign != "" {
			return nil, c.kind + " " + c.name + " (" + w.foreign + ")", true
		}
		if len(w.plats) > 0 {
			return w.plats, c.kind + " " + c.name, false
		}
	}
	return nil, "", false
}

// A nameClue is what a name says: the other company or the platforms
// its words name.
type nameClue struct {
	foreign string
	plats   []string
}

// nameWords reads a name once per run: the fields of every package ask
// about the same types, files and package paths.
func (p *checker) nameWords(name string) nameClue {
	return p.clues.get(name, func() nameClue {
		c := nameClue{foreign: foreignWord(name)}
		if c.foreign == "" {
			c.plats = platformsIn(name)
		}
		return c
	})
}

// receiverAt returns the receiver type name of the method of the
// current package declaring pos, or "".
func (p *checker) receiverAt(pos token.Pos) string {
	for _, f := range p.pass.Files {
		if pos < f.FileStart || pos >= f.FileEnd {
			continue
		}
		for _, d := range f.Decls {
			fd, ok := d.(*ast.FuncDecl)
			if !ok || fd.Recv == nil || len(fd.Recv.List) == 0 || pos < fd.Pos() || pos >= fd.End() {
				continue
			}
			t := fd.Recv.List[0].Type
			for {
				switch x := t.(type) {
				case *ast.StarExpr:
					t = x.X
					continue
				case *ast.IndexExpr:
					t = x.X
					continue
				case *ast.IndexListExpr:
					t = x.X
					continue
				}
				break
			}
			if id, ok := t.(*ast.Ident); ok {
				return id.Name
			}
		}
	}
	return ""
}

// platformWords are the words of names that name a platform. Short ones
// must be whole words ("wx" in WxReply, not in "wxyz"); long ones may be
// part of a word ("wechatapi").
var platformWords = []struct {
	word, platform string
	part           bool
}{
	{"wechat", "wechat", true},
	{"weixin", "wechat", true},
	{"wx", "wechat", false},
	{"weibo", "weibo", true},
	{"sina", "weibo", false},
	{"qzone", "qq", true},
	{"qq", "qq", false},
	{"msdk", "msdk", true},
}

// foreignWords name other companies whose APIs reuse the same keys
// (DingTalk's errcode/errmsg, WeCom's 40014 ...): their fields are
// checked only when bound. Short ones must be whole words.
var foreignWords = []struct {
	word string
	part bool
}{
	{"dingtalk", true}, {"dingding", true}, {"feishu", true}, {"larksuite", true}, {"lark", false},
	{"wecom", true}, {"wxwork", true}, {"workwx", true}, {"qywx", true}, {"qyapi", true}, {"企业微信", true},
	{"alipay", true}, {"douyin", true}, {"toutiao", true}, {"bytedance", true}, {"tiktok", true},
	{"kuaishou", true}, {"baidu", true},
}

// foreignWord returns the word of s naming another company, or "".
func foreignWord(s string) string {
	ws := words(s)
	lower := strings.ToLower(s)
	for _, f := range foreignWords {
		if (f.part && strings.Contains(lower, f.word)) || (!f.part && slices.Contains(ws, f.word)) {
			return f.word
		}
	}
	return ""
}

// platformsIn returns the platforms that the words of s name.
func platformsIn(s string) []string {
	var plats []string
	for _, w := range words(s) {
		for _, pw := range platformWords {
			if (w == pw.word || (pw.part && strings.Contains(w, pw.word))) && !slices.Contains(plats, pw.platform) {
				plats = append(plats, pw.platform)
			}
		}
	}
	return plats
}

// words splits a Go name or an import path into lower-case words:
// "QQReply" -> qq, reply; "github.com/x/wx_api" -> github, com, x, wx, api.
func words(s string) []string {
	var out []string
	rs := []rune(s)
	start := 0
	flush := func(i int) {
		if i > start {
			out = append(out, strings.ToLower(string(rs[start:i])))
		}
		start = i
	}
	for i, r := range rs {
		switch {
		case !unicode.IsLetter(r) && !unicode.IsDigit(r):
			flush(i)
			start = i + 1
		case i > start && unicode.IsUpper(r) && (unicode.IsLower(rs[i-1]) || (i+1 < len(rs) && unicode.IsLower(rs[i+1]) && unicode.IsUpper(rs[i-1]))):
			flush(i)
		}
	}
	flush(len(rs))
	return out
}

// guessByKeys guesses the platforms of a code field from its key and
// the keys beside it: the weakest evidence, checked only with
// -infer=keys.
func guessByKeys(key string, siblings []string) ([]string, string) {
	switch {
	case key == "errcode" && slices.Contains(siblings, "errmsg"):
		// WeChat spells errcode/errmsg.
		return []string{"wechat"}, "keys errcode+errmsg"
	case key == "error_code" && (slices.Contains(siblings, "error") || slices.Contains(siblings, "error_description")):
		// Weibo pairs error_code with error (and a request path).
		return []string{"weibo"}, "keys error_code+error"
	case key == "ret" && slices.Contains(siblings, "msg"):
		// MSDK and the QQ platform answer ret/msg.
		return []string{"msdk", "qq"}, "keys ret+msg"
	}
	return nil, ""
}
