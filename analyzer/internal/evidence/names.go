package evidence

import (
	"slices"
	"strings"
	"unicode"
)

// A nameClue is what a name says: the other company or the platforms
// its words name.
type nameClue struct {
	foreign string
	plats   []string
}

// any tells whether the name names anyone.
func (c nameClue) any() bool { return c.foreign != "" || len(c.plats) > 0 }

// nameWords reads a name once per run: the fields of every package ask
// about the same types, files and package paths.
func (p *Pass) nameWords(name string) nameClue {
	return p.clues.get(name, func() nameClue {
		c := nameClue{foreign: foreignWord(name)}
		if c.foreign == "" {
			c.plats = platformsIn(name)
		}
		return c
	})
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
