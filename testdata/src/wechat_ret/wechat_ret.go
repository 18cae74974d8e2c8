// Package wechatret calls WeChat's own API, whose ret holds
// wechat.platform's codes; MSDK's group binding answers ret with
// wechat.group's. A code in both is the platform's.
package wechatret

const statURL = "https://api.weixin.qq.com/publisher/stat"

type WxBaseResp struct {
	ErrMsg string `json:"err_msg"`
	Ret    int    `json:"ret"`
}

func failed(r WxBaseResp) bool {
	return r.Ret == -1 // want `magic-code: ret -1 is wechat.SystemError`
}

func missing(r WxBaseResp) bool {
	return r.Ret == -10007 // want `magic-code: ret -10007 is wechat.GroupIDNotFound`
}

func expired(r WxBaseResp) bool {
	return r.Ret == 42001 // want `magic-code: ret 42001 is wechat.AccessTokenExpired`
}
