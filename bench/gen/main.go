// Command gen writes a module of generated game-server packages, the
// corpus that bench/run.sh times msdklint on.
//
// Usage:
//
//	go run ./bench/gen -n 1000 -o DIR
//
// DIR gets a module example.com/gamecorpus with a package of reply types
// (proto), a helper package (util) and n handler packages (svc/pNNNN) of
// about 200 lines each: reply handling with switches and comparisons on
// ret/errcode/err_type fields through the catalog's constants, and the
// ordinary code around it (sessions, maps, loops, string building,
// comparisons of fields that are not codes). A few packages carry
// mistakes, so the analyzer reports findings as it would on a real code
// base: every 10th a magic code, every 50th a wrong-platform code, every
// 100th a switch without reauthorization, every 200th an unknown code.
// The module requires github.com/msdklint/msdklint/catalog, replaced by
// the catalog/ folder of -msdklint.
//
// With -corpus ownproto, DIR gets instead a game server with only its own
// client protocol (module example.com/gamesrv, no platform named
// anywhere, no msdklint import): n zone packages (svc/hNNNN) of about 450
// lines each whose replies carry ret/errcode/msg fields compared with the
// game's own codes, many of which the catalog also defines. Every
// finding on it is a false positive. The default n (112) gives about
// 45,000 lines; -n 1125 about 451,000.
//
// gen prints the corpus's packages, lines and code comparisons.
package main

import (
	"bytes"
	"cmp"
	"flag"
	"fmt"
	"go/format"
	"log"
	"os"
	"path/filepath"
	"strings"
	"text/template"

	"github.com/msdklint/msdklint/catalog"
)

func main() {
	log.SetFlags(0)
	log.SetPrefix("gen: ")
	n := flag.Int("n", 0, "number of handler packages (default 1000, or 112 for -corpus ownproto)")
	out := flag.String("o", "", "output directory (created; must not exist or be empty)")
	repo := flag.String("msdklint", ".", "directory of the msdklint module, for the replace directive")
	kind := flag.String("corpus", "platform", "platform: replies of the login platforms through the catalog; ownproto: a game's own protocol only")
	flag.Parse()
	if *out == "" || *n < 0 || flag.NArg() > 0 {
		flag.Usage()
		os.Exit(2)
	}
	var (
		files map[string][]byte
		err   error
	)
	switch *kind {
	case "platform":
		root, err := filepath.Abs(*repo)
		if err != nil {
			log.Fatal(err)
		}
		files, err = generate(root, cmp.Or(*n, 1000))
		if err != nil {
			log.Fatal(err)
		}
	case "ownproto":
		files, err = generateOwnProto(cmp.Or(*n, 112))
		if err != nil {
			log.Fatal(err)
		}
	default:
		log.Printf("unknown -corpus %q (want platform or ownproto)", *kind)
		os.Exit(2)
	}
	if err := writeFiles(*out, files); err != nil {
		log.Fatal(err)
	}
	pkgs, lines, cmps, err := corpusStats(files)
	if err != nil {
		log.Fatal(err)
	}
	fmt.Printf("%s corpus in %s: %d packages, %d lines, %d integer comparisons\n", *kind, *out, pkgs, lines, cmps)
}

// pool is the catalog entries the handlers name, per reply kind.
type pool struct {
	Reauth []string // constants of reauthorize codes
	Other  []string // constants of other specific codes
}

type corpus struct {
	QQ, WeChat, Logic pool
	// Literal values for the planted mistakes.
	QQMagic     int64 // a qq.platform code without its constant
	WeChatOnly  int64 // a wechat.platform code unknown to qq.platform
	UnknownCode int64 // a code no namespace has
	// Constants of err_type 2 (log in again) and 3 (refresh the token).
	ErrTypeReauth, ErrTypeRefresh string
}

func newCorpus() (*corpus, error) {
	c := catalog.Default()
	var cp corpus
	for _, x := range []struct {
		ns string
		p  *pool
	}{{"qq.platform", &cp.QQ}, {"wechat.platform", &cp.WeChat}, {"msdk.logic", &cp.Logic}} {
		ns, ok := c.Namespace(x.ns)
		if !ok {
			return nil, fmt.Errorf("catalog has no namespace %s", x.ns)
		}
		for _, e := range c.ReauthCodes(ns.ID) {
			if e.Const() != "" && e.Action == catalog.ActionReauthorize {
				x.p.Reauth = append(x.p.Reauth, e.Const())
			}
		}
		for _, e := range c.Entries() {
			if e.Namespace == x.ns && e.Const() != "" && e.Code != 0 && e.Reauth == catalog.ReauthNone && !e.IsRange() {
				x.p.Other = append(x.p.Other, e.Const())
			}
		}
		// msdk.logic has no reauthorize codes: err_type says when to log in again.
		if (len(x.p.Reauth) == 0 && x.ns != "msdk.logic") || len(x.p.Other) < 2 {
			return nil, fmt.Errorf("namespace %s: want reauthorize codes and other codes with constants", x.ns)
		}
	}
	qq, _ := c.Namespace("qq.platform")
	wx, _ := c.Namespace("wechat.platform")
	// A seed code of qq.platform (100014: access token expired) and a
	// WeChat code unknown to QQ (42001: access_token expired).
	for _, e := range c.Entries() {
		if e.Namespace == "qq.platform" && e.Code == 100014 {
			cp.QQMagic = e.Code
		}
	}
	if _, ok := c.Lookup(wx.ID, 42001); ok {
		if _, ok := c.Lookup(qq.ID, 42001); !ok {
			cp.WeChatOnly = 42001
		}
	}
	if et, ok := c.Namespace("msdk.errtype"); ok {
		if e, ok := c.Lookup(et.ID, 2); ok {
			cp.ErrTypeReauth = e.Const()
		}
		if e, ok := c.Lookup(et.ID, 3); ok {
			cp.ErrTypeRefresh = e.Const()
		}
	}
	if cp.ErrTypeReauth == "" || cp.ErrTypeRefresh == "" {
		return nil, fmt.Errorf("catalog lacks constants for msdk.errtype 2 and 3")
	}
	if cp.QQMagic == 0 || cp.WeChatOnly == 0 {
		return nil, fmt.Errorf("catalog lacks qq.platform 100014 or wechat.platform 42001")
	}
	for v := int64(987654321); ; v++ {
		if len(c.Find(v)) == 0 {
			cp.UnknownCode = v
			break
		}
	}
	return &cp, nil
}

// pkg is the template data of one handler package.
type pkg struct {
	*corpus
	Name            string
	I               int
	QQReauth        string
	QQOther, QQMore string
	WxReauth        string
	WxOther         string
	LogicOther      string
	LogicMore       string
	PlantMagic      bool
	PlantWrong      bool
	PlantNoReauth   bool
	PlantUnknown    bool
	Limit           int
}

func generate(repo string, n int) (map[string][]byte, error) {
	c, err := newCorpus()
	if err != nil {
		return nil, err
	}
	files := map[string][]byte{
		// The constants are a dependency-free module of their own: a game
		// server requires only it, and needs no go.sum.
		"go.mod": fmt.Appendf(nil, "module example.com/gamecorpus\n\ngo 1.26.0\n\nrequire github.com/msdklint/msdklint/catalog v0.0.0\n\nreplace github.com/msdklint/msdklint/catalog => %s\n", filepath.Join(repo, "catalog")),
	}
	files["proto/proto.go"], err = render(protoTmpl, c)
	if err != nil {
		return nil, err
	}
	files["util/util.go"], err = render(utilTmpl, c)
	if err != nil {
		return nil, err
	}
	pick := func(s []string, i int) string { return s[i%len(s)] }
	for i := range n {
		p := pkg{
			corpus:        c,
			Name:          fmt.Sprintf("p%04d", i),
			I:             i,
			QQReauth:      pick(c.QQ.Reauth, i),
			QQOther:       pick(c.QQ.Other, i),
			QQMore:        pick(c.QQ.Other, i+1),
			WxReauth:      pick(c.WeChat.Reauth, i),
			WxOther:       pick(c.WeChat.Other, i),
			LogicOther:    pick(c.Logic.Other, i),
			LogicMore:     pick(c.Logic.Other, i+1),
			PlantMagic:    i%10 == 3,
			PlantWrong:    i%50 == 7,
			PlantNoReauth: i%100 == 11,
			PlantUnknown:  i%200 == 13,
			Limit:         3 + i%5,
		}
		if p.QQMore == p.QQOther {
			p.QQMore = pick(c.QQ.Other, i+2)
		}
		for name, t := range map[string]*template.Template{"handler.go": handlerTmpl, "session.go": sessionTmpl} {
			src, err := render(t, p)
			if err != nil {
				return nil, fmt.Errorf("%s/%s: %v", p.Name, name, err)
			}
			files[filepath.Join("svc", p.Name, name)] = src
		}
	}
	return files, nil
}

func render(t *template.Template, data any) ([]byte, error) {
	var b bytes.Buffer
	if err := t.Execute(&b, data); err != nil {
		return nil, err
	}
	src, err := format.Source(b.Bytes())
	if err != nil {
		return nil, fmt.Errorf("generated code does not parse: %v\n%s", err, b.Bytes())
	}
	return src, nil
}

var protoTmpl = template.Must(template.New("proto").Parse(`// Package proto declares the replies of the login platforms.
package proto

// QQReply is the QQ platform's reply.
//
//msdklint:platform qq.platform
type QQReply struct {
	Ret int    ` + "`json:\"ret\"`" + `
	Msg string ` + "`json:\"msg\"`" + `
}

// WxReply is the WeChat platform's reply.
//
//msdklint:platform wechat.platform
type WxReply struct {
	ErrCode int    ` + "`json:\"errcode\"`" + `
	ErrMsg  string ` + "`json:\"errmsg\"`" + `
}

// MSDKReply is the MSDK server's reply.
//
//msdklint:platform msdk.logic
type MSDKReply struct {
	Ret     int    ` + "`json:\"ret\"`" + `
	Msg     string ` + "`json:\"msg\"`" + `
	ErrType int    ` + "`json:\"err_type\"`" + `
	OpenID  string ` + "`json:\"openid\"`" + `
}

// Friend is one entry of a friend list; its Ret is not a code.
type Friend struct {
	OpenID   string
	Nick     string
	Level    int
	Ret      int // rank in the list
	Gift     bool
}

// Page is a page of friends.
type Page struct {
	Friends []Friend
	Next    string
	Code    int // HTTP status of the page
}
`))

var utilTmpl = template.Must(template.New("util").Parse(`// Package util has helpers shared by the handlers.
package util

import (
	"strconv"
	"strings"
	"time"
)

// Backoff returns the delay before the n-th retry.
func Backoff(n int) time.Duration {
	d := 100 * time.Millisecond
	for i := 0; i < n && d < 5*time.Second; i++ {
		d *= 2
	}
	return d
}

// Key joins the parts of a cache key.
func Key(parts ...string) string {
	return strings.Join(parts, ":")
}

// Atoi parses n, falling back to def.
func Atoi(s string, def int) int {
	n, err := strconv.Atoi(s)
	if err != nil {
		return def
	}
	return n
}
`))

var handlerTmpl = template.Must(template.New("handler").Parse(`// Package {{.Name}} handles the login, relation and share flows of shard {{.I}}.
package {{.Name}}

import (
	"errors"
	"fmt"

	"example.com/gamecorpus/proto"
	"example.com/gamecorpus/util"
	"github.com/msdklint/msdklint/catalog/msdk"
	"github.com/msdklint/msdklint/catalog/qq"
	"github.com/msdklint/msdklint/catalog/wechat"
)

// ErrRelogin asks the client to show the login page.
var ErrRelogin = errors.New("{{.Name}}: log in again")

// ErrRetry asks the caller to retry later.
var ErrRetry = errors.New("{{.Name}}: retry later")

// HandleQQ maps a QQ reply to the session's next step.
func (s *Session) HandleQQ(r *proto.QQReply) error {
	switch r.Ret {
	case 0:
		s.Retries = 0
		return nil
	case {{.QQReauth}}:
		s.Invalidate()
		return ErrRelogin
	case {{.QQOther}}, {{.QQMore}}:
		s.Retries++
		if s.Retries > {{.Limit}} {
			return fmt.Errorf("{{.Name}}: qq: %d %s", r.Ret, r.Msg)
		}
		return ErrRetry
	}
	return fmt.Errorf("{{.Name}}: qq: unexpected %d %s", r.Ret, r.Msg)
}

// HandleWx maps a WeChat reply to the session's next step.
func (s *Session) HandleWx(r *proto.WxReply) error {
	if r.ErrCode == 0 {
		return nil
	} else if r.ErrCode == {{.WxReauth}} {
		s.Invalidate()
		return ErrRelogin
	} else if r.ErrCode == {{.WxOther}} {
		return ErrRetry
	}
	return fmt.Errorf("{{.Name}}: wechat: %d %s", r.ErrCode, r.ErrMsg)
}

// HandleMSDK maps an MSDK reply to the session's next step.
func (s *Session) HandleMSDK(r *proto.MSDKReply) error {
	if r.Ret == 0 {
		s.OpenID = r.OpenID
		return nil
	}
	switch r.ErrType {
	case {{.ErrTypeReauth}}:
		s.Invalidate()
		return ErrRelogin
	case {{.ErrTypeRefresh}}:
		return s.Refresh()
	}
	ret := r.Ret
	if ret == {{.LogicMore}} {
		return ErrRetry
	}
	if ret != {{.LogicOther}} {
		return fmt.Errorf("{{.Name}}: msdk: %d %s", r.Ret, r.Msg)
	}
	return ErrRetry
}
{{if .PlantMagic}}
// Expired tells whether the QQ token expired.
func Expired(r *proto.QQReply) bool {
	return r.Ret == {{.QQMagic}}
}
{{end}}{{if .PlantWrong}}
// Throttled tells whether QQ asks to slow down.
func Throttled(r *proto.QQReply) bool {
	return r.Ret == {{.WeChatOnly}}
}
{{end}}{{if .PlantNoReauth}}
// Retryable tells whether a QQ call may be retried.
func Retryable(r *proto.QQReply) bool {
	switch r.Ret {
	case {{.QQOther}}:
		return true
	}
	return false
}
{{end}}{{if .PlantUnknown}}
// Banned tells whether the account is banned.
func Banned(r *proto.MSDKReply) bool {
	return r.Ret == {{.UnknownCode}}
}
{{end}}
// Ranked returns the friends of the page ranked at or above top, and
// whether more pages follow.
func Ranked(p *proto.Page, top int) ([]proto.Friend, bool) {
	if p.Code == 404 || p.Code == 500 {
		return nil, false
	}
	var out []proto.Friend
	for _, f := range p.Friends {
		if f.Ret == 1 || f.Ret <= top {
			out = append(out, f)
		}
		if f.Level == 99 && !f.Gift {
			out = append(out, f)
		}
	}
	return out, p.Next != ""
}

// CacheKey is the key of the session in the shard's cache.
func CacheKey(openID string, zone int) string {
	return util.Key("{{.Name}}", openID, fmt.Sprint(zone))
}
`))

var sessionTmpl = template.Must(template.New("session").Parse(`package {{.Name}}

import (
	"sort"
	"strings"
	"sync"
	"time"

	"example.com/gamecorpus/util"
)

// Session is a player's login session on shard {{.I}}.
type Session struct {
	mu      sync.Mutex
	OpenID  string
	Token   string
	Expires time.Time
	Retries int
	Scores  map[string]int
}

// Invalidate forgets the session's token.
func (s *Session) Invalidate() {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.Token = ""
	s.Expires = time.Time{}
}

// Refresh extends the session after the platform refreshed its token.
func (s *Session) Refresh() error {
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.Token == "" {
		return ErrRelogin
	}
	s.Expires = time.Now().Add(2 * time.Hour)
	time.Sleep(util.Backoff(s.Retries))
	return nil
}

` + scoreMethods("s", "Session", "OpenID", "session", "step of the shard's script interpreter; ret is the return\n// slot, not a platform code.", "util.Atoi(ops[f.pc], 0)") + ``))

// scoreMethods is the ordinary code both corpora give their player type
// (receiver r of type t, keyed by its field key): ranking, rendering, and
// a tiny interpreter whose frame has a ret slot that is no reply code.
func scoreMethods(r, t, key, noun, stepDoc, atoi string) string {
	return strings.NewReplacer("$R", r, "$T", t, "$KEY", key, "$NOUN", noun, "$STEPDOC", stepDoc, "$ATOI", atoi).Replace(scoreMethodsSrc)
}

const scoreMethodsSrc = `// Top returns the n best scores, best first.
func ($R *$T) Top(n int) []string {
	$R.mu.Lock()
	defer $R.mu.Unlock()
	names := make([]string, 0, len($R.Scores))
	for name := range $R.Scores {
		names = append(names, name)
	}
	sort.Slice(names, func(i, j int) bool {
		if $R.Scores[names[i]] == $R.Scores[names[j]] {
			return names[i] < names[j]
		}
		return $R.Scores[names[i]] > $R.Scores[names[j]]
	})
	if len(names) > n {
		names = names[:n]
	}
	return names
}

// Describe renders the $NOUN for the admin page.
func ($R *$T) Describe() string {
	var b strings.Builder
	b.WriteString($R.$KEY)
	if $R.Retries == 3 {
		b.WriteString(" (throttled)")
	}
	for i, name := range $R.Top({{.Limit}}) {
		if i > 0 {
			b.WriteString(", ")
		}
		b.WriteString(name)
	}
	return b.String()
}

// frame is a $STEPDOC
type frame struct {
	pc  int
	ret int
}

func (f *frame) done() bool { return f.ret == 1 || f.pc == 42 }

// Run runs a tiny script against the $NOUN.
func ($R *$T) Run(ops []string) int {
	f := &frame{}
	for !f.done() && f.pc < len(ops) {
		switch ops[f.pc] {
		case "score":
			$R.Scores[$R.$KEY]++
		case "stop":
			f.ret = 1
		default:
			f.ret = $ATOI
		}
		f.pc++
	}
	return f.ret
}
`
