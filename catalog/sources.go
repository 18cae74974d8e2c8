package catalog

import (
	"regexp"
	"strings"
)

// The catalog cites its sources by file ("seed 001 §4", "table
// wechat-global.tsv"): the documents the project was handed and the public
// tables it added. A user knows them by title: SourceTitle and Cite say
// them so.

// A title is a document's or section's name in English and Chinese.
type title struct{ en, zh string }

func (t title) in(lang string) string {
	if lang == "zh" && t.zh != "" {
		return t.zh
	}
	return t.en
}

// seedTitles are the handed-over documents, by number.
var seedTitles = map[string]title{
	"000": {"QQ platform error codes (QGSK wording)", "手Q平台错误码(QGSK 版)"},
	"001": {"MSDK server error codes", "MSDK Server错误码"},
	"002": {"Weibo and QQ Login OAuth2.0 error codes", "微博与QQ登录 OAuth2.0 错误码"},
	"003": {"QQ platform error codes (English)", "QQ平台错误码(英文版)"},
	"004": {"Open platform return codes", "常见错误码及定义"},
}

// seedSections name the sections of the documents.
var seedSections = map[string]title{
	"001 §1":      {"overview and err_type", "概述"},
	"001 §2":      {"access layer", "MSDK接入层错误码"},
	"001 §3":      {"logic layer", "MSDK逻辑层错误码"},
	"001 §4":      {"QQ platform", "手Q平台错误码"},
	"001 §5":      {"WeChat platform", "微信平台错误码"},
	"001 §6":      {"QQ game center", "手Q游戏中心错误码"},
	"001 §7":      {"QQ share", "手Q分享相关错误码"},
	"001 §8":      {"QQ blue-diamond gift", "手Q蓝钻礼包错误码"},
	"002 §QQ":     {"QQ Login OAuth2.0", "QQ登录 OAuth2.0"},
	"002 §Weibo":  {"Weibo OAuth2.0", "微博登录 OAuth2.0"},
	"003 §I":      {"QQ platform", "QQ平台"},
	"003 §II":     {"QQ group", "QQ群"},
	"003 §III":    {"QQ game center", "QQ游戏中心"},
	"003 §IV":     {"OIDB", "OIDB"},
	"003 §IV.A":   {"OIDB common codes", "OIDB通用错误码"},
	"003 §IV.B":   {"PayToken check (OIDB 0x73a)", "PayToken校验(OIDB 0x73a)"},
	"003 §IV.C":   {"accessToken check (OIDB 0x711)", "accessToken校验(OIDB 0x711)"},
	"004 §auth":   {"authorization and token codes", "授权与令牌错误码"},
	"004 §common": {"common API codes", "通用接口错误码"},
}

// tableTitles are the public tables.
var tableTitles = map[string]title{
	"wechat-global.tsv":           {"WeChat global return codes (public table)", "微信全局返回码(公开表)"},
	"wechat-official-account.tsv": {"WeChat Official Account return codes (public table)", "微信公众号返回码(公开表)"},
	"wechat-mini-program.tsv":     {"WeChat Mini Program return codes (public table)", "微信小程序返回码(公开表)"},
	"weibo-api.tsv":               {"Sina Weibo API v2 error codes (public table)", "新浪微博 API v2 错误码(公开表)"},
	"msdk-wiki-qq-api-zh.txt":     {"MSDK wiki, QQ API page (Chinese)", "MSDK wiki QQ API 页面(中文)"},
	"msdk-wiki-errorcode-zh.txt":  {"MSDK wiki, error code page (Chinese)", "MSDK wiki 错误码页面(中文)"},
}

// SourceTitle says a source reference of the catalog ("seed 001 §4",
// "table wechat-global.tsv") by its document's title and section, in lang
// ("en" or "zh"): "MSDK server error codes, §4 QQ platform". A reference
// it does not know is returned as written.
func SourceTitle(ref, lang string) string {
	kind, rest, _ := strings.Cut(ref, " ")
	doc, section, _ := strings.Cut(rest, " ")
	var t title
	switch kind {
	case "seed":
		t = seedTitles[doc]
		if name := seedSections[rest].in(lang); name != "" {
			section += " " + name
		}
	case "table":
		t = tableTitles[doc]
	case "page":
		// A platform's own documentation page, cited by its address.
		if lang == "zh" {
			return "平台文档页面 " + rest
		}
		return "platform documentation page " + rest
	}
	if t.en == "" {
		return ref
	}
	if section != "" {
		return t.in(lang) + ", " + section
	}
	return t.in(lang)
}

// seedRef matches the references of a note to the handed-over documents:
// "seed 001 §1", "seed 003 §IV.A, §IV.B", "Seeds 001 and 000".
var seedRef = regexp.MustCompile(`\b[Ss]eeds? (\d{3}(?: §[\w.]*\w(?:(?:, | and )§[\w.]*\w)*)?(?:(?:, | and )\d{3}(?: §[\w.]*\w(?:(?:, | and )§[\w.]*\w)*)?)*)`)

// seedItem is one document of a seedRef, with its sections.
var seedItem = regexp.MustCompile(`(\d{3})((?: §[\w.]*\w(?:(?:, | and )§[\w.]*\w)*)?)`)

// seedSection is one section of a seedItem.
var seedSection = regexp.MustCompile(`§[\w.]*\w`)

// theSeed is a reference to the document of an entry without its number.
var theSeed = regexp.MustCompile(`\b([Tt]he) seed\b`)

// Cite rewrites the references to the handed-over documents in an
// English text of the catalog (a note) by their titles: "(seed 001 §1)"
// becomes "(MSDK server error codes, §1 overview and err_type)", and
// "the seed" "the source document".
func Cite(text string) string {
	text = theSeed.ReplaceAllString(text, "$1 source document")
	return seedRef.ReplaceAllStringFunc(text, func(m string) string {
		_, list, _ := strings.Cut(m, " ")
		return seedItem.ReplaceAllStringFunc(list, func(item string) string {
			doc, sections, _ := strings.Cut(item, " ")
			if sections == "" {
				return SourceTitle("seed "+doc, "en")
			}
			var out []string
			for _, s := range seedSection.FindAllString(sections, -1) {
				out = append(out, strings.TrimPrefix(SourceTitle("seed "+doc+" "+s, "en"), seedTitles[doc].en+", "))
			}
			return seedTitles[doc].en + ", " + strings.Join(out, ", ")
		})
	})
}
