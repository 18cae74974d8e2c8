// Package lexicon reads a name the way a Chinese game server spells it
// and tells which platform (msdk, qq, wechat, weibo) or which look-alike
// vendor it names. Its one table is the only list of spellings; the
// evidence code asks it about type names, receivers, file names, import
// and module paths and hosts, and docs/binding.md renders the table.
//
// # Reading a name
//
// A name is cut into words at separators (_ - . / and the like), at
// case changes (Reply|Code, QQ|Login, HTTP|Server), before an upper-case
// letter after a digit (V5|Resp) and between ASCII and other letters
// (企业微信|Resp). Digits after letters stay with them: msdk5, oauth2.
// A spelling of the table then matches across case changes, so WeChat,
// WeiXin and MSD|Kv5 read as wechat, weixin and msdk v5, but never
// across a separator unless the table writes the spelling as two words
// ("wechat work" matches WeChatWork, wechat_work and wechat/work).
//
// # Short spellings need whole words
//
// wx, qq, sina and msdk are also pieces of other words: wxyz, qqq,
// wxid, sinatra, msdklint. Such a spelling counts only as a whole word
// (WxResp, QQLoginRsp, the package wx) or at the start of a lower-case
// compound whose rest is on a short suffix list (wxsdk, wxapi,
// qqconnect, msdkclient); msdk may also carry a version (MSDKv5, msdk5).
// Long spellings that occur by chance in no word (wechat, weixin,
// weibo, qzone, dingtalk, 企业微信) match anywhere: gowechat,
// wechatapi.
//
// A wrongly read platform costs a false finding on a user's first run;
// a missed one costs a check. The rules choose the miss.
//
// # Look-alikes win
//
// Several APIs are spelled with a platform's name but answer with codes
// of their own that the catalog does not hold, in the same errcode and
// ret keys: WeCom, whose old English name is WeChat Work and whose host
// is qyapi.weixin.qq.com; WeChat Pay; WeChat's iLink bot API and the
// web-protocol bot libraries; QQ wallet, Midas, Tencent Cloud. Other
// companies (DingTalk, Feishu/Lark, Alipay, ByteDance, Kuaishou, Baidu)
// use the same keys. A name that spells a look-alike is the
// look-alike's even when it also spells a platform: WeChatWorkReply
// names WeChat only as part of WeCom's name, and reading it as WeChat
// is exactly the false finding this package exists to prevent. Across
// several names (a type in a file in a package) the evidence code lets
// the nearest decide; Match.Kind tells which name matched.
//
// WeChat Pay is a look-alike: its replies carry string codes
// (return_code, err_code, the v3 code) of a namespace the catalog does
// not hold, while its types are spelled WxPay and WechatPay inside
// WeChat SDKs. Every other WeChat API of api.weixin.qq.com (official
// accounts, mini programs and games, open platform) answers with
// WeChat's errcode and is the platform.
//
// openapi, the generic open-platform convention of the catalog, has no
// spelling: OpenAPI names every REST description. QQ's OpenAPI is read
// from its host (openapi.tencentyun.com) or with qq (QQOpenAPI).
//
// # Paths and hosts
//
// The first element of an import or module path is not read when it is
// a domain: it is the hosting site's name, not the team's
// (git.code.qq.com/game/login is not QQ's). The linter's own catalog
// packages (github.com/msdklint/msdklint/catalog/msdk ...) declare
// constants, not replies, and name nobody; msdklint itself is not msdk
// (lint is not a suffix).
//
// An SDK keeps WeCom beside WeChat in packages of their own, often
// deeper than the WeChat element: PowerWeChat/v3/src/work,
// PowerWeChat/v3/src/openWork, wechat/corp (WeCom's predecessor). In a
// path, an element naming WeChat followed anywhere later by an element
// that is exactly a WeCom word (work, openwork, wework, wecom, corp) is
// WeCom's; workflow or a work element before WeChat's is not.
//
// A file name is read without its directory, .go and _test: the
// directory is the package path's business.
//
// Hosts match only the table's hosts and their subdomains, the longest
// first: qyapi.weixin.qq.com is WeCom's, api.weixin.qq.com WeChat's,
// and an unknown host under weixin.qq.com names nobody. MSDK v5's
// itop.qq.com answers with codes of its own and is not in the table,
// though an MSDKv5Resp is read as msdk like any MSDK name.
package lexicon
