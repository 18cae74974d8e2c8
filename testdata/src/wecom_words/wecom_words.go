// Package wecomwords decodes a reply named in WeCom's pinyin from
// WeCom's webhook: nothing is reported.
package wecomwords

import "encoding/json"

const hook = "https://qyapi.weixin.qq.com/cgi-bin/webhook/send"

type QiyeWeixinResp struct {
	ErrCode int    `json:"errcode"`
	ErrMsg  string `json:"errmsg"`
}

func send(post func(string) []byte) bool {
	var r QiyeWeixinResp
	_ = json.Unmarshal(post(hook), &r)
	return r.ErrCode == 93000 || r.ErrCode == 40001
}
