/*
Package analyzer defines msdklint, an Analyzer that checks how game servers
compare the error codes of Tencent MSDK, QQ, WeChat and Weibo replies.

# Analyzer msdklint

msdklint: check comparisons of MSDK, QQ, WeChat and Weibo reply codes

A reply's code field compared with a bare integer hides bugs no compiler
sees: a dropped sign (4013 for -4013), a WeChat code tested on a QQ reply,
a switch that retries an expired token forever. msdklint checks each
comparison against the code catalog (see docs/codes.md).

# Code fields

A code field is a struct field of integer type, or pointer to one, whose
JSON key is ret, errcode, err_code, error_code or err_type:

  - With a json tag, the tag decides: Status int `json:"ret"` is one,
    Ret int `json:"-"` is not.
  - Without one, an exported field is one when encoding/json would give it
    the key (a case-insensitive match: Ret, ErrCode, Errcode) or when its
    name is the key without underscores (ErrType, ErrorCode), and its
    struct looks like a reply: it, or the struct embedding it, has a
    message field (msg, errmsg, err_msg, error_msg, error, message or
    error_description, by the same matching), or the field or type is
    bound. An interpreter's frame.ret (unexported) and an HTTP page's Code
    (no such key) are no code fields.
  - Fields promoted from embedded structs count (resp.ErrCode from an
    embedded CommonError), as do protobuf-style getters (GetRet(),
    GetErrcode(), GetErrCode(), GetErrType(), GetErrorCode()) and local
    variables defined from one and never assigned again (ret := resp.Ret).
  - Fields of generic types count (Reply[T].Ret).

# Namespaces of a field

The first of these decides:

 1. err_type fields: msdk.errtype, always.
 2. The field's tag msdk:"NS[,NS...]".
 3. For each named struct type on the path to the field, outermost first
    (the reply that embeds a base struct wins over the base): a -bind of
    its field, a -bind of the type, then the directive
    //msdklint:platform NS[,NS...] in the type's doc comment.
 4. Inference, which is never sure (see below).

NS is a catalog namespace (qq.share.qq), a whole platform (qq), or a team
namespace. Bindings work across packages: with facts (go vet, nogo) they
travel as facts; without (the msdklint command, golangci-lint) the
declaring file of a foreign struct type is read once per run.

Inference looks, in this order, at the names of the struct types on the
path (QQReply, WxResp, WeiboError), at the package path (.../wechat/...),
then at the sibling keys: errcode with errmsg is WeChat's spelling,
error_code with error or error_description is Weibo's, ret with msg is
MSDK's and QQ's. A type or package of another company whose APIs reuse
these keys (DingTalk, Feishu/Lark, WeCom, Alipay, ...) makes the field no
code field unless it is bound. Without any clue the field has every
namespace. Only unknown-code and magic-code use an inference; missing-reauth
needs at least a platform inference; wrong-platform needs a binding.

# What is compared

An integer constant expression on one side of == or != with a code field
on the other, and each value of the case clauses of a switch whose tag is
a code field. Relational operators are no code checks, and 0 (success in
every namespace) is never reported.

# Checks

unknown-code: the value is in no namespace of the catalog (for a bound
field: neither in its namespaces nor elsewhere). The message suggests the
code one typo away: sign dropped, a digit missing, a digit doubled, two
adjacent digits swapped.

wrong-platform: the field is bound, its namespaces lack the value and
another namespace has it.

magic-code: a literal that is a known code of the field's namespaces with
one constant. The fix writes, in order of preference, a package-level
constant of the package declared as that catalog constant (const
tokenExpired = qq.PlatformAccessTokenExpired: a constant "for that
purpose"), the team constant that declares the code, or the catalog
constant, adding its import (aliased as qqcodes ... when the name is
taken) and respecting an existing import's name. A value known only
through a range or an alias has no constant and is not reported. Off in
_test.go files unless -magic-code-in-tests.

missing-reauth: a switch, or an if / else-if chain (at least two
conditions, each x == c or a disjunction of them), on one code field whose
namespaces have reauthorization codes, handles a specific non-zero code
but none whose handling includes reauthorization; default and else do not
count, nor do pure refresh-token codes. Reported at the switch or first if.

bad-directive: an //msdklint:ignore with no reason, naming an unknown
check, or suppressing nothing (unless a check it names is off); a binding
naming no known namespace or platform; a //msdklint:platform, codes or
reauth directive away from its declaration; an unknown //msdklint:
directive. An ignore directive's own problems cannot be suppressed; the others can.

Unknown-code and wrong-platform also apply to named constants whose value
is wrong (const wxTokenExpired = 4201), reported at the use.

# Directives

	//msdklint:platform NS[,NS...]       in a struct type's doc comment
	//msdklint:ignore CHECK[,CHECK] reason  on the line or the line above
	//msdklint:codes NS                  on a const block: team codes
	//msdklint:reauth                    on a team constant: needs reauthorization

Every integer constant of a //msdklint:codes block is a code of NS, a new
or existing namespace, described by its doc comment; the package must be
in the import graph of the packages that compare the codes.

# Flags

	-unknown-code, -wrong-platform, -magic-code, -missing-reauth, -bad-directive
	        report the check (default true; =false turns it off)
	-magic-code-in-tests
	        report magic-code in _test.go files too (default false)
	-generated
	        check generated files too (default false: files with the
	        standard "// Code generated ... DO NOT EDIT." comment are skipped)
	-lang en|zh
	        language of the messages (default en)
	-bind importpath.Type.Field=NS[,NS...] or importpath.Type=NS[,NS...]
	        bind a field or a struct type; repeatable, or several separated
	        by ';'; the namespaces must be in the built-in catalog
*/
package analyzer
