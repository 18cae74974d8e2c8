package handlers

import (
	"replies"

	"github.com/msdklint/msdklint/catalog/qq"
	"github.com/msdklint/msdklint/catalog/wechat"
)

// wxTokenExpired lost a digit of 42001.
const wxTokenExpired = 4201

func unknown(r *replies.GameCenterReply) bool {
	return r.Status == 4013 // want `unknown-code: ret 4013 is in no namespace \(searched qq.gamecenter\); did you mean -4013 \(qq.GameCenterSkeyVerifyFailed: .*\)\?`
}

func wrongPlatform(r replies.QQReply) bool {
	return r.Ret == wechat.AccessTokenExpired // want `wrong-platform: ret 42001 is not a code of qq.platform; it belongs to wechat.platform`
}

func promoted(u *replies.UserInfo) bool {
	if u.ErrCode == wxTokenExpired { // want `unknown-code: errcode 4201 is in no namespace \(searched wechat\); did you mean 42001`
		return true
	}
	return u.ErrCode != qq.PlatformAccessTokenExpired // want `wrong-platform: errcode 100014 is not a code of wechat`
}

func errType(r replies.AccessReply) bool {
	return r.ErrType == 7 // want `unknown-code: err_type 7 is in no namespace \(searched msdk.errtype\)`
}

func tagged(r replies.ShareReply) bool {
	return *r.Ret == qq.PlatformAccessTokenExpired // want `wrong-platform: ret 100014 is not a code of qq.share.qq`
}

func fine(r replies.QQReply, u replies.UserInfo) bool {
	return r.Ret == qq.PlatformAccessTokenExpired || u.ErrCode == wechat.AccessTokenExpired || r.Ret == 0 || r.Ret > 4013
}
