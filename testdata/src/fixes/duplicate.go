package fixes

import (
	"replies"

	"github.com/msdklint/msdklint/catalog/qq"
)

// A fix never writes a comparison the same condition already makes: the
// duplicate is said in words, with no fix.
func duplicate(r replies.QQReply) bool {
	return r.Ret == qq.PlatformAccessTokenExpired || r.Ret == 100014 // want `magic-code: ret 100014 is qq.PlatformAccessTokenExpired, which the same condition already compares with r.Ret \(r.Ret == qq.PlatformAccessTokenExpired\): drop this comparison`
}

func duplicateAnd(r replies.QQReply) bool {
	return r.Ret != 100014 && (r.Ret != qq.PlatformAccessTokenExpired && r.Msg != "") // want `magic-code: ret 100014 is qq.PlatformAccessTokenExpired, which the same condition already compares with r.Ret \(r.Ret != qq.PlatformAccessTokenExpired\): drop this comparison`
}

// Other values, operators or operands are no duplicates: they are fixed.
func notDuplicate(r, s replies.QQReply) bool {
	return (r.Ret == qq.PlatformAccessTokenExpired || r.Ret == 100015) && s.Ret == 100014 && r.Ret != 100014 // want `magic-code: ret 100015 is qq.PlatformAccessTokenRevoked` `magic-code: ret 100014 is qq.PlatformAccessTokenExpired: ` `magic-code: ret 100014 is qq.PlatformAccessTokenExpired: `
}

// A later condition of an if chain that an earlier one decides never
// decides: said in words, with no fix; the earlier literal is fixed.
func deadBranch(r replies.QQReply) int {
	if r.Ret == qq.PlatformAccessTokenExpired || r.Msg == "" {
		return 1
	} else if r.Ret == 100014 { // want `magic-code: ret 100014 is qq.PlatformAccessTokenExpired, which an earlier condition of the if chain already compares with r.Ret \(r.Ret == qq.PlatformAccessTokenExpired\): this comparison never decides; drop it`
		return 2
	} else if r.Ret == 100015 && r.Msg == "" { // want `magic-code: ret 100015 is qq.PlatformAccessTokenRevoked: `
		return 3
	} else if r.Ret == 100015 { // want `magic-code: ret 100015 is qq.PlatformAccessTokenRevoked: `
		return 4
	}
	return 0
}
