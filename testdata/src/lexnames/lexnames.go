// Package lexnames spells the platforms as they spell themselves.
package lexnames

type WeChatReply struct {
	Errcode int    `json:"errcode"`
	Errmsg  string `json:"errmsg"`
}

type WeiXinReply struct {
	Errcode int    `json:"errcode"`
	Errmsg  string `json:"errmsg"`
}

type MSDKv5Resp struct {
	Ret int    `json:"ret"`
	Msg string `json:"msg"`
}

func check(a WeChatReply, b WeiXinReply, c MSDKv5Resp) bool {
	return a.Errcode == 40001 || b.Errcode == 42001 || c.Ret == -503 // want `magic-code: errcode 40001 is wechat.InvalidCredential` `magic-code: errcode 42001 is wechat.AccessTokenExpired` `magic-code: ret -503 is msdk.AccessRateLimited`
}
