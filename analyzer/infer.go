package analyzer

import (
	"slices"
	"strings"
	"unicode"
)

// platformWords are the words of type and package names that name a
// platform. Short ones must be whole words ("wx" in WxReply, not in
// "wxyz"); long ones may be part of a word ("wechatapi").
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
// (DingTalk's errcode/errmsg, WeCom's 40014 ...): their types are no
// code fields unless bound.
var foreignWords = []string{"dingtalk", "dingding", "feishu", "larksuite", "wecom", "wxwork", "workwx", "qywx", "alipay", "douyin", "toutiao", "bytedance", "kuaishou", "baidu"}

// infer guesses the platforms of a code field from its key, the names of
// the struct types holding it (outermost first), their package path and
// the JSON keys of the fields beside it. Names win over sibling keys.
// foreign reports a type or package of another company.
func infer(key string, typeNames []string, pkgPath string, siblings []string) (plats []string, foreign bool) {
	lower := strings.ToLower(pkgPath + "/" + strings.Join(typeNames, "/"))
	for _, w := range foreignWords {
		if strings.Contains(lower, w) {
			return nil, true
		}
	}
	for _, n := range typeNames {
		plats = addPlatforms(plats, words(n))
	}
	if len(plats) == 0 {
		plats = addPlatforms(plats, words(pkgPath))
	}
	if len(plats) > 0 {
		return plats, false
	}
	switch {
	case key == "errcode" && slices.Contains(siblings, "errmsg"):
		// WeChat spells errcode/errmsg.
		return []string{"wechat"}, false
	case key == "error_code" && (slices.Contains(siblings, "error") || slices.Contains(siblings, "error_description")):
		// Weibo pairs error_code with error (and a request path).
		return []string{"weibo"}, false
	case key == "ret" && slices.Contains(siblings, "msg"):
		// MSDK and the QQ platform answer ret/msg.
		return []string{"msdk", "qq"}, false
	}
	return nil, false
}

func addPlatforms(plats, ws []string) []string {
	for _, w := range ws {
		for _, pw := range platformWords {
			if w == pw.word || (pw.part && strings.Contains(w, pw.word)) {
				if !slices.Contains(plats, pw.platform) {
					plats = append(plats, pw.platform)
				}
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
