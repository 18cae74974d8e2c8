package analyzer

//go:generate go run ./internal/gendoc

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

	if resp.Ret == qq.GameCenterSkeyCheckFailed {`,
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
several constants, a bound field gets the diagnostic without a fix. Off in
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
		Doc: `Reported at the field's declaration, once, with what the platform sends
and why the field never sees it:

- its json key is one edit (a letter inserted, dropped, changed, or two
  adjacent letters swapped) from a code key (` + "`errocde`" + `, ` + "`err_cdoe`" + `), and the
  package compares the field with a code: the field is never decoded. It
  needs a message field beside it or evidence of a platform; a key that is
  also a word or a spelling of its own (` + "`rte`" + ` and ` + "`re`" + ` beside ` + "`ret`" + `,
  ` + "`errorCode`" + `) needs a platform's evidence, and for ` + "`ret`" + ` a comparison with
  one of its codes; ` + "`res`" + `, ` + "`rec`" + `, plurals and keys of other tags are left
  alone. The suggested fix rewrites the key inside the tag;
- ` + "`json:\"-\"`" + ` on a field named for a code key and compared with one;
- a Go type that cannot hold what the field's bound or inferred
  namespaces send: a ` + "`string`" + ` (or a ` + "`,string`" + ` option) where MSDK, QQ, WeChat
  or Weibo send a JSON number, so every reply fails to decode; an
  unsigned or small integer where they send codes beyond its range
  (` + "`ret`" + ` -73 of qq.platform in a ` + "`uint32`" + `).

A field the package sets itself, ` + "`json.Number`" + `, ` + "`any`" + `, a type with its own
` + "`UnmarshalJSON`" + ` or ` + "`UnmarshalText`" + `, and a reply that decodes itself are left
alone, as are unexported fields (vet's structtag). A key's comparisons
are seen in the declaring package only.

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
` + "`//msdklint:codes`" + ` without a ` + "`platform.part`" + ` namespace, or whose codes
do not fit the catalog; a declaration directive (` + "`platform`" + `, ` + "`codes`" + `,
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
	{"//msdklint:ignore CHECK[,CHECK] reason", "on the line of the diagnostic or the line above", "suppress these checks there; the reason is required"},
	{"//msdklint:codes NS", "doc comment of a const block", "every integer constant of the block is a team code of NS, described by its doc comment"},
	{"//msdklint:reauth", "doc comment of a team constant", "the code needs reauthorization"},
}

// Directives returns the directives msdklint reads, as documented.
func Directives() []Directive {
	return append([]Directive(nil), directives...)
}
