package analyzer

// A Check is one of the analyzer's checks, as `msdklint help` explains it.
type Check struct {
	Name    string // the check's name, its flag and its diagnostics' category
	Summary string // one line
	Doc     string // a paragraph, then a bad and a good Go example
}

var checks = []Check{
	{
		Name:    UnknownCode,
		Summary: "a code compared with a reply's code field is in no namespace of the catalog",
		Doc: `A constant compared (== or !=, or a switch case) with a code field is in none
of the catalog's namespaces: usually a typo (a sign dropped, a digit missing,
doubled or two digits swapped), which the message corrects when one edit
away gives a known code. Named constants are checked at their use.

Bad:

	if resp.Ret == 4013 { // the sign was dropped: -4013

Good:

	if resp.Ret == qq.GameCenterSkeyCheckFailed {`,
	},
	{
		Name:    WrongPlatform,
		Summary: "a code of another platform is compared with a field bound to a platform",
		Doc: `A field whose namespaces are sure (a //msdklint:platform directive, an
msdk:"NS" tag, a -bind flag, or an err_type field) is compared with a code
that its namespaces lack and another namespace has: a WeChat code tested on
a QQ reply never matches. Inferred namespaces never give this check.

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
as its constant; the fix replaces it and adds the import. It prefers a
constant of the package declared as the catalog constant, then a team
constant. Off in _test.go files unless -magic-code-in-tests. 0 is never a
magic code.

Bad:

	if resp.Errcode == 42001 {

Good:

	if resp.Errcode == wechat.AccessTokenExpired {`,
	},
	{
		Name:    MissingReauth,
		Summary: "a switch or if/else-if chain on a code handles no code that needs reauthorization",
		Doc: `A switch, or an if / else-if chain, on one code field handles specific
non-zero codes but none whose handling includes reauthorization (default
and else do not count; nor does a pure refresh-token code: when the
refresh fails the player must log in again). The player then retries with
a dead token forever. Needs a binding or a platform inference.

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
		Name:    BadDirective,
		Summary: "a //msdklint: directive or msdk tag is malformed, names nothing known, or suppresses nothing",
		Doc: `An //msdklint:ignore without a reason, naming an unknown check, or
suppressing nothing (unless the check it names is off); a
//msdklint:platform directive or msdk:"NS" tag naming no known namespace or
platform; a declaration directive away from its declaration; an unknown
//msdklint: directive.

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
