// Package response, in PowerWeChat's src/kernel, is still WeChat's.
package response

type Resp struct {
	ErrCode int    `json:"errcode"`
	ErrMsg  string `json:"errmsg"`
}

func check(r Resp) bool {
	return r.ErrCode == 40001 // want `magic-code: errcode 40001 is wechat.InvalidCredential`
}
