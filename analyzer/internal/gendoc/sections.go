package main

// The documentation outside the checks, in the format of
// analyzer.Check.Doc, rendered into both docs/checks.md and doc.go.

const pkgDoc = `Package analyzer defines msdklint, an Analyzer that checks how game servers
compare the error codes of Tencent MSDK, QQ, WeChat and Weibo replies.`

const analyzerDoc = `msdklint: check comparisons of MSDK, QQ, WeChat and Weibo reply codes`

const intro = `A reply's code field compared with a bare integer hides bugs no compiler
sees: a dropped sign (4013 for -4013), a WeChat code tested on a QQ reply,
a switch that retries an expired token forever. msdklint checks each
comparison against the code catalog (docs/codes.md). Each diagnostic names
its check (its category) and links to the check's section of
docs/checks.md.`

var sections = []section{
	{"Code fields", `A code field is a struct field of integer type, or pointer to one, whose
JSON key is ` + "`ret`, `errcode`, `err_code`, `error_code` or `err_type`" + `.

- With a ` + "`json`" + ` tag, the tag decides: ` + "``Status int `json:\"ret\"` ``" + ` is one,
  ` + "``Ret int `json:\"-\"` ``" + ` is not.
- Without one, an exported field is one when encoding/json would give it
  the key (case-insensitive: ` + "`Ret`, `ErrCode`, `Errcode`" + `) or when its
  name is the key without underscores (` + "`ErrType`, `ErrorCode`" + `), and its
  struct looks like a reply: it, or the struct embedding it, has a
  message field (` + "`msg`, `errmsg`, `err_msg`, `error_msg`, `error`, `message`" + ` or
  ` + "`error_description`" + `), or the field or type is bound. An interpreter's
  ` + "`frame.ret`" + ` and an HTTP page's ` + "`Code`" + ` are no code fields.
- Fields promoted from embedded structs count, as do protobuf-style
  getters (` + "`GetRet()`, `GetErrcode()`, `GetErrCode()`, `GetErrType()`, `GetErrorCode()`" + `),
  fields of generic types (` + "`Reply[T].Errcode`" + `) and locals defined from one
  and never assigned again (` + "`ret := resp.Ret`" + `).`},
	{"Evidence", `Each code field gets its namespaces from the first rung of the evidence
ladder that applies (docs/binding.md), and the rung decides what may be
reported:

- bound: ` + "`//msdklint:platform NS`" + ` on the struct type or in the package doc,
  the tag ` + "`msdk:\"NS\"`" + `, ` + "`-bind`" + ` (or golangci-lint's ` + "`bindings`" + `), or an
  ` + "`err_type`" + ` key (` + "`msdk.errtype`" + `). Every check.
- named: a struct type on the path, the receiver of the method declaring
  an anonymous or local type, the declaring file or the package path
  names a platform (` + "`QQReply`, `WxResp`, `weibo_client.go`" + `).
  unknown-code, magic-code, missing-reauth and dead-code-field.
- host: the package names exactly one platform's API host
  (` + "`api.weixin.qq.com`" + ` is wechat.platform). The same checks as named.
- keys: only the keys (` + "`errcode`+`errmsg`, `ret`+`msg`" + `). Nothing is
  reported unless ` + "`-infer=keys`" + `, but dead-code-field's misspelt or
  hidden key beside a message field.

A type, receiver, file, package or host of another company (DingTalk,
WeCom, Feishu/Lark, Alipay, ByteDance ...) means nothing is reported on
the field unless it is bound. NS is a catalog namespace (` + "`qq.share.qq`" + `),
a whole platform (` + "`qq`" + `), a team namespace declared with
` + "`//msdklint:codes`" + ` (the field is then checked against the team's codes
only, never the catalog), or ` + "`none`" + ` (not a platform reply).

Bindings follow the code into a helper of the same package when every
call passes the same field (` + "`func qqExpired(ret int) bool`" + ` called with
` + "`r.Ret`" + `), and through locals and conversions (` + "`ret2 := ret`" + `,
` + "`code := int64(wx.ErrCode)`" + `). A constant argument
(` + "`qqExpired(-73)`" + `) and a call in a ` + "`_test.go`" + ` file (unless the helper is
declared in one) neither bind nor unbind the helper, so that a package
and its test variant give the same findings under every host: go vet and
golangci-lint check the test variant, the standalone command both.`},
	{"Comparisons", `An integer constant on one side of ` + "`==` or `!=`" + ` with a code field on
the other, and the values of the ` + "`case`" + ` clauses of a ` + "`switch`" + ` on a code
field. Relational operators are not checked; 0 (success in every
namespace) is never reported.`},
}

const directivesNote = `Bindings and team codes work across packages: with go vet and nogo they
travel as analysis facts; with the msdklint command and golangci-lint the
declaring files are read once per run. Team codes must be declared in a
package that the comparing package imports, directly or not.`
