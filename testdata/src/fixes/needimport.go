package fixes

import (
	"replies"
)

func needImport(r replies.QQReply, u *replies.UserInfo) bool {
	return r.Ret == 100014 || u.ErrCode == 42001 // want `magic-code: ret 100014 is qq.PlatformAccessTokenExpired: .*; use the constant` `magic-code: errcode 42001 is wechat.AccessTokenExpired`
}
