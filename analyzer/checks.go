package analyzer

//go:generate go run ./internal/gendoc

// The checks, which are also the diagnostics' categories.
const (
	UnknownCode   = "unknown-code"
	WrongPlatform = "wrong-platform"
	MagicCode     = "magic-code"
	MissingReauth = "missing-reauth"
	BadDirective  = "bad-directive"
	DeadCodeField = "dead-code-field"
)

// A Check is one of the analyzer's checks. Checks() is the one source of
// the checks' documentation: `msdklint help`, SARIF rules, docs/checks.md
// and doc.go (the last two written by go generate).
type Check struct {
	Name    string // the check's name, its flag and its diagnostics' category
	Summary string // one line
	// Doc is paragraphs of text (`code` in backquotes, "- " list items),
	// then a "Bad:" and a "Good:" Go example indented by a tab.
	Doc string
}

var checks = []Check{
	{
		Name:    UnknownCode,
		Summary: "a code compared with a reply's code field is in no namespace of the catalog",
		Doc: `The value is in no namespace of the catalog (for a bound field: neither in
its namespaces nor in any other). The message names the namespaces
searched and, when one typo away (sign dropped, a digit missing, a digit
doubled, two adjacent digits swapped) gives a known code of those
namespaces, that code. Named constants are checked at their use
(` + "`const wxTokenExpired = 4201`" + `).

Bad:

	if resp.Ret == 4013 { // the sign was dropped: -4013

Good:

	if resp.Ret == qq.GameCenterSkeyVerifyFailed {`,
	},
	{
		Name:    WrongPlatform,
		Summary: "a code of another platform is compared with a field bound to a platform",
		Doc: `The field is bound (a ` + "`//msdklint:platform`" + ` directive, an
` + "`msdk:\"NS\"`" + ` tag, ` + "`-bind`" + `, or an ` + "`err_type`" + ` field), its
namespaces lack the value and another namespace has it: a WeChat code
tested on a QQ reply can never match a real reply. Inferred namespaces
never give this check.

Bad:

	//msdklint:platform qq
	type QQReply struct{ Ret int ` + "`json:\"ret\"`" + ` }

	if r.Ret == 42001 { // WeChat's access_token expired

Good:

	if r.Ret == qq.PlatformAccessTokenExpired {`,
	},
	{
		Name:    MagicCode,
		Summary: "a literal code should be the catalog's named constant",
		Doc: `A literal that is a known code of the field's namespaces should be written
as its constant. The suggested fix replaces it with, in order of
preference:

- a package-level constant of the package declared as that catalog
  constant (` + "`const tokenExpired = qq.PlatformAccessTokenExpired`" + `);
  another constant that merely has the same value is not used;
- the team constant that declares the code (` + "`//msdklint:codes`" + `);
- the catalog constant, through the file's import of the constants
  package (keeping its name or alias), or a new import (aliased
  ` + "`qqcodes`" + ` when ` + "`qq`" + ` is taken at that point).

A value known only through a range or an alias has no constant with its
value and is not reported; when the field's namespaces give the value
several constants, a bound field gets the diagnostic without a fix. A
literal that the same ` + "`||`" + ` or ` + "`&&`" + ` chain already compares, with the
same operator, on the same operand (` + "`r.Ret == qq.X || r.Ret == 100014`" + `)
gets no fix either: the fix would write the comparison twice, and the
message says to drop it. So does a literal of an ` + "`else if`" + ` that an earlier
condition of the chain already decides (its comparison never decides).
A ` + "`switch`" + ` cannot hold such a duplicate: Go rejects two cases of one
constant value. Off in
` + "`_test.go`" + ` files unless ` + "`-magic-code-in-tests`" + `. 0 is never a magic code.

Bad:

	if resp.Errcode == 42001 {

Good:

	if resp.Errcode == wechat.AccessTokenExpired {`,
	},
	{
		Name:    MissingReauth,
		Summary: "a switch or if/else-if chain on a code handles no code that needs reauthorization",
		Doc: `A ` + "`switch`" + `, or an ` + "`if`" + ` / ` + "`else if`" + ` chain (at least two
conditions, each ` + "`x == c`" + ` or a disjunction of them, on the same code
field), handles at least one specific non-zero code but no code whose
handling includes reauthorization. ` + "`default`" + ` and ` + "`else`" + ` do not count,
and neither does a pure refresh-token code such as err_type 3: when the
refresh fails, the player must still log in again. The player then
retries with a dead token forever. The message lists the reauthorization
codes of the field's namespaces. Needs the bound, named or host rung, and
namespaces narrower than all of them.

A branch earlier in the same function that handles a reauthorization code
of the same field, directly or by passing the field to a helper of the
package that compares it with one (` + "`if tokenGone(r.Ret) { return ErrRelogin }`" + `),
satisfies the later switches and chains. A team's reauthorization code
(` + "`//msdklint:reauth`" + `) is demanded only where it can arrive: on the
struct types its directive names (` + "`//msdklint:reauth LoginRsp,GateRsp`" + `),
or, naming none, on a field that the package compares with one of that
namespace's reauthorization codes somewhere (docs/binding.md).

Bad:

	switch resp.ErrType {
	case msdk.ErrTypeNetworkUnstable:
		retry()
	case msdk.ErrTypeRefreshToken:
		refresh()
	}

Good:

	switch resp.ErrType {
	case msdk.ErrTypeNetworkUnstable:
		retry()
	case msdk.ErrTypeRefreshToken:
		refresh()
	case msdk.ErrTypeReauthorize:
		login()
	}`,
	},
	{
		Name:    DeadCodeField,
		Summary: "a field meant for a platform's code can never hold one",
		Doc: `Reported at the field's declaration, once, saying what the platform
sends and why the field never sees it:

- a json key one edit from a code key (a letter inserted, dropped or
  changed, or two adjacent letters swapped: ` + "`errocde`" + `, ` + "`err_cdoe`" + `,
  ` + "`errcod`" + `), on a field the package compares with a constant: the field
  is never decoded, so the comparison never changes. A message field
  beside it or any rung of evidence is enough. Keys that are words or
  spellings of their own need a platform's evidence (a binding, a name
  or a host): ` + "`rte`" + `, ` + "`re`" + ` or ` + "`rett`" + ` for ` + "`ret`" + `, and only when compared with
  one of the platform's codes; ` + "`errorCode`" + ` and ` + "`errType`" + ` for the
  snake-case keys. ` + "`res`" + `, ` + "`rec`" + `, ` + "`red`" + `, plurals (` + "`errcodes`" + `) and a key
  that another tag of the field spells right are never typos. The
  suggested fix rewrites the key inside the tag, never the field;
- ` + "`json:\"-\"`" + ` on a field named for a code key (` + "`Ret`" + `, ` + "`ErrCode`" + `) and
  compared with a constant, with the same evidence;
- a Go type that cannot hold what the field's bound or inferred
  namespaces send: a ` + "`string`" + `, or an integer with the ` + "`,string`" + ` option,
  for a key its platform sends as a JSON number (WeChat's ` + "`errcode`" + `,
  QQ's and MSDK's ` + "`ret`" + `, MSDK's ` + "`err_type`" + `, Weibo's ` + "`error_code`" + `; not
  WeChat Pay's string ` + "`err_code`" + `): every reply fails to decode; an
  unsigned or too small integer for codes beyond its range (` + "`ret`" + ` -73 of
  qq.platform in a ` + "`uint32`" + `).

Left alone: a field the package sets itself (an assignment, its address
taken, a composite literal), unexported fields (vet's structtag),
` + "`json.Number`" + `, ` + "`any`" + `, types with their own ` + "`UnmarshalJSON`" + ` or
` + "`UnmarshalText`" + ` and replies that decode themselves, fields of another
encoding only (` + "`xml:\"err_code\"`" + `), another company's replies and fields
bound to ` + "`none`" + `. With ` + "`-infer=bound`" + ` only bound fields are reported. A
key's comparisons are seen in the declaring package only.

Bad:

	type tokenReply struct {
		ErrCode int    ` + "`json:\"errocde\"`" + `
		ErrMsg  string ` + "`json:\"errmsg\"`" + `
	}

Good:

	type tokenReply struct {
		ErrCode int    ` + "`json:\"errcode\"`" + `
		ErrMsg  string ` + "`json:\"errmsg\"`" + `
	}`,
	},
	{
		Name:    BadDirective,
		Summary: "a //msdklint: directive or msdk tag is malformed, names nothing known, or suppresses nothing",
		Doc: `A directive that cannot be right: an ` + "`//msdklint:ignore`" + ` without a
reason, naming an unknown check, or suppressing nothing (not reported when
a check it names is turned off); a ` + "`//msdklint:platform`" + ` directive or
` + "`msdk:\"...\"`" + ` tag naming no known namespace or platform; a
` + "`//msdklint:codes`" + ` without a ` + "`platform.part`" + ` namespace (lower-case
ASCII letters, digits and _), or whose codes do not fit the catalog (that
block alone is left out; an imported block that clashes with another is
reported at the package clause); a team code no int64 holds; a declaration directive (` + "`platform`" + `, ` + "`codes`" + `,
` + "`reauth`" + `) away from its declaration, or given twice; a ` + "`-bind`" + ` key naming a
type or field its package lacks (reported at the package clause) or
namespaces unknown where the field is compared; an unknown ` + "`//msdklint:`" + `
directive.
An ignore directive's own problems cannot be suppressed; a binding's can
(` + "`//msdklint:ignore bad-directive reason`" + ` above the directive).

Bad:

	//msdklint:ignore magic-code
	if resp.Ret == 1002 {

Good:

	//msdklint:ignore magic-code the partner's gateway documents 1002 this way
	if resp.Ret == 1002 {`,
	},
}

// Checks returns the analyzer's checks, in the order of docs/checks.md.
func Checks() []Check {
	return append([]Check(nil), checks...)
}

func isCheck(name string) bool {
	for _, c := range checks {
		if c.Name == name {
			return true
		}
	}
	return false
}

// A Directive is one of the comments and tags msdklint reads.
type Directive struct {
	Syntax  string // "//msdklint:platform NS[,NS...]"
	Where   string // where it is written
	Meaning string
}

var directives = []Directive{
	{"//msdklint:platform NS[,NS...]", "doc comment of a struct type, or the package doc (every struct type of the package)", "the code fields have these namespaces or platforms; a team namespace; or none: not a platform reply"},
	{`msdk:"NS[,NS...]"`, "struct field tag", "this field has these namespaces"},
	{"//msdklint:ignore CHECK[,CHECK] reason", "at the end of the diagnostic's line, or alone on the line above it", "suppress these checks on that line only, never the one after a trailing directive; the reason is required"},
	{"//msdklint:codes NS", "doc comment of a const block", "every integer constant of the block is a team code of NS, described by its doc comment"},
	{"//msdklint:reauth [Type,...]", "doc comment of a team constant", "the code needs reauthorization; it arrives on the code fields of these struct types (none named: on the fields compared with a reauthorization code of its namespace)"},
}

// Directives returns the directives msdklint reads, as documented.
func Directives() []Directive {
	return append([]Directive(nil), directives...)
}
