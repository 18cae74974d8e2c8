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

// A switch over group codes only is the group binding's: wechat.group
// has no code that needs reauthorization, and wechat.platform's are not
// asked for.
func group(r WxBaseResp) {
	switch r.Ret {
	case -10001: // want `magic-code: ret -10001 is wechat.GroupNoCreatePermission`
	case -10005: // want `magic-code: ret -10005 is wechat.GroupIDExists`
	}
}

// A platform code in the switch: the platform's reauthorization codes
// are asked for.
func platform(r WxBaseResp) {
	switch r.Ret { // want `missing-reauth: switch on r.Ret handles no code that needs reauthorization: wechat.InvalidCredential`
	case 45009: // want `magic-code: ret 45009 is wechat.`
	case -10005: // want `magic-code: ret -10005 is wechat.GroupIDExists`
	}
}
