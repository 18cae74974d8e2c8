package main

import (
	"strings"
)

// The catalog cites its sources by file ("seed 001 §4", "table
// wechat-global.tsv"): the documents the project was handed and the public
// tables it added. A user knows them by title.

// seedTitles are the handed-over documents, by number.
var seedTitles = map[string]string{
	"000": "QQ platform error codes (QGSK wording)",
	"001": "MSDK server error codes",
	"002": "Weibo and QQ Login OAuth2.0 error codes",
	"003": "QQ platform error codes (English)",
	"004": "Open platform return codes",
}

// seedSections name the sections of the documents.
var seedSections = map[string]string{
	"001 §1":      "overview and err_type",
	"001 §2":      "access layer",
	"001 §3":      "logic layer",
	"001 §4":      "QQ platform",
	"001 §5":      "WeChat platform",
	"001 §6":      "QQ game center",
	"001 §7":      "QQ share",
	"001 §8":      "QQ blue-diamond gift",
	"002 §QQ":     "QQ Login OAuth2.0",
	"002 §Weibo":  "Weibo OAuth2.0",
	"003 §I":      "QQ platform",
	"003 §II":     "QQ group",
	"003 §III":    "QQ game center",
	"003 §IV.A":   "OIDB common codes",
	"003 §IV.B":   "PayToken check (OIDB 0x73a)",
	"003 §IV.C":   "accessToken check (OIDB 0x711)",
	"004 §auth":   "authorization and token codes",
	"004 §common": "common API codes",
}

// tableTitles are the public tables.
var tableTitles = map[string]string{
	"wechat-global.tsv":           "WeChat global return codes (public table)",
	"wechat-official-account.tsv": "WeChat Official Account return codes (public table)",
	"wechat-mini-program.tsv":     "WeChat Mini Program return codes (public table)",
	"weibo-api.tsv":               "Sina Weibo API v2 error codes (public table)",
	"msdk-wiki-qq-api-zh.txt":     "MSDK wiki, QQ API page (Chinese)",
	"msdk-wiki-errorcode-zh.txt":  "MSDK wiki, error code page (Chinese)",
}

// sourceText describes the catalog's source references by document title
// and section: "MSDK server error codes, §4 QQ platform".
func sourceText(refs []string) string {
	out := make([]string, len(refs))
	for i, ref := range refs {
		out[i] = sourceTitle(ref)
	}
	return strings.Join(out, "; ")
}

func sourceTitle(ref string) string {
	kind, rest, _ := strings.Cut(ref, " ")
	doc, section, _ := strings.Cut(rest, " ")
	var title string
	switch kind {
	case "seed":
		title = seedTitles[doc]
		if name := seedSections[rest]; name != "" {
			section += " " + name
		}
	case "table":
		title = tableTitles[doc]
	case "page":
		// A platform's own documentation page, cited by its address.
		return "platform documentation page " + rest
	}
	if title == "" {
		return ref // a reference this command does not know: as written
	}
	if section != "" {
		return title + ", " + section
	}
	return title
}
