package fixlocal

import (
	"replies"

	"github.com/msdklint/msdklint/catalog/qq"
)

// tokenExpired is declared as the catalog constant: a fix prefers it.
const tokenExpired = qq.PlatformAccessTokenExpired

// other has the same value but is not declared as the catalog constant.
const other = 100014

type Code int

// typed is declared as the catalog constant but has another type than
// the field: it would not compile there.
const typed Code = qq.PlatformAccessTokenRevoked

func local(r replies.QQReply) bool {
	return r.Ret == 100014 || r.Ret == 100015 || other == 1 || typed == 1 // want `magic-code: ret 100014` `magic-code: ret 100015`
}

// openIDInvalid is declared with the deprecated name of a catalog
// constant (issue 9 renamed it): a fix still prefers it.
const openIDInvalid = qq.PlatformOpenIDInvalid

func deprecated(r replies.QQReply) bool {
	return r.Ret == -22 // want `magic-code: ret -22 is qq.PlatformInvalidOpenID`
}
