// Package catalog is msdklint's catalog of the return codes of Tencent
// MSDK and the QQ, WeChat and Weibo login platforms: for every code of
// every namespace (qq.platform, wechat.platform, msdk.logic ...), its
// meaning in English and Chinese, the handling it calls for (an Action,
// and whether that includes reauthorization), the Go constant that names
// it and the document it comes from.
//
// The one source of truth is codes.txt, embedded in the package and
// returned parsed by Default. From it, go generate writes one package of
// untyped constants per platform (catalog/msdk, catalog/qq,
// catalog/wechat, catalog/weibo, catalog/openapi) and docs/codes.md.
//
// # Data format
//
// codes.txt is UTF-8 and line oriented. Blank lines and lines whose first
// non-blank character is # are ignored; leading white space is ignored.
// Every other line is "key value", the value being the rest of the line.
//
//	namespace qq.platform          opens (or reopens) a namespace
//	  title.en QQ platform codes   namespace keys, before its first entry:
//	  title.zh QQ平台返回码          title.en, title.zh (each once), source, note
//	code 100014                    opens an entry for one code
//	  name PlatformAccessTokenExpired
//	  action reauthorize           success, retry, reauthorize, refresh-token,
//	                               fix-request, fix-config, rate-limit,
//	                               contact-support, notify-user, see-msg, ignore
//	  reauth stated                stated or inferred; required with reauthorize,
//	                               allowed only with reauthorize and refresh-token
//	  en The access token has expired
//	  zh access token已过期
//	  source seed 001 §4           ;-separated references; "seed ..." makes a seed entry
//	range -999 -100                opens an entry for LO..HI inclusive
//
// Entries also take advice.en, advice.zh, alias (other spellings of the
// code: decimal or 0x hex, space separated) and note (may repeat). Seed
// entries need name, en and zh; other entries need en or zh. A code (or
// alias) is defined once per namespace, ranges of a namespace do not
// overlap, and a name is used once per platform, since all namespaces of
// a platform share its constants package.
package catalog

//go:generate go run ./internal/gen
