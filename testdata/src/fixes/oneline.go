package fixes

import ("replies")

// Issue 8: an import declaration with its parentheses on one line.
func oneLine(r replies.QQReply) bool {
	return r.Ret == 100015 // want `magic-code: ret 100015 is qq.PlatformAccessTokenRevoked`
}
