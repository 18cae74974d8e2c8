// Package crossuse compares the replies crossdecl declares.
package crossuse

import "crossdecl"

func token(r crossdecl.TokenReply) bool {
	return r.Errcode == 40001 || r.Errcode == 4001 // want `magic-code: errcode 40001 is wechat.InvalidCredential` `unknown-code: errcode 4001 is in no namespace \(searched wechat.platform\)`
}

func nested(r crossdecl.MsdkResp) bool {
	for _, d := range r.Data {
		if d.Ret == -503 { // want `magic-code: ret -503 is msdk.AccessRateLimited`
			return true
		}
	}
	return r.Inner.Ret == -504 // want `magic-code: ret -504 is msdk.AccessAppIDNotFound`
}

func generic[C ~int | ~int32](r crossdecl.QQReply[C]) bool {
	return r.Ret == -73 // want `magic-code: ret -73 is qq.PlatformAccessTokenPasswordChanged`
}

func instance(r crossdecl.QQReply[int32]) bool {
	return r.Ret == 100014 // want `magic-code: ret 100014 is qq.PlatformAccessTokenExpired`
}
