// Package response, in PowerWeChat's src/work, is WeCom's: the WeChat
// element comes two elements before work. Nothing is reported.
package response

type Resp struct {
	ErrCode int    `json:"errcode"`
	ErrMsg  string `json:"errmsg"`
}

func check(r Resp) bool {
	return r.ErrCode == 60011 || r.ErrCode == 40001
}
