package fixes

import "replies"

func shadow(r replies.QQReply, qq int) bool {
	return qq == 1 && r.Ret == 100014 // want `magic-code: ret 100014 is qq.PlatformAccessTokenExpired`
}
